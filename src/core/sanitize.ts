import DOMPurify from 'dompurify';

/**
 * The one way article markup leaves the pipeline and the one way it enters an
 * extension page. DOMPurify needs a real window: the page's in a content script,
 * the extension page's in the UI, jsdom's in Node.
 */
const purifiers = new WeakMap<object, ReturnType<typeof DOMPurify>>();

function purifierFor(win: Window): ReturnType<typeof DOMPurify> {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    purifiers.set(win, purifier);
  }
  return purifier;
}

const CONFIG = {
  // Forms, frames and media players are never part of a clean article.
  FORBID_TAGS: ['form', 'input', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'style', 'link', 'meta'],
  FORBID_ATTR: ['style', 'class', 'id', 'tabindex', 'contenteditable'],
  ADD_ATTR: ['target'],
};

/** Sanitize an HTML string or element to an HTML string. */
export function sanitizeHtml(win: Window, dirty: string | Node): string {
  return purifierFor(win).sanitize(dirty, CONFIG) as unknown as string;
}

/**
 * Sanitize an element where it is, without DOMPurify's copy of it: for an element of an inert document
 * (the pipeline's copy of the page), which then moves into `win`'s document. Returns the element.
 * Fails closed: DOMPurify's in-place mode (pinned version) throws on a root it cannot clean; should it
 * ever hand back anything but the element itself, it did not clean that element, and nothing is used.
 */
export function sanitizeInPlace(win: Window, dirty: Element): Element {
  const clean = purifierFor(win).sanitize(dirty, { ...CONFIG, IN_PLACE: true }) as unknown;
  if (clean !== dirty) throw new Error('the article could not be sanitized in place');
  return dirty;
}

/** Sanitize to a fragment owned by `win`'s document, ready to append. */
export function sanitizeToFragment(win: Window, dirty: string | Node): DocumentFragment {
  return purifierFor(win).sanitize(dirty, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as unknown as DocumentFragment;
}
