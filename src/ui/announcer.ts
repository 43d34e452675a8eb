/**
 * A short confirmation line ("Citation copied", "Not found in the page"),
 * visible and announced by screen readers, that clears itself.
 */
import { el } from './dom';

export function renderAnnouncer(): HTMLElement {
  return el('p', { class: 'vb-announcer', role: 'status' });
}

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

export function announce(region: HTMLElement, text: string, ms = 4000): void {
  clearTimeout(timers.get(region));
  region.textContent = text;
  timers.set(region, setTimeout(() => (region.textContent = ''), ms));
}
