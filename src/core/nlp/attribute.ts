/**
 * Who said each quote. Patterns in order of measured accuracy (see docs): “…,” X said / said X;
 * X said, “…” and X … affirmed that “…” (the subject of the nearest speech verb, stepping over
 * parentheticals and relative clauses; participles and coordinated verbs lead back to their
 * clause's subject); according to X; “…” after “X:”; then the previous quote's speaker in the
 * same paragraph, or the person the paragraph is about. A subject that is not a person
 * ("Russian officials", "State media") is returned as a group label, never forced onto a person.
 * Pronouns resolve to the person in focus: the latest person who was a sentence subject or a
 * speaker, of a compatible gender.
 */
import type { Span } from '../types';
import { lexicon } from './lexicon';
import type { Entity, Mention } from './people';
import type { Token } from './tokens';
import { GROUP_NOUNS, ORG_WORDS, PARTICLE_ARTICLES, PARTICLES, PERSON_NOUNS, PRONOUNS, SOURCE_PREPOSITIONS, SPEECH_VERBS, STOP, SUBJECT_SKIP, TITLES } from './words';

export interface Attribution {
  speaker: string | null;
  entity: number | null;
  mention: Span | null;
  confidence: number;
}

export interface QuoteSite {
  /** Offsets of the opening and closing marks (close -1 when never closed). */
  open: number;
  close: number;
  fragment: boolean;
  paragraph: number;
  /** The quote opens its paragraph (so it may continue the previous paragraph's speaker). */
  leads: boolean;
}

export interface Context {
  text: string;
  /** Tokens of the text with quotations blanked. */
  tokens: Token[];
  entities: Entity[];
  mentions: Mention[];
  /** Spans of quoted text (mentions inside do not count for pronouns). */
  quoted: Span[];
  /** Paragraph index of each sentence. */
  sentenceParagraph: number[];
}

const NONE: Attribution = { speaker: null, entity: null, mention: null, confidence: 0 };
const DETERMINERS = new Set('the a an le la les l el los las der die das den un une his her its their our'.split(' '));
const INDEFINITE = new Set(['a', 'an', 'un', 'une', 'ein', 'eine', 'una', 'uno']);
const CONNECTORS = /^(?:of|for|at|de|du|del|des|von|vom)$/;
/** Words that end a subject phrase when walking back from a verb. */
const CLAUSE_WORDS = new Set('that which who whom whose while whereas but and because as if when after before since where although though than so or nor qui que dont où der die das welche welcher que quien quienes cuyo cual'.split(' '));
const RELATIVE = new Set('who which whose whom where qui dont où que quien quienes cuyo cuya welche welcher'.split(' '));
const PREPOSITIONS = new Set(
  'of from with to by for against about at on in into like than between under over toward towards among during without near after before via de du des à au aux avec par pour sur sans von vom mit zu zum zur bei für gegen über unter aus con para por sobre sin entre hacia desde'.split(' '),
);
/** Perfect auxiliaries between a subject and its participle: "Le Conseil d’État a annoncé". */
const PERFECT = new Set('a ont avait avaient ha han había habían hat haben hatte hatten'.split(' '));
/** Abbreviated titles whose period does not end a phrase: "Dr. Zhou", "Sen. Marwick", "Mag. Pichler". */
const ABBREVIATED = /^(?:dr|mr|mrs|ms|mx|st|sen|gov|rep|gen|lt|col|capt|sgt|prof|mag|dipl|m|mme|jr|sr|rev|hon|adm|cmdr|\p{Lu})$/iu;
const AUXILIARY = new Set('is was were are be been being am est sont été war wurde wurden ist sind fue fueron es son sido'.split(' '));
/** Subject pronouns that name no one by themselves: "It described…", "They said…". */
const OTHER_PRONOUNS = new Set('it they we i you ils elles nous on es wir ellos ellas nosotros'.split(' '));
const INVERTED_PRONOUN = /[-‐]t?[-‐]?(il|elle)$/u;
/** Nouns for one person by their role, in the languages read: centrocampista, magistrate, Zeugin, ingénieur. */
const ROLE_NOUN = /(?:ista|ante|ente|or|ora|ero|era|iste|eur|euse|ien|ienne|ist|ian|man|woman|erin|ler|lerin)$/;
const SPOKESPERSON = /^(?:spokes(?:man|woman|person|people)|representative|porte-parole|sprecher(?:in)?|portavoz)$/;

/** A speech verb; capitalised words are names ("State media", "Said Khan"), never verbs. */
const isSpeech = (t: Token | undefined): boolean => !!t && t.word && !t.cap && (SPEECH_VERBS.has(t.lower) || INVERTED_PRONOUN.test(t.lower));
const isAdverb = (t: Token): boolean => t.word && !t.cap && (SUBJECT_SKIP.has(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4));
const pronounGender = (t: Token | undefined): 'm' | 'f' | undefined => (t && t.word ? PRONOUNS[t.lower] : undefined);

function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo;
}

function sentenceStart(tokens: Token[], i: number): number {
  const s = tokens[i]?.sentence;
  while (i > 0 && tokens[i - 1]!.sentence === s) i--;
  return i;
}

class Attributor {
  private readonly ctx: Context;
  /** Who each sentence is about (its subject), when that is a named person. */
  private readonly focusEvents: { at: number; entity: number; paragraph: number }[] = [];

  constructor(ctx: Context) {
    this.ctx = ctx;
    this.findSubjects();
  }

  private inQuote(offset: number): boolean {
    return this.ctx.quoted.some((q) => offset >= q.start && offset < q.end);
  }

  /** A sentence's subject: its first named person not governed by a preposition, unless a pronoun comes first. */
  private findSubjects(): void {
    const { tokens, mentions, sentenceParagraph } = this.ctx;
    let m = 0;
    let i = 0;
    while (i < tokens.length) {
      const sentence = tokens[i]!.sentence;
      let end = i;
      while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
      const from = tokens[i]!.start;
      const to = tokens[end - 1]!.end;
      while (m < mentions.length && mentions[m]!.start < from) m++;
      let pronounAt = Infinity;
      let pronoun: 'm' | 'f' | undefined;
      for (let k = i; k < end; k++) {
        pronoun = pronounGender(tokens[k]);
        if (pronoun) {
          pronounAt = tokens[k]!.start;
          break;
        }
      }
      const before = this.focusEvents.length;
      for (let k = m; k < mentions.length && mentions[k]!.start < to; k++) {
        const mention = mentions[k]!;
        if (this.inQuote(mention.start) || mention.start > pronounAt) continue;
        const ti = tokenIndexAt(tokens, mention.start);
        const prev = tokens[ti - 1];
        const viaSource = SOURCE_PREPOSITIONS.test(this.ctx.text.slice(Math.max(from, mention.start - 16), mention.start));
        if (prev && prev.sentence === sentence && PREPOSITIONS.has(prev.lower) && !viaSource) continue;
        this.focusEvents.push({ at: mention.start, entity: mention.entity, paragraph: sentenceParagraph[sentence] ?? 0 });
        break;
      }
      // "He also questioned…": a pronoun subject keeps the person in focus, now in this paragraph
      // (only a pronoun that opens the sentence or its main clause: a later one may stand for a thing).
      const opening = pronoun !== undefined && tokens.slice(i, end).findIndex((t) => t.start === pronounAt) <= 1;
      const afterComma = pronoun !== undefined && tokens[tokenIndexAt(tokens, pronounAt) - 1]?.text === ',';
      if (this.focusEvents.length === before && pronoun && (opening || afterComma)) {
        const entity = this.salient(pronounAt, pronoun);
        if (entity !== null) this.focusEvents.push({ at: pronounAt, entity, paragraph: sentenceParagraph[sentence] ?? 0 });
      }
      i = end;
    }
  }

  private noteSpeaker(found: Attribution, at: number, paragraph: number): void {
    if (found.entity === null) return;
    this.focusEvents.push({ at, entity: found.entity, paragraph });
    this.focusEvents.sort((a, b) => a.at - b.at);
  }

  /** The latest person in focus before `offset`, within the last few paragraphs. */
  private focusBefore(offset: number): number | null {
    return this.salient(offset, null);
  }

  /** A person named right after a phrase: "la maire (divers gauche), Hélène Garnier" → Hélène Garnier. */
  private appositivePerson(end: number, confidence: number): Attribution {
    const { tokens, mentions, entities } = this.ctx;
    let k = end;
    if (tokens[k]?.text === '(') while (k < tokens.length && tokens[k]!.text !== ')') k++;
    if (tokens[k]?.text === ')') k++;
    if (tokens[k]?.text !== ',') return NONE;
    const next = tokens[k + 1];
    const person = next && mentions.find((m) => m.start <= next.start && m.end > next.start);
    if (!person) return NONE;
    return { speaker: entities[person.entity]!.name, entity: person.entity, mention: { start: person.start, end: person.end }, confidence };
  }

  /** The person a he/she at `offset` stands for. */
  private resolvePronoun(offset: number, gender: 'm' | 'f'): number | null {
    const entity = this.salient(offset, gender);
    return entity === null ? null : this.settle(entity, gender);
  }

  /**
   * The person a pronoun or a role noun at `offset` stands for: the latest subject in this
   * paragraph, else the latest person named in it, else the latest subject of the paragraphs
   * before, else the latest person named at all — of a compatible gender.
   */
  private salient(offset: number, gender: 'm' | 'f' | null): number | null {
    const { entities, mentions } = this.ctx;
    const compatible = (e: number) => gender === null || entities[e]!.gender === null || entities[e]!.gender === gender;
    const paragraph = this.paragraphAt(offset);
    const events = this.focusEvents.filter((f) => f.at < offset && compatible(f.entity));
    const named = mentions.filter((m) => m.start < offset && !this.inQuote(m.start) && compatible(m.entity));
    const lastEvent = events[events.length - 1];
    if (lastEvent && lastEvent.paragraph === paragraph) return lastEvent.entity;
    const lastNamed = named[named.length - 1];
    if (lastNamed && this.paragraphAt(lastNamed.start) === paragraph) return lastNamed.entity;
    if (lastEvent && paragraph - lastEvent.paragraph <= 3) return lastEvent.entity;
    return lastNamed?.entity ?? null;
  }

  private settle(entity: number, gender: 'm' | 'f'): number {
    this.ctx.entities[entity]!.gender ??= gender;
    return entity;
  }

  private paragraphAt(offset: number): number {
    const t = this.ctx.tokens[Math.min(tokenIndexAt(this.ctx.tokens, offset), this.ctx.tokens.length - 1)];
    return t ? (this.ctx.sentenceParagraph[t.sentence] ?? 0) : 0;
  }

  /** Turn the words of a subject or agent phrase into a speaker. */
  resolvePhrase(from: number, to: number, confidence: number): Attribution {
    const { tokens, mentions, entities, text } = this.ctx;
    const words = tokens.slice(from, to).filter((t) => t.word);
    if (!words.length || words.length > 9) return NONE;
    const span = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
    const person = mentions.find((m) => m.start < span.end && m.end > span.start);
    const head = words[words.length - 1]!;
    const first = words[0]!;
    // "A spokeswoman for the Port Authority" speaks for the organisation.
    // "A spokeswoman for the Port Authority" speaks for the organisation; "a spokesman for Boyle" is not Boyle.
    const spokes = words.findIndex((w) => SPOKESPERSON.test(w.lower));
    if (spokes >= 0 && /^(?:for|of|de|du|von|der|des|del)$/.test(words[spokes + 1]?.lower ?? '') && words[spokes + 2]) {
      const org = { start: words[spokes + 2]!.start, end: span.end };
      return { speaker: text.slice(person ? span.start : org.start, org.end), entity: null, mention: span, confidence: confidence - 0.1 };
    }
    if (person) {
      const mention = { start: person.start, end: person.end };
      return { speaker: entities[person.entity]!.name, entity: person.entity, mention, confidence };
    }
    const inverted = words.length === 1 ? INVERTED_PRONOUN.exec(first.lower) : null;
    const pronoun = words.length === 1 ? (PRONOUNS[first.lower] ?? (inverted ? PRONOUNS[inverted[1]!] : undefined)) : undefined;
    if (pronoun) {
      const entity = this.resolvePronoun(span.start, pronoun);
      if (entity === null) return NONE;
      return { speaker: entities[entity]!.name, entity, mention: span, confidence: confidence - 0.05 };
    }
    const lex = lexicon();
    // "the minister said": the person whose role has that noun, named most recently.
    if (DETERMINERS.has(first.lower) && words.length <= 4 && (TITLES.has(head.lower) || lex.actors.has(head.lower) || PERSON_NOUNS.has(head.lower))) {
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i]!;
        const role = entities[m.entity]!.role?.toLowerCase() ?? '';
        if (m.start < span.start && role.split(/\s+/).some((w) => w === head.lower || (head.lower.length > 5 && w.endsWith(head.lower)))) {
          return { speaker: entities[m.entity]!.name, entity: m.entity, mention: span, confidence: confidence - 0.15 };
        }
      }
      // "the woman said", "escribió el centrocampista": the person the passage is about.
      if (PERSON_NOUNS.has(head.lower) && !INDEFINITE.has(first.lower)) {
        const focus = this.focusBefore(span.start);
        if (focus !== null) return { speaker: entities[focus]!.name, entity: focus, mention: span, confidence: confidence - 0.25 };
      }
    }
    const roleWord = words.slice(1).find((w) => !w.cap && (ROLE_NOUN.test(w.lower) || TITLES.has(w.lower)) && !GROUP_NOUNS.has(w.lower));
    // Only a definite phrase refers back ("the officer"); "an officer" is someone new.
    if (DETERMINERS.has(first.lower) && !INDEFINITE.has(first.lower) && words.length <= 3 && roleWord) {
      const focus = this.focusBefore(span.start);
      if (focus !== null) return { speaker: entities[focus]!.name, entity: focus, mention: span, confidence: confidence - 0.3 };
    }
    if (words.some((w) => STOP.has(w.lower) && !DETERMINERS.has(w.lower) && !CONNECTORS.test(w.lower))) return NONE;
    if (PRONOUNS[head.lower] || /^(?:they|ils|elles|ellos|ellas|it|this|that|one|some|many|others)$/.test(head.lower)) return NONE;
    if (words.some((w) => /^\d/.test(w.text))) return NONE;
    const withDeterminer = DETERMINERS.has(first.lower) && words.length >= 2 && !head.cap && head.lower.length > 2;
    const noun = lex.common.has(head.lower) || lex.common.has(head.lower.replace(/s$/, '')) || lex.actors.has(head.lower);
    // Arabic: a definite noun (الوزارة, الحكومة) is a body speaking.
    const arabicBody = /^ال[\u0600-\u06ff]{3,}$/.test(head.lower);
    const groupLike = arabicBody || GROUP_NOUNS.has(head.lower) || (withDeterminer && ORG_WORDS.has(head.lower)) || GROUP_NOUNS.has(head.lower.replace(/s$/, '')) || (head.cap && !head.initial)
      || lex.actors.has(head.lower) || withDeterminer || (/s$/.test(head.lower) && noun && !head.cap);
    if (!groupLike) return NONE;
    return { speaker: text.slice(span.start, span.end), entity: null, mention: span, confidence: confidence - 0.1 };
  }

  /** A noun phrase forward from `i` (after an inverted verb or a source preposition), up to punctuation. */
  private phraseAfter(i: number, sentence: number): [number, number] | null {
    const { tokens } = this.ctx;
    let j = i;
    while (j < tokens.length && j - i < 9) {
      const t = tokens[j]!;
      if (t.sentence !== sentence) break;
      // "Dr. Mei-Ling Zhou", "Sen. Lisa Marwick": a title's period does not end the phrase.
      if (t.text === '.' && j > i && tokens[j - 1]!.end === t.start && ABBREVIATED.test(tokens[j - 1]!.text)) {
        j++;
        continue;
      }
      if (!t.word || (CLAUSE_WORDS.has(t.lower) && j > i) || isSpeech(t)) break;
      // A second article starts another phrase: "el técnico interino a los periodistas".
      if (j > i + 1 && DETERMINERS.has(t.lower) && !CONNECTORS.test(tokens[j - 1]!.lower) && !PARTICLES.has(tokens[j - 1]!.lower)) break;
      if (j > i && STOP.has(t.lower) && !DETERMINERS.has(t.lower) && !CONNECTORS.test(t.lower) && !PARTICLES.has(t.lower) && !PARTICLE_ARTICLES.has(t.lower)) break;
      j++;
    }
    return j > i ? [i, j] : null;
  }

  /** The noun phrase that ends right before token `end` (exclusive), walking back. */
  private phraseBefore(end: number, limit: number): [number, number] | null {
    const { tokens } = this.ctx;
    let j = end - 1;
    while (j >= limit) {
      const t = tokens[j]!;
      if (t.text === '.' && j > limit && tokens[j - 1]!.end === t.start && ABBREVIATED.test(tokens[j - 1]!.text)) {
        j--;
        continue;
      }
      if (!t.word || CLAUSE_WORDS.has(t.lower) || isSpeech(t) || end - j > 8) break;
      if (pronounGender(t) || (OTHER_PRONOUNS.has(t.lower) && j === end - 1)) {
        if (j === end - 1) j--;
        break;
      }
      const particle = (PARTICLES.has(t.lower) || PARTICLE_ARTICLES.has(t.lower)) && tokens[j + 1]?.cap;
      if (STOP.has(t.lower) && !DETERMINERS.has(t.lower) && !CONNECTORS.test(t.lower) && !particle) break;
      j--;
    }
    let from = j + 1;
    while (from < end && CONNECTORS.test(tokens[from]!.lower)) from++;
    return from < end ? [from, end] : null;
  }

  /**
   * Candidate subjects of the verb at `verb`: the phrase right before it, or, across commas,
   * the person among the comma-separated segments ("The shadow secretary, Rhys ap Gwilym, said";
   * "Rohan Iyer, the former head of sales, who left in March, said"; "X, for his part, affirmed").
   */
  private subjects(verb: number, limit: number): [number, number][] {
    const { tokens } = this.ctx;
    let j = verb - 1;
    while (j >= limit && (isAdverb(tokens[j]!) || AUXILIARY.has(tokens[j]!.lower) || PERFECT.has(tokens[j]!.lower))) j--;
    if (j < limit) return [];
    if (tokens[j]!.text !== ',') {
      const np = this.phraseBefore(j + 1, limit);
      return np ? [np] : [];
    }
    // Segments between commas, from the clause start to the verb.
    const segments: [number, number][] = [];
    let end = j;
    for (let k = j - 1; k >= limit - 1; k--) {
      if (k === limit - 1 || tokens[k]!.text === ',') {
        if (k + 1 < end) segments.unshift([k + 1, end]);
        end = k;
      }
    }
    // Everything from a relative or participial segment on belongs to it.
    // (A leading participial phrase, "Speaking to reporters, X said", is only dropped.)
    const participial = (s: [number, number]) => tokens[s[0]]!.lower.endsWith('ing') && !tokens[s[0]]!.cap;
    const relative = segments.findIndex((s, i) => RELATIVE.has(tokens[s[0]]!.lower) || (i > 0 && participial(s)));
    const kept = (relative >= 0 ? segments.slice(0, relative) : segments).filter((s) => {
      const first = tokens[s[0]]!;
      if (participial(s)) return false;
      if (PREPOSITIONS.has(first.lower) || SOURCE_PREPOSITIONS.test(this.ctx.text.slice(first.start, tokens[s[1] - 1]!.end + 1))) return false;
      return !tokens.slice(s[0], s[1]).every((t) => !t.word || /^\d/.test(t.text) || /^[A-Z]-[A-Z]/.test(t.text));
    });
    const out: [number, number][] = [];
    for (const s of kept.reverse()) {
      const np = this.phraseBefore(s[1], s[0]);
      if (np) out.push(np);
    }
    // A named person among the segments wins over a role or group phrase next to it; the first
    // one from the clause start, as later segments name people only in passing.
    const hasPerson = (s: [number, number]) => this.ctx.mentions.some((m) => m.start < tokens[s[1] - 1]!.end && m.end > tokens[s[0]]!.start);
    const named = out.findLastIndex(hasPerson);
    if (named > 0) out.unshift(...out.splice(named, 1));
    return out;
  }

  /** The subject of the clause a verb belongs to, trying each candidate in turn. */
  private subjectOf(verb: number, limit: number, confidence: number): Attribution {
    for (const [from, to] of this.subjects(verb, limit)) {
      const found = this.resolvePhrase(from, to, confidence);
      if (found.speaker) return found;
    }
    return NONE;
  }

  /** “…,” X said / “…,” said X / « … », a-t-elle ajouté / „…“, so X. */
  after(site: QuoteSite): Attribution {
    const { tokens } = this.ctx;
    if (site.close < 0) return NONE;
    let i = tokenIndexAt(tokens, site.close + 1);
    const sentence = tokens[i - 1]?.sentence ?? -1;
    while (i < tokens.length && /^[,—–-]$/.test(tokens[i]!.text)) i++;
    const t = tokens[i];
    if (!t || t.sentence !== sentence) return NONE;
    if (isSpeech(t)) {
      if (INVERTED_PRONOUN.test(t.lower)) return this.resolvePhrase(i, i + 1, 0.9);
      let k = i + 1;
      // "a déclaré", "fügte … hinzu": skip further verb words after the verb.
      while (k < tokens.length && isSpeech(tokens[k]) && tokens[k]!.sentence === sentence) k++;
      if (tokens[k] && INVERTED_PRONOUN.test(tokens[k]!.lower)) return this.resolvePhrase(k, k + 1, 0.9);
      return this.agentAfter(k, sentence, site, 0.95);
    }
    if (PERFECT.has(t.lower) && isSpeech(tokens[i + 1])) {
      // French "a déclaré X", Spanish "ha dicho X".
      return this.agentAfter(i + 2, sentence, site, 0.9);
    }
    if (t.lower === 'so' || SOURCE_PREPOSITIONS.test(t.text)) {
      const np = this.phraseAfter(i + 1, sentence);
      return np ? this.resolvePhrase(np[0], np[1], 0.85) : NONE;
    }
    // Subject then verb: “…,” the ministry said in a statement.
    for (let k = i; k < tokens.length && k - i < 12; k++) {
      const v = tokens[k]!;
      if (v.sentence !== sentence || /^["“”‘’«»„]$/.test(v.text)) break;
      if (isSpeech(v)) {
        const found = this.subjects(k, i).find((s) => s[0] === i || (tokens[i]!.text === 'Mr' && s[0] <= i + 2));
        return found ? this.resolvePhrase(found[0], found[1], 0.95) : NONE;
      }
    }
    return NONE;
  }

  /** The speaker named after an inverted verb; none named (Spanish "dijo.") means the person in focus. */
  private agentAfter(i: number, sentence: number, site: QuoteSite, confidence: number): Attribution {
    const np = this.phraseAfter(i, sentence);
    if (!np) {
      const focus = this.focusBefore(site.open);
      return focus === null ? NONE : { speaker: this.ctx.entities[focus]!.name, entity: focus, mention: null, confidence: 0.6 };
    }
    const named = this.appositivePerson(np[1], confidence - 0.05);
    const found = this.resolvePhrase(np[0], np[1], confidence);
    return named.speaker && !this.ctx.mentions.some((m) => m.start < this.ctx.tokens[np[1] - 1]!.end && m.end > this.ctx.tokens[np[0]]!.start) ? named : found;
  }

  /** X said, “…” / X, for his part, affirmed that “…” / …, calling it a “…” / according to X, “…”. */
  before(site: QuoteSite): Attribution {
    const { tokens, text } = this.ctx;
    const open = tokenIndexAt(tokens, site.open);
    const start = sentenceStart(tokens, open);
    for (let v = open - 1; v >= start; v--) {
      const t = tokens[v]!;
      const source = SOURCE_PREPOSITIONS.test(text.slice(tokens[Math.max(start, v - 3)]!.start, t.end));
      if (source && !isSpeech(t)) {
        const np = this.phraseAfter(v + 1, t.sentence);
        if (np) {
          const found = this.resolvePhrase(np[0], np[1], 0.8);
          if (found.speaker) return found;
        }
      }
      if (!isSpeech(t) || AUXILIARY.has(tokens[v - 1]?.lower ?? '')) continue;
      const adjacent = open - v <= 4;
      let verb = v;
      // A participle or a coordinated verb ("…, calling them a “…”", "and then announced") takes its clause's subject.
      const participle = t.lower.endsWith('ing');
      const coordinated = /^(?:and|then|but|et|und|y)$/.test(tokens[v - 1]?.lower ?? '') || (tokens[v - 1]?.lower === 'then' && tokens[v - 2]?.lower === 'and');
      if (participle || coordinated) {
        let w = v - 1;
        while (w >= start && !(isSpeech(tokens[w]) && !tokens[w]!.lower.endsWith('ing'))) w--;
        if (w >= start) verb = w;
        else {
          // The sentence's pronoun or person subject before the verb.
          for (let k = v - 1; k >= start; k--) {
            if (pronounGender(tokens[k]) && !PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) {
              const found = this.resolvePhrase(k, k + 1, 0.7);
              if (found.speaker) return found;
              break;
            }
          }
        }
      }
      // Arabic puts the subject after the verb: "تقول أم خالد إنها …".
      if (/[\u0600-\u06ff]/.test(t.text)) {
        const np = this.phraseAfter(v + 1, t.sentence);
        const agent = np && np[1] <= open ? this.resolvePhrase(np[0], np[1], 0.85) : NONE;
        if (agent.entity !== null) return agent;
      }
      const found = this.subjectOf(verb, start, adjacent ? 0.85 : 0.75);
      if (found.speaker) return found;
      // Inverted, only where no subject comes before the verb: « …, a déclaré X : « … » », "قال X إن".
      const np = this.subjects(verb, start).length ? null : this.phraseAfter(v + 1, t.sentence);
      if (np && np[1] <= open) {
        const inverted = this.resolvePhrase(np[0], np[1], 0.8);
        if (inverted.speaker) return inverted;
      }
    }
    // "Smith: “…”", "He translated it for a visitor: “…”": the sentence's subject.
    if (tokens[open - 1]?.text === ':') {
      const subject = this.sentenceSubject(start, open - 1, 0.65);
      if (subject.speaker) return subject;
    }
    return NONE;
  }

  /** The subject at the start of a sentence: its first phrase after any leading adverbial. */
  private sentenceSubject(start: number, end: number, confidence: number): Attribution {
    const { tokens } = this.ctx;
    let i = start;
    if (PREPOSITIONS.has(tokens[i]?.lower ?? '') || isAdverb(tokens[i] ?? tokens[start]!)) {
      while (i < end && tokens[i]!.text !== ',') i++;
      i++;
    }
    if (i >= end) return NONE;
    const np = this.phraseAfter(i, tokens[i]!.sentence);
    return np && np[1] <= end ? this.resolvePhrase(np[0], np[1], confidence) : NONE;
  }

  /** The person the quote's paragraph is about: its latest subject before the quote. */
  private paragraphFocus(site: QuoteSite): Attribution {
    for (let i = this.focusEvents.length - 1; i >= 0; i--) {
      const f = this.focusEvents[i]!;
      if (f.at >= site.open) continue;
      if (f.paragraph !== site.paragraph) break;
      return { speaker: this.ctx.entities[f.entity]!.name, entity: f.entity, mention: null, confidence: 0.5 };
    }
    return NONE;
  }

  attribute(sites: QuoteSite[]): Attribution[] {
    const out: Attribution[] = [];
    sites.forEach((site, i) => {
      let found = this.after(site);
      if (!found.speaker) found = this.before(site);
      if (!found.speaker && !site.fragment) {
        // A follow-on quote in the same paragraph, or a paragraph that only continues the last speaker's words.
        const prev = out[i - 1];
        const prevSite = sites[i - 1];
        const sameParagraph = prevSite?.paragraph === site.paragraph;
        if (prev?.speaker && prevSite && (sameParagraph || (site.leads && prevSite.paragraph === site.paragraph - 1 && !prevSite.fragment))) {
          found = { ...prev, mention: prev.mention && { ...prev.mention }, confidence: sameParagraph ? 0.6 : 0.45 };
        } else if (!site.leads) {
          found = this.paragraphFocus(site);
        } else if (!sites.some((o) => o.paragraph === site.paragraph - 1)) {
          // A quote paragraph right after narration about someone ("X walked jurors through it.").
          found = this.paragraphFocus({ ...site, paragraph: site.paragraph - 1 });
          if (found.speaker) found = { ...found, confidence: 0.4 };
        }
      }
      this.noteSpeaker(found, site.close < 0 ? site.open : site.close, site.paragraph);
      out.push(found);
    });
    return out;
  }
}

export function attribute(ctx: Context, sites: QuoteSite[]): Attribution[] {
  return new Attributor(ctx).attribute(sites);
}
