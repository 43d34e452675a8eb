// Checks the fixture suite itself: every folder has both files, expected.json follows FIXTURES.md, and every
// string it promises (passages, quotes, people) is really on the page. Failures name the fixture and string.
import { describe, expect, it } from 'vitest';
import { contentProblems, type Expected, loadFixtures, shapeProblems, totals, visibleText } from '../lib/fixtures.ts';

const fixtures = loadFixtures();

describe('fixture suite', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    it(`${fixture.slug}: source.html and a valid, page-consistent expected.json`, () => {
      const problems: string[] = [];
      if (fixture.html === null) problems.push('source.html is missing');
      if (fixture.parseError !== undefined) problems.push(`expected.json does not parse: ${fixture.parseError}`);
      else if (fixture.expected === undefined) problems.push('expected.json is missing');
      else {
        const shape = shapeProblems(fixture.expected);
        problems.push(...shape);
        if (shape.length === 0 && fixture.html !== null) problems.push(...contentProblems(fixture.expected as Expected, visibleText(fixture.html), fixture.html));
      }
      expect(problems.map((p) => `${fixture.slug}: ${p}`)).toEqual([]);
    });
  }

  it('reports its totals', () => {
    const valid = fixtures.filter((f) => f.expected !== undefined && shapeProblems(f.expected).length === 0).map((f) => f.expected as Expected);
    const t = totals(valid);
    console.log(`fixtures: ${t.articles} articles (${Object.entries(t.byLang).map(([l, n]) => `${l} ${n}`).join(', ')}), ${t.nonArticles} non-article pages; ${t.quotes} quotes (${t.nonFragmentQuotes} non-fragment); ${t.people} people`);
    expect(t.articles).toBeGreaterThan(0);
  });
});
