import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/nlp/index';

const people = (text: string, byline?: string, lang?: string) => analyze(text, { byline, lang }).people;
const names = (text: string, byline?: string, lang?: string) => people(text, byline, lang).map((p) => p.name);

describe('people', () => {
  it('strips titles and roles in front and keeps them as the role', () => {
    const [p] = people('Kenyan President William Ruto arrived in Oslo on Monday.');
    expect(p).toMatchObject({ name: 'William Ruto', role: 'Kenyan President' });
    expect(people('The council heard from local activist Dana Whitlow on Tuesday.')[0]).toMatchObject({ name: 'Dana Whitlow', role: 'local activist' });
  });

  it('strips abbreviations and hyphenated titles, and keeps first names that are also titles', () => {
    expect(people('U.N. Secretary-General Boutros Boutros-Ghali spoke. Wimbledon striker Dean Holdsworth scored.').map((p) => [p.name, p.role])).toEqual([
      ['Boutros Boutros-Ghali', 'Secretary-General'],
      ['Dean Holdsworth', null],
    ]);
  });

  it('takes a role from an appositive', () => {
    const [p] = people('Mara Quist, a spokeswoman for the Port Authority, said the tunnel would reopen.');
    expect(p).toMatchObject({ name: 'Mara Quist', role: 'a spokeswoman for the Port Authority' });
  });

  it('joins later surname-only mentions to the full name, with every mention', () => {
    const text = 'Dr. Ingrid Solheim led the study. Solheim said more work was needed. Solheim’s team agreed.';
    const [p] = people(text);
    expect(p!.name).toBe('Ingrid Solheim');
    expect(p!.aliases).toContain('Solheim');
    expect(p!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Ingrid Solheim', 'Solheim', 'Solheim']);
  });

  it('joins a short form of the first name to the full name', () => {
    expect(names('Joshua Apte, a professor, led the work. “It is bad,” said Josh Apte.')).toEqual(['Joshua Apte']);
  });

  it('keeps two people who share a surname apart', () => {
    const text = 'Olga Brandt runs the bakery with her brother, Piotr Brandt. Olga Brandt bakes; Brandt, the elder, sells.';
    expect(names(text)).toEqual(['Olga Brandt', 'Piotr Brandt']);
  });

  it('joins surnames with particles and double surnames', () => {
    expect(names('Rosa de la Vega spoke first. Later de la Vega left.')).toEqual(['Rosa de la Vega']);
    expect(names('Luis García Prieto, the judge, ruled. García Prieto then adjourned.')).toEqual(['Luis García Prieto']);
    expect(names('Ahmed al-Sharaa arrived. Al-Sharaa spoke.')).toEqual(['Ahmed al-Sharaa']);
  });

  it('does not take organisations, places and things named after people for people', () => {
    const text = [
      'Analysts at Morgan Stanley and researchers at Johns Hopkins University met near the Lincoln Memorial.',
      'Commuters at Victoria Station waited. The Media Line reported from Hong Kong.',
      'Procter & Gamble said sales rose. The investment bank J.P. Morgan advised.',
    ].join(' ');
    expect(names(text)).toEqual([]);
  });

  it('does not take a thing named after someone in Spanish "del …" for a person', () => {
    expect(names('La grada del Rafael Quintero despidió al equipo. Antonio Benítez del Valle habló después.', undefined, 'es')).toEqual([
      'Antonio Benítez del Valle',
    ]);
  });

  it('takes one unknown word that speaks for a person, unless the text names an organisation with it', () => {
    expect(names('Kurmanbek told reporters the vote was fair.')).toEqual(['Kurmanbek']);
    expect(names('Shares of Zentrox Mining Corp fell. Zentrox said output would recover.')).toEqual([]);
  });

  it('ignores datelines and sentence openers', () => {
    expect(names('[NAIROBI] Critics said the plan failed. Many Kenyans agreed. Economics Minister Tom Oduya disagreed.')).toEqual(['Tom Oduya']);
  });

  it('makes byline authors people with the role "author"', () => {
    const list = people('The river rose overnight.', 'By Jane Okafor and Tomás Reyes');
    expect(list).toEqual([
      expect.objectContaining({ name: 'Jane Okafor', role: 'author', mentions: [] }),
      expect.objectContaining({ name: 'Tomás Reyes', role: 'author', mentions: [] }),
    ]);
  });

  it('requires a first name or a title for German names (German capitalises nouns)', () => {
    const text = 'Nach der Anklage sprach Landrätin Katharina Vogt. Millionen Euro fehlen, sagte Vogt.';
    expect(names(text, undefined, 'de')).toEqual(['Katharina Vogt']);
  });

  it('finds Arabic names from given names, kunyas and particles', () => {
    const text = 'قال محمد عبد الرحيم إن المياه قليلة. وقالت أم سعيد إنها تنتظر. وأضاف عبد الرحيم أن الحل بعيد.';
    expect(names(text)).toEqual(['محمد عبد الرحيم', 'أم سعيد']);
  });
});
