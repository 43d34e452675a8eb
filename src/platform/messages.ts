import browser, { type Runtime } from './browser';
import type { Article } from '../core/types';
import type { EmbeddedImages } from '../core/serialize/images';

/**
 * The typed message protocol between contexts. Every message is one entry
 * here: its request and response types. Handlers are checked against this map
 * at compile time, so a missing or mistyped handler does not build.
 */

/** Handled by the content script of a tab. */
export interface TabProtocol {
  /** Run the extraction pipeline on the live page. */
  extract: { request: { force?: boolean }; response: Article };
  /**
   * Scroll to and highlight a passage of the article in the page; `before` is the article text
   * just before it, which picks the right one of several occurrences.
   */
  highlight: { request: { text: string; before?: string }; response: { found: boolean } };
  /** Is the content script there? */
  ping: { request: Record<string, never>; response: { ready: true } };
  /** Fetch the article's images with the page's own access, as data URLs (for saved copies). */
  images: { request: { sources: string[] }; response: EmbeddedImages };
  /** Open the reader over the page, or close it if it is open. */
  readerToggle: { request: { force?: boolean }; response: ReaderToggle };
  /** The article the open reader shows (asked for by the reader frame, through the background). */
  readerArticle: { request: Record<string, never>; response: Article };
  /** Close the reader and give the page back as it was. */
  readerClose: { request: Record<string, never>; response: { closed: boolean } };
}

/** What a reader toggle did: opened it, closed it, or told the user the page is not an article. */
export interface ReaderToggle {
  state: 'opened' | 'closed' | 'not-article';
}

/** Handled by the background script. */
export interface BackgroundProtocol {
  /** Is the background awake? */
  ping: { request: Record<string, never>; response: { ready: true } };
  /** Hand a saved copy to the downloads API (the background outlives the popup that asked). */
  download: { request: { name: string; mime: string; content: string }; response: { id: number } };
  /** Toggle the reader in a tab (the popup's "Reader mode" button). */
  readerToggle: { request: { tabId: number }; response: ReaderToggle };
  /**
   * Sent by the reader frame: the article of the tab it is shown in. The frame goes through the
   * background because Firefox gives extension frames inside web pages no `tabs` API.
   */
  readerArticle: { request: Record<string, never>; response: Article };
  /** Sent by the reader frame: close the reader in its tab. */
  readerClose: { request: Record<string, never>; response: { closed: boolean } };
}

type Protocol<P> = { [N in keyof P]: { request: unknown; response: unknown } };

interface Envelope {
  verbatim: 1;
  name: string;
  payload: unknown;
}

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

export type Handlers<P extends Protocol<P>> = {
  [N in keyof P]: (payload: P[N]['request'], sender: Runtime.MessageSender) => P[N]['response'] | Promise<P[N]['response']>;
};

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).verbatim === 1 && typeof (message as Envelope).name === 'string';
}

/** Errors cross the boundary as text and are thrown again on the caller's side. */
function unwrap(reply: unknown, name: string): unknown {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error(`No answer to "${name}"`);
  const r = reply as Reply;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export async function sendToTab<N extends keyof TabProtocol & string>(
  tabId: number,
  name: N,
  payload: TabProtocol[N]['request'],
): Promise<TabProtocol[N]['response']> {
  const envelope: Envelope = { verbatim: 1, name, payload };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope), name) as TabProtocol[N]['response'];
}

export async function sendToBackground<N extends keyof BackgroundProtocol & string>(
  name: N,
  payload: BackgroundProtocol[N]['request'],
): Promise<BackgroundProtocol[N]['response']> {
  const envelope: Envelope = { verbatim: 1, name, payload };
  return unwrap(await browser.runtime.sendMessage(envelope), name) as BackgroundProtocol[N]['response'];
}

/**
 * Answer the protocol's messages. Only messages from this extension are
 * answered; anything else is ignored so other listeners may see it.
 */
export function handleMessages<P extends Protocol<P>>(handlers: Handlers<P>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply> | undefined => {
    if (!isEnvelope(message) || sender.id !== browser.runtime.id) return undefined;
    const handler = (handlers as Record<string, Handlers<P>[keyof P]>)[message.name];
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(message.payload as never, sender))
      .then(
        (value): Reply => ({ ok: true, value }),
        (error: unknown): Reply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
