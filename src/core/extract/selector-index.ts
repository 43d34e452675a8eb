/**
 * Rules' hook selectors, compiled for the single walk: simple compound selectors only (`tag`, `#id`,
 * `.class`, `[attr]`, `[attr="v"]`, `[attr^="v"]`, `[attr*="v"]` in any combination), indexed by the
 * one part every candidate must have, so each element is tested against a handful of selectors at
 * most. Rules are data we write, so a selector outside this grammar is a bug: it throws at load.
 */
export interface Facts {
  tag: string;
  id: string;
  classes: string[];
  attrs: string[];
}

interface AttrTest {
  name: string;
  op: '' | '=' | '^=' | '*=';
  value: string;
}

interface Compiled<T> {
  tag: string | null;
  ids: string[];
  classes: string[];
  attrs: AttrTest[];
  payload: T;
}

const COMPOUND = /^([a-zA-Z][\w-]*)?((?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:[*^]?="[^"]*")?\])*)$/;
const PART = /#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:([*^]?=)"([^"]*)")?\]/g;

function compile<T>(selector: string, payload: T): Compiled<T> {
  const m = COMPOUND.exec(selector.trim());
  if (!m) throw new Error(`clutter rule selector is not a simple compound selector: ${selector}`);
  const compiled: Compiled<T> = { tag: m[1]?.toUpperCase() ?? null, ids: [], classes: [], attrs: [], payload };
  for (const part of (m[2] ?? '').matchAll(PART)) {
    if (part[1]) compiled.ids.push(part[1]);
    else if (part[2]) compiled.classes.push(part[2]);
    else compiled.attrs.push({ name: part[3]!.toLowerCase(), op: (part[4] ?? '') as AttrTest['op'], value: part[5] ?? '' });
  }
  return compiled;
}

function matches<T>(c: Compiled<T>, el: Element, facts: Facts): boolean {
  if (c.tag && c.tag !== facts.tag) return false;
  if (c.ids.some((id) => id !== facts.id)) return false;
  if (c.classes.some((cls) => !facts.classes.includes(cls))) return false;
  return c.attrs.every(({ name, op, value }) => {
    const actual = el.getAttribute(name);
    if (actual === null) return false;
    if (op === '=') return actual === value;
    if (op === '^=') return actual.startsWith(value);
    if (op === '*=') return actual.includes(value);
    return true;
  });
}

export class SelectorIndex<T> {
  private byId = new Map<string, Compiled<T>[]>();
  private byClass = new Map<string, Compiled<T>[]>();
  private byTag = new Map<string, Compiled<T>[]>();
  private byAttr = new Map<string, Compiled<T>[]>();

  constructor(entries: Array<[selector: string, payload: T]>) {
    for (const [selector, payload] of entries) {
      const c = compile(selector, payload);
      const [map, key] = c.ids[0]
        ? [this.byId, c.ids[0]]
        : c.classes[0]
          ? [this.byClass, c.classes[0]]
          : c.attrs[0]
            ? [this.byAttr, c.attrs[0].name]
            : [this.byTag, c.tag ?? '*'];
      map.set(key, [...(map.get(key) ?? []), c]);
    }
  }

  /** The payload of the first selector that matches, or null. */
  match(el: Element, facts: Facts): T | null {
    // Tried bucket by bucket, without building a candidate list: this runs for every element.
    const first = (list: Compiled<T>[] | undefined) => list?.find((c) => matches(c, el, facts))?.payload ?? null;
    if (facts.id) {
      const hit = first(this.byId.get(facts.id));
      if (hit !== null) return hit;
    }
    for (const cls of facts.classes) {
      const hit = first(this.byClass.get(cls));
      if (hit !== null) return hit;
    }
    const hit = first(this.byTag.get(facts.tag));
    if (hit !== null) return hit;
    for (const name of facts.attrs) {
      const hit = first(this.byAttr.get(name));
      if (hit !== null) return hit;
    }
    return null;
  }
}

/** Class names, id, tag and attribute names of an element, read once. */
export function factsOf(el: Element): Facts {
  const cls = el.getAttribute('class');
  return {
    tag: el.tagName,
    id: el.id,
    classes: cls ? cls.split(/\s+/).filter(Boolean) : [],
    attrs: el.hasAttributes() ? el.getAttributeNames() : [],
  };
}
