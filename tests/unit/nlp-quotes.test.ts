import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/nlp/index';

const texts = (text: string) => analyze(text).quotes.map((q) => q.text);

describe('quote marks', () => {
  it.each([
    ['curly double', 'She said “we will rebuild the bridge” on Monday.', 'we will rebuild the bridge'],
    ['straight double', 'He called it "a disgrace to the county" twice.', 'a disgrace to the county'],
    ['curly single (British)', 'The minister said ‘the budget is final’ after the vote.', 'the budget is final'],
    ['straight single', "The coach said 'we were not ready' to reporters.", 'we were not ready'],
    ['French guillemets with no-break spaces', 'Il a dit «\u00a0nous partirons demain\u00a0» hier soir.', 'nous partirons demain'],
    ['German low-high', 'Sie sagte: „Wir bleiben hier.“ Dann ging sie.', 'Wir bleiben hier.'],
    ['German reversed guillemets', 'Er sagte: »Das Projekt ist tot.« Danach schwieg er.', 'Das Projekt ist tot.'],
    ['single guillemets', 'Le maire parle de ‹ gâchis total › devant le conseil.', 'gâchis total'],
    ['German single low-high', 'Er nannte es ‚Unsinn‘ und ging.', 'Unsinn'],
    ['corner brackets', 'She wrote 「the craft must survive」 in her notebook.', 'the craft must survive'],
    ['white corner brackets', 'The sign read 『closed for repairs』 all week.', 'closed for repairs'],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it('keeps the punctuation inside the marks', () => {
    expect(texts('“We are ready,” the mayor said.')).toEqual(['We are ready,']);
  });

  it('keeps nested quotes inside their outer quote and does not list them apart', () => {
    expect(texts('“My father always said ‘measure twice,’ and he was right,” she said.')).toEqual([
      'My father always said ‘measure twice,’ and he was right,',
    ]);
    expect(texts('«\u00a0Il m’a répondu “non” sans hésiter\u00a0», raconte-t-elle.')).toEqual(['Il m’a répondu “non” sans hésiter']);
  });

  it('does not take apostrophes for quote marks', () => {
    expect(texts("Don't stop: it's rock 'n' roll, and Syria’s teachers’ union agrees. The ’90s are back.")).toEqual([]);
    expect(texts("The band's 'greatest hits' tour isn't over.")).toEqual(['greatest hits']);
  });

  it('joins a quote that runs over paragraphs, without the repeated opening marks', () => {
    const text = 'She read the letter aloud. “We came here with nothing.\n\n“We built the shop with our hands.\n\n“We will not leave now,” she said.';
    const [q] = analyze(text).quotes;
    expect(q!.text).toBe('We came here with nothing.\n\nWe built the shop with our hands.\n\nWe will not leave now,');
    expect(text.slice(q!.start, q!.start + 10)).toBe('We came he');
    expect(text.slice(q!.end - 10, q!.end)).toBe('leave now,');
  });

  it('gives offsets of the quoted characters', () => {
    const text = 'Later, “this is fine,” he said.';
    const [q] = analyze(text).quotes;
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it('reads Spanish dash dialogue', () => {
    expect(texts('—¿Y adónde quieren que vaya? —pregunta—. Yo nací en este edificio.')).toEqual([
      '¿Y adónde quieren que vaya?',
      'Yo nací en este edificio.',
    ]);
  });

  it('marks a few quoted words inside narration as a fragment', () => {
    const [scare, whole] = analyze('Critics called the plan “a fiasco” on Monday. “We will fix it,” the mayor said.').quotes;
    expect(scare!.fragment).toBe(true);
    expect(whole!.fragment).toBe(false);
  });

  it('counts a pull quote that repeats the body once', () => {
    const body = '“Nobody told us the factory would close before Christmas,” said Maria Lopez, a line worker.';
    const text = `${body}\n\n“Nobody told us the factory would close before Christmas.”\n\nThe company declined to comment.`;
    expect(texts(text)).toEqual(['Nobody told us the factory would close before Christmas,']);
  });
});
