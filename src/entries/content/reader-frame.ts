/**
 * The reader is an extension page in a full-viewport iframe laid over the
 * page. The page beneath is left as it is: only its scrolling is paused and it
 * is made inert while the reader is open; both are restored exactly, with the
 * scroll position and focus, when it closes. Nothing is reloaded.
 */
import browser from '../../platform/browser';
import { forceStyles, isolatedHost } from './styles';

interface Saved {
  scrollX: number;
  scrollY: number;
  /** The `style` and `inert` attributes as the page had them (null: absent). */
  rootStyle: string | null;
  bodyInert: string | null;
  focus: Element | null;
}

let host: HTMLElement | null = null;
let frame: HTMLIFrameElement | null = null;
let saved: Saved | null = null;

export function readerIsOpen(): boolean {
  return host !== null;
}

/**
 * Start loading the reader while the article is still being extracted, hidden:
 * the frame loads in parallel, and `showReaderFrame` reveals it.
 */
export function prepareReaderFrame(): void {
  if (host) return;
  const isolated = isolatedHost('verbatim-reader', { position: 'fixed', inset: '0', 'z-index': '2147483647', display: 'block', visibility: 'hidden' });
  host = isolated.host;
  frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL('reader/index.html');
  frame.title = 'Verbatim reader';
  forceStyles(frame, { display: 'block', width: '100%', height: '100%', border: '0', margin: '0', 'color-scheme': 'normal' });
  isolated.root.append(frame);
  // Outside <body>, so making the body inert leaves the reader usable.
  document.documentElement.append(host);
}

export function showReaderFrame(): void {
  if (!host || !frame || saved) return;
  const root = document.documentElement;
  saved = {
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    rootStyle: root.getAttribute('style'),
    bodyInert: document.body?.getAttribute('inert') ?? null,
    focus: document.activeElement,
  };
  root.style.setProperty('overflow', 'hidden', 'important');
  document.body?.setAttribute('inert', '');
  host.style.setProperty('visibility', 'visible', 'important');
  frame.focus();
  addEventListener('keydown', onPageKey, true);
}

export function closeReaderFrame(): void {
  removeEventListener('keydown', onPageKey, true);
  host?.remove();
  host = null;
  frame = null;
  if (!saved) return;
  const { scrollX, scrollY, rootStyle, bodyInert, focus } = saved;
  saved = null;
  restoreAttribute(document.documentElement, 'style', rootStyle);
  if (document.body) restoreAttribute(document.body, 'inert', bodyInert);
  window.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' });
  if (focus instanceof HTMLElement || focus instanceof SVGElement) focus.focus({ preventScroll: true });
}

function restoreAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** Keys that reach the page rather than the reader (focus left the frame): Escape closes, print prints the article. */
function onPageKey(event: KeyboardEvent): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopImmediatePropagation();
    closeReaderFrame();
  } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'p' && frame?.contentWindow) {
    event.preventDefault();
    event.stopImmediatePropagation();
    // '*': in Chrome the frame's origin is the extension's id, not the per-session id of its
    // dynamic URL. The message carries no data and goes to our own frame's window.
    frame.contentWindow.postMessage('verbatim:print', '*');
  }
}
