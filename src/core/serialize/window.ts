/** A DOM window: the page's, an extension page's, or jsdom's in Node (it provides DOMParser). */
export type DomWindow = Window & typeof globalThis;
