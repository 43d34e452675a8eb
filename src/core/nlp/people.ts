/**
 * People named in a text: capitalised runs (with name particles and initials), titles and roles
 * stripped in front, organisations/places/things rejected, then one entity per person with every
 * mention, later surname-only (or unique first-name) mentions joined to the full name.
 */
import type { Span } from '../types';
import { lexicon, type Gender, type Lexicon } from './lexicon';
import type { Token } from './tokens';
import { ORG_WORDS, PARTICLES, PERSON_NAMED_ORGS, SPEECH_VERBS, STOP, TITLES } from './words';

export interface Entity {
  name: string;
  role: string | null;
  gender: Gender;
  aliases: Set<string>;
  mentions: Span[];
}

export interface Mention extends Span {
  entity: number;
}

export interface PeopleResult {
  entities: Entity[];
  /** Every mention, in text order. */
  mentions: Mention[];
}

interface NamePart extends Span {
  text: string;
  lower: string;
  /** Index of the token this part starts at. */
  index: number;
}

const POSSESSIVE = /['’]s?$/u;
const ROLE_MODIFIERS = new Set(
  `former political senior deputy chief top veteran local national international independent foreign military opposition
  human rights civil leading prominent longtime long-time retired assistant associate executive general vice acting interim
  regional federal state city county police party union community business government defense defence security health
  education energy economic finance financial legal justice climate science religious tribal student youth women's
  press communications campaign managing founding co-founder spokesman spokeswoman then-president then prime
  ex-president outgoing incoming elected newly appointed`.split(/\s+/),
);
const MALE_WORDS = new Set('mr sir king prince lord father brother spokesman chairman congressman councilman herr monsieur don señor sr sheikh emir'.split(' '));
const FEMALE_WORDS = new Set('mrs ms miss madame mme mlle queen princess lady dame sister spokeswoman chairwoman congresswoman councilwoman frau doña señora sra actress'.split(' '));
const HONORIFICS = new Set('mr mrs ms miss mx dr prof sir dame lord lady herr frau madame monsieur mme señor señora'.split(' '));

/** Lower-case key for comparing surnames: "al-Sharaa", "Al-Sharaa" and "Sharaa" match. */
export function surnameKey(word: string): string {
  return word.toLowerCase().replace(POSSESSIVE, '').replace(/^(?:al|el|ad|as|ash|an|ar|az|at)[-‐]/u, '');
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && /\p{L}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}

function isCommon(lex: Lexicon, lower: string): boolean {
  if (lex.common.has(lower)) return true;
  // Derived common nouns and adjectives rarely are names.
  return /(?:tion|sion|ment|ness|ity|ism|ship|ance|ence|ics|ing|ful|less|ous|ive|able|ible)$/.test(lower) && lower.length > 6;
}

function isPlace(lex: Lexicon, lower: string): boolean {
  return lex.places.has(lower) || lex.demonyms.has(lower) || lex.demonyms.has(lower.replace(/s$/, ''));
}

function isTitle(lower: string): boolean {
  return TITLES.has(lower.replace(/\.$/, ''));
}

/** Split tokens into capitalised runs: words separated by one space, particles inside, initials. */
function capitalisedRuns(text: string, tokens: Token[]): NamePart[][] {
  const runs: NamePart[][] = [];
  let run: NamePart[] = [];
  const flush = () => {
    while (run.length && PARTICLES.has(run[run.length - 1]!.lower)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run[run.length - 1];
    const adjacent = prev !== undefined && /^[ \u00a0]$/.test(text.slice(prev.end, t.start));
    if (!adjacent) flush();
    if (!t.word) continue;
    const next = tokens[i + 1];
    const particle = !t.cap && PARTICLES.has(t.lower) && run.length > 0 && next?.cap === true;
    const nameWord = t.cap && !(STOP.has(t.lower) && !PARTICLES.has(t.lower));
    if (!nameWord && !particle) {
      flush();
      continue;
    }
    // Initials: "J." joins the run with its period.
    const initial = /^\p{Lu}$/u.test(t.text) && next?.text === '.' && next.start === t.end;
    const possessive = POSSESSIVE.test(t.text) && /['’]s$/u.test(t.text);
    const clean = possessive ? t.text.replace(/['’]s$/u, '') : t.text;
    run.push({ text: initial ? `${clean}.` : clean, lower: clean.toLowerCase(), start: t.start, end: initial ? t.end + 1 : t.start + clean.length, index: i });
    if (possessive) flush();
  }
  flush();
  return runs;
}

interface Candidate {
  parts: NamePart[];
  /** Title and demonym words stripped from the front ("Syrian President"). */
  prefix: NamePart[];
  cue: boolean;
}

/** Strip titles, demonyms and sentence-initial common words in front; reject things that are not people. */
function candidate(lex: Lexicon, tokens: Token[], run: NamePart[]): Candidate | null {
  const prefix: NamePart[] = [];
  let parts = run;
  while (parts.length > 1 || (parts.length === 1 && isTitle(parts[0]!.lower))) {
    const head = parts[0]!;
    const token = tokens[head.index]!;
    const strip = isTitle(head.lower) || isPlace(lex, head.lower) || (token.initial && isCommon(lex, head.lower) && !lex.firstNames.has(head.lower));
    if (!strip) break;
    if (isTitle(head.lower) || lex.demonyms.has(head.lower)) prefix.push(head);
    else prefix.length = 0;
    parts = parts.slice(1);
  }
  if (parts.length === 0 || parts.length > 5) return null;
  if (parts.some((p) => isAllCaps(p.text) && !/^\p{Lu}\.$/u.test(p.text))) return null;
  const lowers = parts.map((p) => p.lower);
  if (run.some((p) => ORG_WORDS.has(p.lower))) return null;
  for (let i = 0; i < lowers.length; i++) {
    if (PERSON_NAMED_ORGS.has(lowers[i]!) || PERSON_NAMED_ORGS.has(`${lowers[i]}_${lowers[i + 1]}`)) return null;
  }
  const joined = lowers.join(' ');
  if (lex.places.has(joined) || lex.orgs.has(joined)) return null;
  // A name is followed by "&" only in firm names (Procter & Gamble).
  const after = tokens[parts[parts.length - 1]!.index + 1];
  if (after?.text === '&') return null;
  const before = tokens[parts[0]!.index - 1];
  const cue = prefix.length > 0 || SPEECH_VERBS.has(after?.lower ?? '') || SPEECH_VERBS.has(before?.lower ?? '') || after?.text === ',';
  return { parts, prefix, cue };
}

/** Is a multi-word candidate a person's name? */
function isFullName(lex: Lexicon, c: Candidate): boolean {
  const words = c.parts.filter((p) => !PARTICLES.has(p.lower) && !/^\p{Lu}\.$/u.test(p.text));
  if (words.length < 2) return false;
  const kinds = words.map((p) => {
    const base = p.lower.replace(/^(?:al|el)[-‐]/, '');
    if (lex.firstNames.has(base) || lex.lastNames.has(base)) return 'name';
    if (isPlace(lex, base)) return 'place';
    if (isCommon(lex, base) || base.split(/[-‐]/).some((part) => isCommon(lex, part) && part.length > 3)) return 'common';
    return 'unknown';
  });
  if (kinds.includes('place') && !c.prefix.length) return false;
  if (lex.firstNames.has(words[0]!.lower)) return kinds.slice(1).every((k) => k !== 'common') || c.cue;
  if (!kinds.includes('common')) return true;
  return c.cue && kinds.filter((k) => k === 'common').length < words.length;
}

function genderOf(lex: Lexicon, entity: Entity, firstWord: string): Gender {
  return lex.firstNames.get(firstWord.toLowerCase()) ?? entity.gender;
}

/** The role words in front of a name: "Syrian political activist", "State Department spokesman". */
function rolePrefix(lex: Lexicon, tokens: Token[], c: Candidate): string | null {
  const words: string[] = c.prefix.map((p) => p.text);
  const first = (c.prefix[0] ?? c.parts[0]!).index;
  const sentence = tokens[first]!.sentence;
  let j = first - 1;
  const adjacent = tokens[j];
  const adjacentRole = adjacent?.word && (lex.actors.has(adjacent.lower) || isTitle(adjacent.lower) || ROLE_MODIFIERS.has(adjacent.lower));
  if (!words.length && !adjacentRole) return null;
  if (adjacentRole || words.length) {
    for (; j >= 0; j--) {
      const t = tokens[j]!;
      if (t.sentence !== sentence || !t.word) break;
      const roleWord = lex.actors.has(t.lower) || isTitle(t.lower) || ROLE_MODIFIERS.has(t.lower) || lex.demonyms.has(t.lower) || (t.cap && !t.initial && !STOP.has(t.lower));
      if (!roleWord) break;
      if (t.cap && t.initial && !lex.demonyms.has(t.lower) && !isTitle(t.lower)) break;
      words.unshift(t.text);
    }
  }
  const role = words.join(' ').trim();
  return role && !HONORIFICS.has(role.toLowerCase().replace(/\.$/, '')) ? role : null;
}

/** "Jane Doe, a spokeswoman for the Port Authority, said" → "a spokeswoman for the Port Authority". */
function appositive(lex: Lexicon, text: string, end: number): string | null {
  const m = /^,\s+(?:\d{1,3},\s+)?((?:a|an|the|his|her|its|their|our)\s+[^,.;:()“”"]{2,90}?)(?=\s*[,.;:)]|\s+(?:said|says|told|added|who)\b)/u.exec(text.slice(end, end + 120));
  if (!m) return null;
  const words = m[1]!.toLowerCase().split(/\s+/);
  return words.some((w) => lex.actors.has(w) || isTitle(w)) ? m[1]! : null;
}

export function findPeople(text: string, tokens: Token[], byline: string | null): PeopleResult {
  const lex = lexicon();
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const byName = new Map<string, number>();
  const singles: { part: NamePart; c: Candidate }[] = [];

  const addMention = (entity: number, span: Span, surface: string) => {
    const e = entities[entity]!;
    e.mentions.push({ start: span.start, end: span.end });
    if (surface !== e.name) e.aliases.add(surface);
    mentions.push({ start: span.start, end: span.end, entity });
  };
  const newEntity = (name: string, role: string | null, gender: Gender): number => {
    entities.push({ name, role, gender, aliases: new Set(), mentions: [] });
    byName.set(name.toLowerCase(), entities.length - 1);
    return entities.length - 1;
  };

  for (const run of capitalisedRuns(text, tokens)) {
    const c = candidate(lex, tokens, run);
    if (!c) continue;
    if (!isFullName(lex, c)) {
      if (c.parts.length === 1) singles.push({ part: c.parts[0]!, c });
      continue;
    }
    const span = { start: c.parts[0]!.start, end: c.parts[c.parts.length - 1]!.end };
    const surface = text.slice(span.start, span.end);
    const firstLast = (n: string) => {
      const w = n.toLowerCase().split(/\s+/);
      return `${w[0]} ${surnameKey(w[w.length - 1]!)}`;
    };
    let entity = byName.get(surface.toLowerCase()) ?? entities.findIndex((e) => firstLast(e.name) === firstLast(surface));
    if (entity < 0) entity = newEntity(surface, null, null);
    const e = entities[entity]!;
    e.role ??= rolePrefix(lex, tokens, c) ?? appositive(lex, text, span.end);
    for (const p of c.prefix) {
      if (MALE_WORDS.has(p.lower.replace(/\.$/, ''))) e.gender = 'm';
      if (FEMALE_WORDS.has(p.lower.replace(/\.$/, ''))) e.gender = 'f';
    }
    e.gender = genderOf(lex, e, c.parts[0]!.text);
    addMention(entity, span, surface);
  }

  // Byline authors are people too, whether or not the text names them.
  for (const author of splitByline(byline)) {
    let entity = byName.get(author.toLowerCase()) ?? -1;
    if (entity < 0) entity = newEntity(author, 'author', lex.firstNames.get(author.split(' ')[0]!.toLowerCase()) ?? null);
    entities[entity]!.role = 'author';
  }

  const lastMention = (entity: number, before: number) => {
    let at = -1;
    for (const m of mentions) if (m.entity === entity && m.start < before) at = Math.max(at, m.start);
    return at;
  };
  for (const { part, c } of singles) {
    const key = surnameKey(part.text);
    const bySurname = entities
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => {
        const words = e.name.split(/\s+/);
        return words.length > 1 && surnameKey(words[words.length - 1]!) === key;
      });
    let entity = -1;
    if (bySurname.length) {
      // Two people sharing a surname: the one named most recently.
      entity = bySurname.reduce((best, cur) => (lastMention(cur.i, part.start) > lastMention(best.i, part.start) ? cur : best)).i;
    } else {
      const byFirst = entities.map((e, i) => ({ e, i })).filter(({ e }) => e.name.split(/\s+/).length > 1 && e.name.split(/\s+/)[0]!.toLowerCase() === part.lower);
      if (byFirst.length === 1 && !isCommon(lex, part.lower)) entity = byFirst[0]!.i;
    }
    if (entity < 0) {
      const unknownWord = !isCommon(lex, part.lower) && !isPlace(lex, part.lower) && !lex.orgs.has(part.lower) && !PERSON_NAMED_ORGS.has(part.lower);
      const honorific = c.prefix.some((p) => HONORIFICS.has(p.lower.replace(/\.$/, '')) || isTitle(p.lower));
      if (!unknownWord || !(honorific || (c.cue && lex.lastNames.has(part.lower)))) continue;
      entity = byName.get(part.lower) ?? newEntity(part.text, rolePrefix(lex, tokens, c), null);
    }
    const e = entities[entity]!;
    for (const p of c.prefix) {
      if (MALE_WORDS.has(p.lower.replace(/\.$/, ''))) e.gender ??= 'm';
      if (FEMALE_WORDS.has(p.lower.replace(/\.$/, ''))) e.gender ??= 'f';
    }
    addMention(entity, { start: part.start, end: part.end }, part.text);
  }

  // Byline authors named in the text: every occurrence is a mention.
  for (const e of entities) {
    if (e.role !== 'author' || e.mentions.length) continue;
    for (let at = text.indexOf(e.name); at >= 0; at = text.indexOf(e.name, at + 1)) {
      addMention(entities.indexOf(e), { start: at, end: at + e.name.length }, e.name);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  voteGender(text, entities, mentions);
  return { entities, mentions };
}

/** Names in a byline: "By Jane Doe and John Roe/Reuters" → ["Jane Doe", "John Roe"]. */
export function splitByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*(?:by|par|von|por|de)\s+/i, '')
    .split(/\s*(?:,|;|\/|\||\band\b|&|\bet\b|\bund\b|\by\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,3}$/u.test(s) && !s.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase())));
}

/** Gender from the pronouns that follow a person's mentions before anyone else is named. */
function voteGender(text: string, entities: Entity[], mentions: Mention[]): void {
  const votes = entities.map(() => ({ m: 0, f: 0 }));
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const until = Math.min(mentions[i + 1]?.start ?? text.length, m.end + 200);
    const pronoun = /\b(he|his|him|she|her|hers)\b/i.exec(text.slice(m.end, until));
    if (!pronoun) continue;
    if (/^(?:he|his|him)$/i.test(pronoun[1]!)) votes[m.entity]!.m++;
    else votes[m.entity]!.f++;
  }
  entities.forEach((e, i) => {
    const v = votes[i]!;
    if (e.gender === null && v.m !== v.f) e.gender = v.m > v.f ? 'm' : 'f';
  });
}
