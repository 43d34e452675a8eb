/**
 * Element search by predicate. In jsdom a walk by element pointers is an order of magnitude
 * faster than attribute-substring selectors (`[class*="x" i]`), and the pipeline
 * runs on every page of a batch, so metadata and detection search this way.
 */

export interface WalkOptions {
  /** Subtrees not to enter at all (site menus, footers). */
  skip?: (element: Element) => boolean;
  /** Stop after this many matches. */
  limit?: number;
}

/** Elements under `root` (not `root` itself) that pass `test`, in document order (a pointer walk: see walkElements). */
export function findElements(root: Element, test: (element: Element) => boolean, options: WalkOptions = {}): Element[] {
  const skip = options.skip;
  const found: Element[] = [];
  const limit = options.limit ?? Infinity;
  let el = root.firstElementChild;
  while (el && found.length < limit) {
    const skipped = skip?.(el) === true;
    if (!skipped && test(el)) found.push(el);
    el = following(el, root, skipped);
  }
  return found;
}

/** The element's class and id, for hook tests. */
export function hooks(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

/** Where the story lives: the first `<article>`, else `<main>`, else the body (tag lookups are fast in jsdom). */
export function storyScope(doc: Document): Element | null {
  return doc.getElementsByTagName('article')[0] ?? doc.getElementsByTagName('main')[0] ?? doc.body;
}

/** Elements by tag name as an array: jsdom answers `getElementsByTagName` without a selector engine. */
export function byTag(root: Document | Element, tag: string): Element[] {
  const live = root.getElementsByTagName(tag);
  return Array.from({ length: live.length }, (_, i) => live[i]!);
}

/** The first element with this tag under `root`, found without the selector engine. */
export function firstByTag(root: Document | Element, tag: string): Element | null {
  return root.getElementsByTagName(tag)[0] ?? null;
}

/** The nearest inclusive ancestor with this tag name (upper case), without the selector engine `closest` uses. */
export function closestTag(el: Element, tagName: string): Element | null {
  for (let up: Element | null = el; up; up = up.parentElement) if (up.tagName === tagName) return up;
  return null;
}

/**
 * One walk over an element tree in document order, by element pointers (far cheaper under jsdom
 * than live collections or repeated querySelectorAll). The visitor returns true when it removed
 * the element, so the walk continues after it instead of inside it.
 */
export function walkElements(root: Element, visit: (el: Element) => boolean): void {
  let el = root.firstElementChild;
  while (el) {
    const next = following(el, root, true);
    const inside = el.firstElementChild;
    el = visit(el) ? next : (inside ?? next);
  }
}

/** The element after `el` in document order within `root`, skipping `el`'s own subtree. */
function following(el: Element, root: Element, skipChildren: boolean): Element | null {
  if (!skipChildren && el.firstElementChild) return el.firstElementChild;
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}
