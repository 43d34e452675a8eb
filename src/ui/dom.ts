/**
 * Build DOM without HTML strings: extension pages run under a strict CSP and
 * page text must never be parsed as markup. Article HTML has its own path
 * (sanitizeToFragment in article-body.ts); everything else is built here.
 */

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/**
 * `el('button', { class: 'vb-button', type: 'button' }, 'Copy')`.
 * `true` sets an empty attribute, `false`/`null`/`undefined` leave it out.
 * A `style` attribute would be blocked by the CSP: use classes or `element.style`.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Append children, skipping the empty ones, so optional parts read as `cond && el(…)`. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Give an article-derived element the article's language and direction. */
export function setLanguage(node: HTMLElement, lang: string | null, dir: 'ltr' | 'rtl' | null): void {
  if (lang) node.lang = lang;
  if (dir) node.dir = dir;
}

let counter = 0;
/** A document-unique id, for aria-labelledby / aria-controls pairs. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
