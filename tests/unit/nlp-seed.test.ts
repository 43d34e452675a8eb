import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/cli/load';
import { extractArticle } from '../../src/core/extract/extract';
import { analyze } from '../../src/core/nlp/index';
import type { Analysis } from '../../src/core/types';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/srn-al-sharaa-moscow');

interface Expected {
  url: string;
  quotes: { text: string; speaker: string | null; fragment?: boolean }[];
  people: { name: string; role?: string; aliases?: string[] }[];
  notPeople: string[];
}

describe('the seed article (srn-al-sharaa-moscow)', () => {
  let expected: Expected;
  let text: string;
  let result: Analysis;
  beforeAll(async () => {
    expected = JSON.parse(await readFile(resolve(FIXTURE, 'expected.json'), 'utf8')) as Expected;
    const doc = parseDocument(await readFile(resolve(FIXTURE, 'source.html'), 'utf8'), expected.url);
    const article = extractArticle(doc, { url: expected.url });
    text = article.text;
    result = analyze(article.text, { byline: article.byline, lang: article.lang });
  });

  it('names all ten people with their canonical names and no one else', () => {
    expect(result.people.map((p) => p.name).sort()).toEqual(expected.people.map((p) => p.name).sort());
    for (const name of expected.notPeople) expect(result.people.map((p) => p.name)).not.toContain(name);
  });

  it('gives the roles and aliases the text states', () => {
    for (const want of expected.people) {
      const got = result.people.find((p) => p.name === want.name)!;
      if (want.role) expect(got.role).toBe(want.role);
      for (const alias of want.aliases ?? []) expect(got.aliases).toContain(alias);
      for (const m of got.mentions) expect([got.name, ...got.aliases]).toContain(text.slice(m.start, m.end));
    }
  });

  it('finds every quote, in order, with its speaker and fragment flag', () => {
    expect(result.quotes.map((q) => ({ text: q.text, speaker: q.speaker, fragment: q.fragment }))).toEqual(
      expected.quotes.map((q) => ({ text: q.text, speaker: q.speaker, fragment: q.fragment ?? false })),
    );
  });

  it('gives the three "Russian officials" and two "State media" quotes to the groups, pointing at their words', () => {
    const groups = result.quotes.filter((q) => q.speaker === 'Russian officials' || q.speaker === 'State media');
    expect(groups).toHaveLength(5);
    for (const q of groups) expect(text.slice(q.speakerMention!.start, q.speakerMention!.end)).toBe(q.speaker);
  });

  it('links each person to the quotes attributed to them', () => {
    const putin = result.people.find((p) => p.name === 'Vladimir Putin')!;
    expect(putin.quotes.map((i) => result.quotes[i]!.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin']);
    const author = result.people.find((p) => p.role === 'author')!;
    expect(author.name).toBe('Rizik Alabi');
  });
});
