/**
 * People named in a text: capitalised runs (with name particles and initials), titles and roles
 * stripped in front, organisations/places/things rejected, then one entity per person with every
 * mention, later surname-only (or unique first-name) mentions joined to the full name.
 */
import type { Span } from '../types';
import { lexicon, type Gender, type Lexicon } from './lexicon';
import { arabicNames, arabicPattern, hasArabic, normalizeArabic } from './arabic';
import type { Token } from './tokens';
import { GERMAN_ROLE, ORG_WORDS, PARTICLE_ARTICLES, PARTICLES, PERSON_NAMED_ORGS, SPEECH_VERBS, STOP, TITLES } from './words';

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
const MALE_WORDS = new Set(
  'mr sir king prince lord father brother son husband uncle nephew grandfather boyfriend widower spokesman chairman congressman councilman herr monsieur m don señor sr sheikh emir'.split(' '),
);
const FEMALE_WORDS = new Set(
  'mrs ms miss madame mme mlle queen princess lady dame sister mother daughter wife aunt niece grandmother girlfriend widow spokeswoman chairwoman congresswoman councilwoman frau doña señora sra actress'.split(' '),
);
/** A lowercase noun right before a name that makes it a firm's or a place's: "the bank J.P. Morgan", "la colonia Emiliano Zapata". */
/** Plain verbs of saying after a one-word name ("Akayev told", "Sutrisno said"). */
const SAYS = /^(?:said|says|told|tells|added|adds|wrote|writes|asked|replied|explained|argued|insisted|stressed|warned|noted|recalled|declared|dijo|afirmó|explicó|a\s?dit|déclare|sagte|erklärte)$/;
const FIRM_NOUNS = new Set(
  `bank firm company group consultancy startup start-up brand label newspaper magazine publisher newsletter podcast band app
  website platform fund insurer carrier retailer chain airline street avenue road square district neighborhood
  neighbourhood village town colonia calle barrio avenida plaza rue quartier boulevard straße strasse platz viertel`.split(/\s+/),
);
const HONORIFICS = new Set('mr mrs ms miss mx dr prof sir dame lord lady herr frau madame monsieur mme señor señora'.split(' '));

/** Lower-case key for comparing surnames: "al-Sharaa", "Al-Sharaa" and "Sharaa" match. */
export function surnameKey(word: string): string {
  return word.toLowerCase().replace(POSSESSIVE, '').replace(/^(?:al|el|ad|as|ash|an|ar|az|at)[-‐]/u, '');
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && /\p{L}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}

function isCommon(lex: Lexicon, lower: string): boolean {
  if (lex.common.has(lower) || lex.common.has(fold(lower))) return true;
  // Derived common nouns and adjectives rarely are names.
  return /(?:tions?|sions?|ments?|ness|ity|ities|isms?|ship|ance|ence|ful|less|ous|ive|able|ible|ical|ology)$/.test(lower) && lower.length > 6;
}

function isPlace(lex: Lexicon, lower: string): boolean {
  return lex.places.has(lower) || lex.demonyms.has(lower) || lex.demonyms.has(lower.replace(/s$/, ''));
}

export function isTitle(lower: string): boolean {
  const word = lower.replace(/\.$/, '');
  if (TITLES.has(word) || (word.length > 6 && GERMAN_ROLE.test(word))) return true;
  // "Secretary-General", "vice-president"
  return word.includes('-') && word.split('-').every((part) => TITLES.has(part));
}

const ROMAN = /^(?:II|III|IV|VI{0,3})$/;
const isInitial = (word: string): boolean => /^\p{Lu}\.?$/u.test(word);
/** Saints name churches, hospitals and places far more often than people in news text. */
const SAINT = new Set(['st', 'st.', 'saint', 'sainte', 'san', 'santa', 'são', 'sankt']);
/** DeLuca, McDonald, O'Brien, MacLeod: an inner capital is a surname's shape. */
const SURNAME_SHAPE = /^(?:Mc|Mac|De|Di|Le|La|Van|O['’])\p{Lu}\p{Ll}/u;

const fold = (lower: string): string => lower.normalize('NFD').replace(/\p{M}/gu, '');

/** A first name, also hyphenated (Marc-Antoine, Anne-Sophie) or accented (María, Luís). */
function isFirstName(lex: Lexicon, lower: string): boolean {
  const first = fold(lower.split(/[-‐]/)[0]!);
  return lex.firstNames.has(lower) || lex.firstNames.has(first);
}

export function firstNameGender(lex: Lexicon, lower: string): Gender {
  return lex.firstNames.get(lower) ?? lex.firstNames.get(fold(lower.split(/[-‐]/)[0]!)) ?? null;
}

/** Common only if every part of a hyphenated word is common (Okonjo-Hale is a name, Pre-Player is not). */
function isCommonWord(lex: Lexicon, lower: string): boolean {
  const parts = lower.split(/[-‐]/).filter(Boolean);
  return parts.length > 1 ? parts.every((p) => isCommon(lex, p) || p.length <= 3) : isCommon(lex, lower);
}

/** Split tokens into capitalised runs: words separated by one space, particles inside, initials. */
function capitalisedRuns(text: string, tokens: Token[]): NamePart[][] {
  const runs: NamePart[][] = [];
  let run: NamePart[] = [];
  const flush = () => {
    while (run.length && (PARTICLES.has(run[run.length - 1]!.lower) || PARTICLE_ARTICLES.has(run[run.length - 1]!.lower))) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, t.start) : '';
    const adjacent = prev !== undefined && (/^[ \u00a0]$/.test(gap) || (gap === '' && prev.text.endsWith('.')));
    if (!adjacent) flush();
    if (!t.word) continue;
    const next = tokens[i + 1];
    const nextNameLike = next?.cap === true || (next !== undefined && PARTICLE_ARTICLES.has(next.lower) && tokens[i + 2]?.cap === true);
    const last = run[run.length - 1];
    // A lowercase particle starts a name only after punctuation or a capitalised word ("…, de la Vega said", "M. du Pasquier"),
    // not after a noun ("la grada del Rafael Quintero").
    const prevToken = tokens[i - 1];
    const mayStart = run.length > 0 || !prevToken || !prevToken.word || prevToken.cap;
    const particle = !t.cap && nextNameLike && mayStart && (PARTICLES.has(t.lower) || (PARTICLE_ARTICLES.has(t.lower) && last !== undefined && PARTICLES.has(last.lower)));
    const nameWord = t.cap && !(STOP.has(t.lower) && !PARTICLES.has(t.lower));
    if (!nameWord && !particle) {
      flush();
      continue;
    }
    // Initials and abbreviated titles keep their period: "J.", "J.R.", "Dr.", "Mr.", "M.".
    const dotted = next?.text === '.' && next.start === t.end && (/^\p{Lu}$/u.test(t.text) || isTitle(t.lower) || t.lower === 'st');
    const possessive = /['’]s?$/u.test(t.text) && !/^\p{Lu}['’]$/u.test(t.text);
    const clean = possessive ? t.text.replace(/['’]s?$/u, '') : t.text;
    run.push({ text: dotted ? `${clean}.` : clean, lower: clean.toLowerCase(), start: t.start, end: dotted ? t.end + 1 : t.start + clean.length, index: i });
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
function candidate(lex: Lexicon, tokens: Token[], run: NamePart[], strict: boolean): Candidate | null {
  // "Birgit Stöckl-Rainer von der Universität Innsbruck": a particle before an institution or place ends the name.
  const cut = run.findIndex((p, k) => k > 0 && PARTICLES.has(p.lower) && run.slice(k + 1).some((q) => ORG_WORDS.has(q.lower) || isPlace(lex, q.lower)));
  if (cut > 0) run = run.slice(0, cut);
  const prefix: NamePart[] = [];
  let parts = run;
  const lastIndex = run[run.length - 1]!.index;
  // "Gene Halloran, director of…": a role after the comma marks a person even when a word is common.
  const roleAfter = tokens[lastIndex + 1]?.text === ',' && isRoleStart(lex, tokens[lastIndex + 2]);
  if (SAINT.has(run[0]!.lower) || run.every((p) => isInitial(p.text))) return null;
  while (parts.length > 1 || (parts.length === 1 && isTitle(parts[0]!.lower))) {
    const head = parts[0]!;
    const token = tokens[head.index]!;
    const commonOpener = token.initial && isCommonWord(lex, head.lower) && !isFirstName(lex, head.lower) && !(roleAfter && parts.length === 2);
    // "U.N. Secretary-General …", "U.S. Sen. …": an abbreviation before a title.
    const firstWord = parts.findIndex((p) => !isInitial(p.text));
    const abbreviation = isInitial(head.text) && firstWord > 0 && isTitle(parts[firstWord]!.lower);
    const strip = isTitle(head.lower) || isPlace(lex, head.lower) || commonOpener || abbreviation;
    if (!strip) break;
    if (isTitle(head.lower) || lex.demonyms.has(head.lower) || prefix.length) prefix.push(head);
    parts = parts.slice(1);
  }
  // "Grand Island Mayor Jennifer Kowalczyk", "Council Member Rosa de la Vega": the name starts at its first name.
  // Also after a lowercase role ("le député Vert Marc-Antoine…") and, where nouns are capitalised, after any noun.
  const roleLed = !!tokens[run[0]!.index - 1] && !tokens[run[0]!.index - 1]!.cap && (isTitle(tokens[run[0]!.index - 1]!.lower) || lex.actors.has(tokens[run[0]!.index - 1]!.lower));
  const anchor = parts.findIndex((p, i) => i > 0 && isFirstName(lex, p.lower) && (isTitle(parts[i - 1]!.lower) || lex.actors.has(parts[i - 1]!.lower) || ((roleLed || strict) && !isFirstName(lex, parts[i - 1]!.lower))));
  if (anchor > 0 && parts.length - anchor >= 2) {
    prefix.push(...parts.slice(0, anchor));
    parts = parts.slice(anchor);
  }
  if (parts.length === 0 || parts.length > 6) return null;
  if (parts.some((p) => isAllCaps(p.text) && !isInitial(p.text) && !ROMAN.test(p.text))) return null;
  const lowers = parts.map((p) => p.lower);
  if (lowers.some((w) => ORG_WORDS.has(w))) return null;
  for (let i = 0; i < lowers.length; i++) {
    if (PERSON_NAMED_ORGS.has(lowers[i]!) || PERSON_NAMED_ORGS.has(`${lowers[i]}_${lowers[i + 1]}`)) return null;
  }
  const joined = lowers.join(' ');
  if (lowers.length > 1 && (lex.places.has(joined) || lex.orgs.has(joined))) return null;
  // A name next to "&" is a firm's (Procter & Gamble, Piper & Lowe).
  const after = tokens[parts[parts.length - 1]!.index + 1];
  const before = tokens[parts[0]!.index - 1];
  if (after?.text === '&' || before?.text === '&') return null;
  // Spanish "del"/"al" (of/to the) come before names of things, not of people: "el estadio del Rafael Quintero".
  if (before && /^(?:del|al)$/.test(before.lower) && !prefix.length && !/^(?:del|al)$/.test(run[0]!.lower)) return null;
  if (/^(?:del|al)$/.test(run[0]!.lower) && !run[0]!.text.startsWith('D') && !run[0]!.text.startsWith('A')) return null;
  // "the investment bank J.P. Morgan", "the law firm Covington": an organisation noun names a firm.
  if (before && !before.cap && FIRM_NOUNS.has(before.lower)) return null;
  const speech = (t: Token | undefined) => !!t && !t.cap && SPEECH_VERBS.has(t.lower);
  // "The center’s president, Lorraine Hatch, …": a role and a comma before the name.
  const roleBefore = before?.text === ',' && !!tokens[parts[0]!.index - 2] && (lex.actors.has(tokens[parts[0]!.index - 2]!.lower) || isTitle(tokens[parts[0]!.index - 2]!.lower));
  const cue = prefix.some((p) => isTitle(p.lower)) || speech(after) || speech(before) || roleAfter || roleBefore;
  return { parts, prefix, cue };
}

/** Does an appositive role start here: "a nurse", "the mayor", "director of", "34,"? */
function isRoleStart(lex: Lexicon, t: Token | undefined): boolean {
  if (!t) return false;
  return /^(?:a|an|the|who|whose|\d{1,3})$/.test(t.lower) || lex.actors.has(t.lower) || isTitle(t.lower);
}

/** Is a multi-word candidate a person's name? `strict` for languages that capitalise nouns (German). */
function isFullName(lex: Lexicon, c: Candidate, strict: boolean): boolean {
  const words = c.parts.filter((p) => !PARTICLES.has(p.lower) && !PARTICLE_ARTICLES.has(p.lower) && !ROMAN.test(p.text));
  const firstIsName = isFirstName(lex, words[0]?.lower ?? '');
  const named = words.filter((p) => !isInitial(p.text));
  // "Murat K.": a first name with an initial; "J.R. Whitcombe": initials with a surname.
  if (named.length < 2 && !(words.length >= 2 && (firstIsName || isInitial(words[0]!.text)))) return false;
  const kinds = named.map((p) => {
    const base = p.lower.replace(/^(?:al|el)[-‐]/, '');
    if (isFirstName(lex, base) || lex.lastNames.has(fold(base)) || SURNAME_SHAPE.test(p.text)) return 'name';
    if (isPlace(lex, base)) return 'place';
    if (isCommonWord(lex, base)) return 'common';
    return 'unknown';
  });
  if (kinds.includes('place') && !c.cue) return false;
  if (firstIsName) return kinds.slice(1).every((k) => k !== 'common') || c.cue;
  if (strict) return c.cue && !kinds.includes('common');
  if (isInitial(words[0]!.text)) return kinds.every((k) => k !== 'common');
  if (!kinds.includes('common')) return true;
  return c.cue && kinds.filter((k) => k === 'common').length < named.length;
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
function appositive(text: string, end: number): string | null {
  const m = /^,\s+(?:\d{1,3},\s+)?((?:a|an|the|his|her|its|their|our)\s+[^,.;:()“”"]{2,90}?)(?=\s*[,.;:)]|\s+(?:said|says|told|added|who)\b)/u.exec(text.slice(end, end + 120));
  return m && m[1]!.split(/\s+/).length <= 12 ? m[1]! : null;
}

/** Name words without particles, keyed for comparison: "Rosa de la Vega" → ["rosa", "vega"]. */
function nameKeys(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((w) => !PARTICLES.has(w.toLowerCase()) && !PARTICLE_ARTICLES.has(w.toLowerCase()) && !ROMAN.test(w))
    .map(surnameKey);
}

/**
 * People named in `text`. `quoted` are the quotations' spans: a quote that is only a name is a
 * title ("the newspaper « Genève Matin »"), not a mention.
 */
export function findPeople(text: string, tokens: Token[], byline: string | null, lang: string | null, quoted: Span[]): PeopleResult {
  const lex = lexicon();
  const strict = /^de\b/i.test(lang ?? '');
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const byName = new Map<string, number>();
  /** Surname-only (partial) mentions so far, per entity: the usual way a text refers back to someone. */
  const partial: number[] = [];
  const candidates: Candidate[] = [];

  const addMention = (entity: number, span: Span, surface: string) => {
    const e = entities[entity]!;
    e.mentions.push({ start: span.start, end: span.end });
    if (surface !== e.name) e.aliases.add(surface);
    mentions.push({ start: span.start, end: span.end, entity });
  };
  const newEntity = (name: string, role: string | null, gender: Gender): number => {
    entities.push({ name, role, gender, aliases: new Set(), mentions: [] });
    partial.push(0);
    byName.set(name.toLowerCase(), entities.length - 1);
    return entities.length - 1;
  };
  const lastMention = (entity: number, before: number) => {
    let at = -1;
    for (const m of mentions) if (m.entity === entity && m.start < before) at = Math.max(at, m.start);
    return at;
  };
  /** The entity whose name ends with these words ("Putin", "García Prieto", "ap Gwilym"); the likeliest if several. */
  const keyCache = new Map<string, string[]>();
  const keysOf = (name: string) => keyCache.get(name) ?? keyCache.set(name, nameKeys(name)).get(name)!;
  const joinTarget = (keys: string[], at: number): number => {
    const matches = entities
      .map((e, i) => ({ keys: keysOf(e.name), i }))
      .filter((e) => e.keys.length > keys.length && keys.every((k, j) => e.keys[e.keys.length - keys.length + j] === k));
    if (!matches.length) return -1;
    // Prefer who the text already calls by surname, then who it names most, then the latest.
    const rank = (i: number) => [partial[i]!, entities[i]!.mentions.length, lastMention(i, at)];
    return matches.reduce((best, cur) => {
      const a = rank(cur.i);
      const b = rank(best.i);
      const k = a.findIndex((v, j) => v !== b[j]);
      return k >= 0 && a[k]! > b[k]! ? cur : best;
    }).i;
  };
  const applyPrefixGender = (e: Entity, c: Candidate) => {
    for (const p of c.prefix) {
      if (MALE_WORDS.has(p.lower.replace(/\.$/, ''))) e.gender = 'm';
      if (FEMALE_WORDS.has(p.lower.replace(/\.$/, ''))) e.gender = 'f';
    }
  };

  // Words the text uses in organisation names ("Newmont" in "Newmont Mining Corp") or after "the".
  const runs = capitalisedRuns(text, tokens);
  const orgWords = new Set<string>();
  for (const run of runs) {
    if (run.length > 1 && run.some((p) => ORG_WORDS.has(p.lower))) for (const p of run) orgWords.add(p.lower);
    if (tokens[run[0]!.index - 1]?.lower === 'the') for (const p of run) orgWords.add(p.lower);
  }

  // Full names first, in text order, so that later partial mentions have something to join.
  for (const run of runs) {
    if (quoted.some((q) => q.start === run[0]!.start && q.end === run[run.length - 1]!.end)) continue;
    const c = candidate(lex, tokens, run, strict);
    if (!c) continue;
    candidates.push(c);
    if (!isFullName(lex, c, strict)) continue;
    const span = { start: c.parts[0]!.start, end: c.parts[c.parts.length - 1]!.end };
    const surface = text.slice(span.start, span.end);
    const keys = nameKeys(surface);
    // Same first and last name ("George W. Bush", "George Bush"), or a short form of the first name ("Josh"/"Joshua Apte").
    const sameFirst = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));
    let entity = byName.get(surface.toLowerCase()) ?? entities.findIndex((e) => {
      const k = keysOf(e.name);
      return k.length > 1 && sameFirst(k[0]!, keys[0]!) && k[k.length - 1] === keys[keys.length - 1];
    });
    if (entity < 0) entity = joinTarget(keys, span.start);
    if (entity >= 0 && keysOf(entities[entity]!.name).length > keys.length) partial[entity]!++;
    if (entity < 0) entity = newEntity(surface, null, null);
    const e = entities[entity]!;
    e.role ??= rolePrefix(lex, tokens, c) ?? appositive(text, span.end);
    applyPrefixGender(e, c);
    const kin = tokens[c.parts[0]!.index - 1]?.text === ',' ? tokens[c.parts[0]!.index - 2]?.lower : undefined;
    if (kin && MALE_WORDS.has(kin)) e.gender ??= 'm';
    if (kin && FEMALE_WORDS.has(kin)) e.gender ??= 'f';
    e.gender ??= firstNameGender(lex, keys[0]!);
    addMention(entity, span, surface);
  }

  if (hasArabic(text)) addArabic(text, tokens, { byName, entities, newEntity, addMention });

  // Byline authors are people too, whether or not the text names them.
  for (const author of splitByline(byline)) {
    let entity = byName.get(author.toLowerCase()) ?? -1;
    if (entity < 0) entity = newEntity(author, 'author', firstNameGender(lex, author.split(' ')[0]!.toLowerCase()));
    entities[entity]!.role = 'author';
  }

  // Then partial mentions: surnames (with particles), unique first names, titled single names.
  for (const c of candidates) {
    if (isFullName(lex, c, strict)) continue;
    const words = c.parts.filter((p) => !PARTICLES.has(p.lower) && !PARTICLE_ARTICLES.has(p.lower));
    if (words.length !== 1) continue;
    const part = words[0]!;
    const span = { start: c.parts[0]!.start, end: c.parts[c.parts.length - 1]!.end };
    const surface = text.slice(span.start, span.end);
    let entity = joinTarget([surnameKey(part.text)], span.start);
    if (entity >= 0) partial[entity]!++;
    else if (c.parts.length === 1) {
      const byFirst = entities.map((e, i) => ({ e, i })).filter(({ e }) => keysOf(e.name).length > 1 && keysOf(e.name)[0] === part.lower);
      if (byFirst.length === 1 && !isCommon(lex, part.lower)) entity = byFirst[0]!.i;
    }
    if (entity < 0) {
      const unknownWord = !isCommon(lex, part.lower) && !isPlace(lex, part.lower) && !lex.orgs.has(part.lower) && !PERSON_NAMED_ORGS.has(part.lower);
      const honorific = c.prefix.some((p) => HONORIFICS.has(p.lower.replace(/\.$/, '')) || isTitle(p.lower));
      // One unknown word right before a speech verb ("Akayev told reporters") is a person, unless the text
      // also uses it in an organisation's name or after "the", it is inside a quote, or it looks like a plural.
      const next = tokens[part.index + 1];
      const speaks = !strict && !!next && SAYS.test(next.lower) && c.parts.length === 1 && !orgWords.has(part.lower)
        && !/['’]|-\p{Lu}/u.test(part.text) && !/s$/.test(part.lower) && !quoted.some((q) => part.start >= q.start && part.start < q.end);
      if (!unknownWord || !(honorific || (c.cue && lex.lastNames.has(part.lower)) || speaks)) continue;
      entity = byName.get(surface.toLowerCase()) ?? newEntity(surface, rolePrefix(lex, tokens, c), null);
    }
    const e = entities[entity]!;
    if (e.gender === null) applyPrefixGender(e, c);
    addMention(entity, span, surface);
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

interface Registry {
  byName: Map<string, number>;
  entities: Entity[];
  newEntity: (name: string, role: string | null, gender: Gender) => number;
  addMention: (entity: number, span: Span, surface: string) => void;
}

/** Arabic full names, then their family part alone (الخطيب, أبو حمدان) for the person named last with it. */
function addArabic(text: string, tokens: Token[], r: Registry): void {
  const families = new Map<string, number[]>();
  const taken: Span[] = [];
  for (const n of arabicNames(text, tokens)) {
    const surface = text.slice(n.start, n.end);
    // "أبو حمدان" after "عماد أبو حمدان" is that person's family name, not a new person.
    const owners = families.get(normalizeArabic(surface));
    if (owners) continue;
    const entity = r.byName.get(surface.toLowerCase()) ?? r.newEntity(surface, null, n.gender);
    r.addMention(entity, n, surface);
    taken.push(n);
    const key = normalizeArabic(n.family);
    if (key !== normalizeArabic(surface) && (key.startsWith('ال') || key.includes(' ') || key.length >= 5)) {
      families.set(key, [...(families.get(key) ?? []), entity]);
    }
  }
  // A given name alone (تقول فاطمة) refers to the one person with it.
  const givens = new Map<string, number[]>();
  for (const [entity, e] of r.entities.entries()) {
    if (!hasArabic(e.name)) continue;
    const given = normalizeArabic(e.name.split(/\s+/)[0]!);
    if (given !== 'أم' && given !== 'أبو') givens.set(given, [...(givens.get(given) ?? []), entity]);
  }
  for (const [given, owners] of givens) if (owners.length === 1 && !families.has(given)) families.set(given, owners);
  const byFirstAt = (entity: number) => r.entities[entity]!.mentions[0]?.start ?? Infinity;
  for (const [family, owners] of families) {
    const re = new RegExp(`(?<![\\u0600-\\u06ff])[وفبل]?(${arabicPattern(family)})(?![\\u0600-\\u06ff])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].length - m[1]!.length;
      const span = { start, end: start + m[1]!.length };
      if (taken.some((t) => span.start < t.end && span.end > t.start)) continue;
      taken.push(span);
      const before = owners.filter((e) => byFirstAt(e) < span.start);
      const entity = before.length ? before[before.length - 1]! : owners[0]!;
      r.addMention(entity, span, m[1]!);
    }
  }
}

/** Names in a byline: "By Jane Doe and John Roe/Reuters" → ["Jane Doe", "John Roe"]. */
export function splitByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*(?:by|par|von|por|de)\s+/i, '')
    .split(/\s*(?:,|;|\/|\||\band\b|&|\bet\b|\bund\b|\by\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => /^[\p{Lu}\u0600-\u06ff][\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){1,3}$/u.test(s) && !s.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase())));
}

/** Gender from the pronouns that follow a person's mentions before anyone else is named. */
function voteGender(text: string, entities: Entity[], mentions: Mention[]): void {
  const votes = entities.map(() => ({ m: 0, f: 0 }));
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // Only pronouns in the same sentence ("X followed the meeting with her husband") are evidence.
    const sentenceEnd = /[.!?…]["”’»]?\s/u.exec(text.slice(m.end, m.end + 300));
    const until = Math.min(mentions[i + 1]?.start ?? text.length, m.end + (sentenceEnd ? sentenceEnd.index : 300));
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
