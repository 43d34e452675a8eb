import { findTextRange } from '../../core/locate';

const HIGHLIGHT = 'verbatim-quote';

/** Laid out and not hidden: a pull quote copy or a collapsed box is not where the reader should land. */
function isVisible(range: Range): boolean {
  const element = range.startContainer.parentElement;
  if (!element) return false;
  const visible = typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true;
  return visible && range.getClientRects().length > 0;
}

/**
 * Scroll to a passage and mark it with the CSS Custom Highlight API, which
 * leaves the page's DOM untouched; older engines get a selection instead.
 */
export function highlightPassage(text: string, before?: string): boolean {
  const range = findTextRange(document, text, { accept: isVisible, before });
  if (!range) return false;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
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
