/**
 * The brief "not an article" notice: a few words and "Open anyway", in a
 * closed shadow root so the page neither styles nor reads it. It removes
 * itself after a while, on Escape, or with its close button.
 */
import { forceStyles, isolatedHost } from './styles';

const SHOWN_MS = 8000;

let current: { host: HTMLElement; timer: ReturnType<typeof setTimeout> } | null = null;

export function dismissNotice(): void {
  if (!current) return;
  clearTimeout(current.timer);
  current.host.remove();
  current = null;
}

export function showNotice(message: string, openAnyway: () => void): void {
  dismissNotice();
  const { host, root } = isolatedHost('verbatim-notice', { position: 'fixed', top: '16px', right: '16px', 'z-index': '2147483647', display: 'block' });
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  forceStyles(box, {
    display: 'flex', 'align-items': 'center', gap: '12px', 'max-width': '360px', padding: '10px 12px 10px 14px',
    background: '#1d1b18', color: '#fdfcf9', 'border-radius': '8px', 'box-shadow': '0 4px 18px rgba(0,0,0,.25)',
    font: '14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  });
  const text = document.createElement('span');
  text.textContent = `Verbatim: ${message}`;
  const open = button('Open anyway', { background: '#f0915f', color: '#1d1b18', 'font-weight': '600' });
  open.addEventListener('click', () => {
    dismissNotice();
    openAnyway();
  });
  const close = button('×', { background: 'transparent', color: '#fdfcf9', 'font-size': '18px' });
  close.setAttribute('aria-label', 'Dismiss');
  close.addEventListener('click', dismissNotice);
  box.append(text, open, close);
  root.append(box);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismissNotice();
  });
  document.documentElement.append(host);
  current = { host, timer: setTimeout(dismissNotice, SHOWN_MS) };
}

function button(label: string, styles: Record<string, string>): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  forceStyles(element, {
    border: '0', 'border-radius': '6px', padding: '4px 10px', cursor: 'pointer', font: 'inherit', 'white-space': 'nowrap', ...styles,
  });
  return element;
}
