/**
 * Bylines reduced to the names of the people (or, failing any person, the
 * organisation) credited: no "By", no dates, no roles, no employer.
 */

import { toIsoDate } from './dates';

const LEAD_IN = /^(?:(?:written|posted|published|words|story|reporting|text|reported|compiled|edited)\s+)?(?:by|par|von|por|door|av|af)\b[:\s]*/i;
// Italian "di" is a lead-in only in lower case ("Di Maio" is a surname).
const LOWER_LEAD_IN = /^di\s+/;
const ARABIC_LEAD_IN = /^(?:بقلم|كتب|كتبت|إعداد|تقرير)[:\s]+/;
// Words that join several names.
const NAME_JOIN = /\s*(?:,|;|\/\/|\s•\s|\s\|\s|\s(?:and|&|et|und|y|e|en|og|och|with|avec|mit|con|و)\s|\s(?:(?:additional\s+)?(?:written|edited|reported|reporting|photos?|photographs|illustrations?|graphics|video|compiled|translated)\s+by)\s)\s*/i;
// A role noun with up to three words before it: "Staff Writer", "Environment Correspondent", "Middle East Bureau Chief".
const ROLE = /^(?:[\p{L}-]+\s+){0,3}(?:writer|reporter|correspondent|editor|contributor|columnist|producer|photographer|analyst|journalist|critic|intern|staff|desk|team|bureau|chief|correspondant|envoyée? spéciale?|journaliste|rédaction|rédacteur|rédactrice|redakteur(?:in)?|redaktion|korrespondent(?:in)?|redacción|redactor(?:a)?|corresponsal|periodista|reportero|reportera|مراسل|محرر)s?(?:\s+(?:at|for|of|in|on|à|de|für|bei|en|para)\s+.*)?$/iu;
const ORGANISATION = /\b(?:news|media|agency|network|magazine|newsroom|wire|service|press|reuters|afp|bbc|cnn)\b/i;
const CREDENTIAL = /^(?:ma|ms|msc|mba|mph|md|phd|rn|do|jd|bsc|ba|cpa|dds|facs|ceo)\.?$/i;
const NOT_A_NAME = /\b(?:follow|subscribe|share|email|e-mail|twitter|facebook|instagram|linkedin|profile|articles?|posts?|view|more|all|read|comments?|updated|published|last|minutes?|min|ago|hours?|copyright|rights|reserved|contact|advertisement|sponsored|photo|image|getty|shutterstock|home|our|team|staff|editors?|editorial|admin|administrator|guest|anonymous|unknown|sign|log|login|register|menu|account|tools|settings|pages)\b/i;
const DATE_PHRASE = /(?:\b(?:updated|published|posted|last updated|mis à jour|publié le|aktualisiert|actualizado|publicado)\b[:\s]*)?(?:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?[a-zà-ÿ]{3,10}\.?,?\s+(?:de\s+)?\d{4}|[a-zà-ÿ]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:[t ][\d:.]+(?:z|[+-][\d:]+)?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:,?\s*(?:at\s+|à\s+|um\s+|a las\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4}\b)?)?/gi;

/** Title-case a name written in capitals ("JOE HILDEBRAND" → "Joe Hildebrand"); leave mixed case alone. */
function unshout(name: string): string {
  // One capitalised token is more likely an acronym ("AFP") than a shouted name.
  if (name !== name.toUpperCase() || name === name.toLowerCase() || !/\s/.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function looksLikeName(part: string): boolean {
  if (part.length < 2 || part.length > 60) return false;
  if (/[\d@]|https?:|www\./i.test(part) || NOT_A_NAME.test(part) || ROLE.test(part)) return false;
  const tokens = part.split(/\s+/);
  if (tokens.length > 6) return false;
  // Latin-script names start with a capital; other scripts have no case to check.
  const first = tokens[0]!;
  return !/^\p{Ll}/u.test(first) || tokens.some((t) => /^\p{Lu}/u.test(t));
}

/** Drop a trailing role from a name: "Jane Doe Staff Writer" → "Jane Doe". */
function stripRole(part: string): string {
  if (ROLE.test(part)) return '';
  const tokens = part.split(/\s+/);
  // Keep at least two words: a name is rarely one word when a role follows it.
  for (let cut = 2; cut < tokens.length; cut++) {
    if (ROLE.test(tokens.slice(cut).join(' '))) return tokens.slice(0, cut).join(' ');
  }
  return part;
}

/** Names from one byline string, in order, without duplicates. */
export function bylineNames(raw: string): string[] {
  let text = raw.replace(/\(https?:[^)]*\)|<[^>]*@[^>]*>|\S+@\S+\.\w+/g, ' ').replace(/\s+/g, ' ').trim();
  text = text.replace(DATE_PHRASE, (match) => (toIsoDate(match) || /\d{1,2}:\d{2}/.test(match) ? ' | ' : match));
  // "(avec X et Y)" adds names; other parentheses hold a handle or middle names.
  text = text.replace(/\(\s*(?:with|avec|mit|con|com)\s+([^)]*)\)/gi, ', $1').replace(/\(\s*@?[\w.]+\s*\)$/, '').replace(/[()[\]]/g, ' ');
  const names: string[] = [];
  for (let piece of text.split(NAME_JOIN)) {
    // "Name/The Media Line", "Name - Reuters": the employer follows a slash or dash.
    piece = piece.split(/\s*\/\s*|\s+[-–—]\s+/)[0] ?? '';
    piece = piece.replace(/^[\s|:·•,-]+|[\s|:·•,-]+$/g, '');
    for (let again = true; again; ) {
      const before = piece;
      piece = piece.replace(LEAD_IN, '').replace(LOWER_LEAD_IN, '').replace(ARABIC_LEAD_IN, '').trim();
      again = piece !== before;
    }
    if (CREDENTIAL.test(piece)) continue;
    piece = stripRole(piece).replace(/[.,;:]+$/, '').replace(/\s+/g, ' ').trim();
    if (!looksLikeName(piece)) continue;
    const name = unshout(piece);
    if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names;
}

/** The names credited by one or more raw credits, in order, without duplicates. */
export function creditNames(raw: string | string[] | null | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const names: string[] = [];
  for (const item of list) for (const name of bylineNames(item)) if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  // "Brenda Goodman | WebMD Health News": the employer goes when a person is credited; alone it is the credit.
  const people = names.filter((name) => !ORGANISATION.test(name));
  return people.length ? people : names;
}

/**
 * Several names joined as the page prints them ("A and B", "A, B", "A & B") when `printed`
 * (the page's text) shows one of those forms, else as English bylines do: "A, B and C".
 */
export function joinNames(names: string[], printed = ''): string | null {
  if (names.length <= 1) return names[0] ?? null;
  const forms = [`${names.slice(0, -1).join(', ')} and ${names.at(-1)}`, names.join(', '), names.join(' & '), names.join(' and ')];
  const page = printed.replace(/\s+/g, ' ');
  return forms.find((form) => page.includes(form)) ?? forms[0]!;
}

/** A display byline from one or more raw credits, or null when none names anyone. */
export function cleanByline(raw: string | string[] | null | undefined, printed = ''): string | null {
  return joinNames(creditNames(raw), printed);
}
