import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ReadAloud, type Synth } from '../../src/ui/reader/read-aloud';

/** A speech engine that records what it is asked to say and finishes only when told. */
class FakeSynth implements Synth {
  spoken: SpeechSynthesisUtterance[] = [];
  cancelled = 0;
  speak(utterance: SpeechSynthesisUtterance): void {
    this.spoken.push(utterance);
  }
  cancel(): void {
    this.cancelled++;
    // Real engines report an interrupted utterance as an error.
    this.spoken.at(-1)?.onerror?.call(this.spoken.at(-1)!, {} as SpeechSynthesisErrorEvent);
  }
  finish(): void {
    const last = this.spoken.at(-1)!;
    last.onend?.call(last, {} as SpeechSynthesisEvent);
  }
}

function setup() {
  const { document } = new JSDOM(`<div id="body">
    <p>First   paragraph.</p>
    <figure><img src="x.png"><figcaption>A caption. <p>Photo: Someone</p></figcaption></figure>
    <ul><li>An item with <p>a nested paragraph</p></li></ul>
    <p>   </p>
    <h2>Last heading</h2>
  </div>`).window;
  const body = document.getElementById('body')!;
  const synth = new FakeSynth();
  const states: boolean[] = [];
  const make = (text: string) => ({ text, lang: '' }) as unknown as SpeechSynthesisUtterance;
  const reader = new ReadAloud(synth, make, body, 'en-GB', (speaking) => states.push(speaking));
  const marked = () => body.querySelector('.speaking')?.textContent?.trim();
  return { synth, reader, states, marked };
}

describe('read aloud', () => {
  it('reads block by block in the article’s language, marking the block being read', () => {
    const { synth, reader, states, marked } = setup();
    reader.start();
    expect(reader.speaking).toBe(true);
    expect(synth.spoken[0]).toMatchObject({ text: 'First paragraph.', lang: 'en-GB' });
    expect(marked()).toBe('First   paragraph.');
    synth.finish();
    // Captions are not read (they belong to the image, as they are left out of Article.text); a list
    // item is read whole, its nested paragraph not again; empty blocks are skipped.
    expect(synth.spoken[1]!.text).toBe('An item with a nested paragraph');
    synth.finish();
    expect(synth.spoken[2]!.text).toBe('Last heading');
    synth.finish();
    expect(synth.spoken).toHaveLength(3);
    expect(reader.speaking).toBe(false);
    expect(marked()).toBeUndefined();
    expect(states).toEqual([true, false]);
  });

  it('stops at once: speech cancelled, mark removed, and the interrupted block does not start the next', () => {
    const { synth, reader, states, marked } = setup();
    reader.start();
    reader.stop();
    expect(synth.cancelled).toBeGreaterThan(0);
    expect(synth.spoken).toHaveLength(1);
    expect(marked()).toBeUndefined();
    expect(states).toEqual([true, false]);
    synth.finish();
    expect(synth.spoken).toHaveLength(1);
  });
});
