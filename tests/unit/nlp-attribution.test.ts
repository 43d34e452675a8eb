import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/nlp/index';

const speakers = (text: string, lang?: string) => analyze(text, { lang }).quotes.map((q) => q.speaker);

describe('quote attribution', () => {
  it.each([
    ['“…,” X said', '“The river is higher than in 1993,” Helen Ward said.', 'Helen Ward'],
    ['“…,” said X, the …', '“We have never seen this,” said Tomas Lindgren, the county engineer.', 'Tomas Lindgren'],
    ['X said, “…”', 'Aylin Demir said, “We open on Friday.”', 'Aylin Demir'],
    ['according to X', 'According to Paul Meyer, “the numbers do not add up.”', 'Paul Meyer'],
    ['X told Reuters', 'Nadia Kern told Reuters, “The deal is done.”', 'Nadia Kern'],
    ['X wrote on X', 'Gabriel Osei wrote on X: “Proud of this team.”', 'Gabriel Osei'],
    ['title with a period', '“It is a kind of pull,” said Dr. Ines Marlow, an ornithologist.', 'Ines Marlow'],
    ['for his part, X affirmed that', 'Karl Benning, for his part, affirmed that “the port will stay open.”', 'Karl Benning'],
    ['appositive name', 'The shadow minister, Rhian Powys, said the plan was “a tax on work.”', 'Rhian Powys'],
    ['relative clause between', 'Omar Haddad, who has run the shop since 1990, told the court that it was “a family business.”', 'Omar Haddad'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('resolves he/she to the right named person, not the nearest name', () => {
    const text = [
      'Coach Henrik Dahl was furious after the match.',
      'He questioned a decision when his striker went down under a challenge from Luis Ortega.',
      '“Everyone saw it,” he said.',
    ].join(' ');
    expect(speakers(text)).toEqual(['Henrik Dahl']);
    const two = 'Mayor Joan Pike met Tom Reyes. Reyes left early. “We will get through it,” she said.';
    expect(speakers(two)).toEqual(['Joan Pike']);
  });

  it('keeps group speakers as groups instead of forcing them onto a nearby person', () => {
    const text = 'Kremlin officials, according to media accounts of the talks with Omar Saleh, dismissed as “unrealistic” any handover, insisting he “was elected” and warning it “could cost lives.” State media touted a “warm welcome.”';
    expect(speakers(text)).toEqual(['Kremlin officials', 'Kremlin officials', 'Kremlin officials', 'State media']);
  });

  it('gives the organisation for a spokesperson speaking for it', () => {
    expect(speakers('A spokesperson for the Rail Board said fares were “still recovering.”')).toEqual(['the Rail Board']);
  });

  it('keeps a spokesperson for a person apart from that person', () => {
    expect(speakers('Governor Ray Colt met the board. A spokesman for Colt said he was “reading it carefully.”')).toEqual(['A spokesman for Colt']);
  });

  it('gives a role noun with no name to the person the paragraph is about', () => {
    const text = 'El equipo entrenó bajo las órdenes de Óscar Lafuente. «Es una final», resumió el técnico interino a los periodistas.';
    expect(speakers(text, 'es')).toEqual(['Óscar Lafuente']);
  });

  it('does not refer an indefinite role back to someone named before', () => {
    expect(speakers('Officers found Dana Webb at home. “Step out,” an officer said.')).toEqual(['an officer']);
  });

  it('reads the Arabic subject after the verb even after a leading adverbial', () => {
    expect(speakers('وحتى ذلك الحين، تقول أم سعيد إنها ستنتظر: «ربما يأتي المطر».', 'ar')).toEqual(['أم سعيد']);
  });

  it('carries the speaker to a follow-on quote in the same paragraph', () => {
    expect(speakers('“We will get through it,” Ana Ruiz said. “We always do.”')).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    const [a, b] = analyze('“We will get through it,” Ana Ruiz said. “We always do.”').quotes;
    expect(a!.speakerMention).toEqual(b!.speakerMention);
    expect(a!.speakerMention).not.toBe(b!.speakerMention);
  });

  it('takes the subject of a participle or coordinated verb', () => {
    expect(speakers('Ivo Marsh cited a decade of ties, calling them a “deep friendship.”')).toEqual(['Ivo Marsh']);
  });

  it('leaves a quote nobody can be named for unattributed', () => {
    expect(speakers('The sign on the door read “closed until further notice.”')).toEqual([null]);
  });

  it.each([
    ['French inverted', '« Nous ne partirons pas », a déclaré Claire Morel.', 'fr', 'Claire Morel'],
    ['French a-t-elle ajouté', 'Claire Morel a visité le site. « C’est un scandale », a-t-elle ajouté.', 'fr', 'Claire Morel'],
    ['French selon', 'Selon Jean Dupuis, « la ligne ouvrira en 2031 ».', 'fr', 'Jean Dupuis'],
    ['German sagte sie', 'Anna Keller leitet den Hof. „Wir machen weiter“, sagte sie.', 'de', 'Anna Keller'],
    ['German so X', '„Der Wolf bleibt“, so Ministerin Petra Lang.', 'de', 'Petra Lang'],
    ['German erklärte', 'Stefan Roth erklärte: „Die Kontrollen waren lückenhaft.“', 'de', 'Stefan Roth'],
    ['Spanish dijo', '“No nos vamos a ir”, dijo Carmen Ortiz.', 'es', 'Carmen Ortiz'],
    ['Spanish según', 'Según Pablo Ruiz, “el club no tiene dinero”.', 'es', 'Pablo Ruiz'],
    ['Spanish afirmó', 'Lucía Gómez afirmó que “el agua llegará en marzo”.', 'es', 'Lucía Gómez'],
    ['Arabic qala', '«الوضع صعب جدا»، قال محمد عبد الرحيم.', 'ar', 'محمد عبد الرحيم'],
    ['Arabic qalat', 'وقالت أم سعيد إن «الماء لا يكفي».', 'ar', 'أم سعيد'],
    ['Arabic bihasab', 'وارتفعت الأسعار «بشكل غير مسبوق» بحسب الوزارة.', 'ar', 'الوزارة'],
  ])('%s', (_name, text, lang, speaker) => {
    expect(speakers(text, lang)).toEqual([speaker]);
  });
});
