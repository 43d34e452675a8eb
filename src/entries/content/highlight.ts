import { findTextRange } from '../../core/locate';

const HIGHLIGHT = 'verbatim-quote';

/**
 * Scroll to a passage and mark it with the CSS Custom Highlight API, which
 * leaves the page's DOM untouched; older engines get a temporary selection.
 */
export function highlightPassage(text: string): boolean {
  const range = findTextRange(document, text);
  if (!range) return false;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  if (registry && typeof Highlight === 'function') {
    registry.set(HIGHLIGHT, new Highlight(range));
    ensureHighlightStyle();
  } else {
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  return true;
}

function ensureHighlightStyle(): void {
  if (document.getElementById('verbatim-highlight-style')) return;
  const style = document.createElement('style');
  style.id = 'verbatim-highlight-style';
  style.textContent = `::highlight(${HIGHLIGHT}) { background-color: #ffe066; color: #111; }`;
  (document.head ?? document.documentElement).append(style);
}
