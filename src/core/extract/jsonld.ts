/**
 * Schema.org JSON-LD as publishers actually write it: one object, an array of
 * objects, or an `@graph` of nodes that point at each other by `@id`.
 */

import { byTag } from './walk';

export type LdNode = Record<string, unknown>;

const MAX_DEPTH = 5;

/** Every typed node in the page's JSON-LD blocks, `@graph`s and arrays flattened, in document order. */
export function readJsonLd(doc: Document, scripts = byTag(doc, 'script')): LdNode[] {
  const nodes: LdNode[] = [];
  for (const script of scripts) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? '')) continue;
    const data = parseLenient(script.textContent ?? '');
    if (data !== undefined) collect(data, nodes, 0);
  }
  return nodes;
}

/** JSON.parse, retried without the CDATA wrappers, comments and trailing commas some CMSes emit. */
function parseLenient(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    const repaired = source
      .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, out: LdNode[], depth: number): void {
  if (depth > MAX_DEPTH || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  if ('@type' in node) out.push(node);
  if ('@graph' in node) collect(node['@graph'], out, depth + 1);
  // A WebPage often carries the story as its main entity.
  if (node.mainEntity && typeof node.mainEntity === 'object') collect(node.mainEntity, out, depth + 1);
}

/** A node's types, lower-cased, without a schema.org prefix. */
export function ldTypes(node: LdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').toLowerCase());
}

const ARTICLE_TYPE = /^(?:\w*article|blogposting|socialmediaposting|liveblogposting|discussionforumposting|report|review|posting)$/;

export function isArticleType(type: string): boolean {
  return ARTICLE_TYPE.test(type);
}

/** The node that describes the story: the first article-typed node. */
export function findArticleNode(nodes: LdNode[]): LdNode | undefined {
  return nodes.find((node) => ldTypes(node).some(isArticleType));
}

/** Plain strings out of a value that may be a string, a `{name}`/`{url}`/`{@value}` object or a list of them. */
export function ldStrings(value: unknown, key: 'name' | 'url' = 'name'): string[] {
  if (value == null) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap((item) => ldStrings(item, key));
  if (typeof value === 'object') {
    const node = value as LdNode;
    if (key in node) return ldStrings(node[key], key);
    if ('@value' in node) return ldStrings(node['@value'], key);
    if (key === 'url' && 'contentUrl' in node) return ldStrings(node.contentUrl, key);
  }
  return [];
}

/** Resolve `{"@id": …}` references against the graph, so `author: {"@id": "#jane"}` finds Jane's node. */
export function resolveRefs(value: unknown, nodes: LdNode[]): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, nodes));
  if (value && typeof value === 'object') {
    const node = value as LdNode;
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length === 1) return nodes.find((n) => n['@id'] === id) ?? node;
  }
  return value;
}
