/**
 * Jump to a span of the article's text: scroll its paragraph into view, mark
 * the words with the CSS Custom Highlight API (no DOM change), and move focus
 * there so keyboard and screen-reader users land where the eye does.
 */
import { rangeOfSpan } from '../../core/span-range';
import type { Span } from '../../core/types';
import { READ_BLOCKS } from './read-aloud';

const HIGHLIGHT = 'verbatim-jump';

export function jumpTo(body: HTMLElement, text: string, span: Span): boolean {
  const range = rangeOfSpan(body, text, span);
  if (!range) return false;
  const start = range.startContainer;
  const block = (start instanceof Element ? start : start.parentElement)?.closest<HTMLElement>(READ_BLOCKS) ?? null;
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  if (registry && typeof Highlight === 'function') registry.set(HIGHLIGHT, new Highlight(range));
  body.querySelector('.jumped')?.classList.remove('jumped');
  if (block) {
    block.classList.add('jumped');
    if (!block.hasAttribute('tabindex')) block.tabIndex = -1;
    block.focus({ preventScroll: true });
  }
  (block ?? start.parentElement)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
