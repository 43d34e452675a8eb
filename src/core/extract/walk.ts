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

/**
 * Elements under `root` (not `root` itself) that pass `test`, in document order. A TreeWalker steps
 * through the tree inside jsdom, cheaper than following element pointers from script.
 */
export function findElements(root: Element, test: (element: Element) => boolean, options: WalkOptions = {}): Element[] {
  const skip = options.skip;
  const found: Element[] = [];
  const limit = options.limit ?? Infinity;
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */);
  let el = walker.firstChild() as Element | null;
  while (el && found.length < limit) {
    const skipped = skip?.(el) === true;
    if (!skipped && test(el)) found.push(el);
    el = (skipped ? nextOutside(walker) : walker.nextNode()) as Element | null;
  }
  return found;
}

/** The walker's next node after its current node's subtree (null past the root's last). */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** The element's class and id, for hook tests. */
export function hooks(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

/** The tags the pipeline reads from the original page (metadata, detection). */
const PAGE_TAGS = ['a', 'article', 'base', 'h1', 'input', 'link', 'main', 'meta', 'script'];

/**
 * The original page's elements of PAGE_TAGS, in document order, from one walk: in jsdom each
 * getElementsByTagName over a whole document is a walk of its own, and metadata reads many tags.
 * Build it for one extraction: it does not follow later changes to the page.
 */
export class TagIndex {
  private readonly found = new Map<string, Element[]>(PAGE_TAGS.map((tag) => [tag, []]));

  constructor(readonly doc: Document) {
    const walker = doc.createTreeWalker(doc, 0x1 /* SHOW_ELEMENT */);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) this.found.get(el.localName)?.push(el);
  }

  /** The elements with this tag name (one of PAGE_TAGS). */
  all(tag: string): Element[] {
    const found = this.found.get(tag);
    if (!found) throw new Error(`TagIndex does not index <${tag}>`);
    return found;
  }

  /** Where the story lives: the first `<article>`, else `<main>`, else the body. */
  storyScope(): Element | null {
    return this.all('article')[0] ?? this.all('main')[0] ?? this.doc.body;
  }
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
    const next = following(el, root);
    const inside = el.firstElementChild;
    el = visit(el) ? next : (inside ?? next);
  }
}

/** The element after `el`'s subtree in document order within `root` (known before the visitor may remove `el`). */
function following(el: Element, root: Element): Element | null {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}
