/**
 * Read the article aloud with the browser's own speech synthesis — the system's
 * default voice and rate — one block at a time, marking the block being read.
 */
import { NOT_TEXT } from '../../core/text';

/** The part of `speechSynthesis` used here (a fake stands in for it in unit tests). */
export interface Synth {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

export type MakeUtterance = (text: string) => SpeechSynthesisUtterance;

export const READ_BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, table';
/** What is read aloud is the running story, as `Article.text` is: captions belong to their image. */
const UNREAD = [...NOT_TEXT].join(', ');

export class ReadAloud {
  private blocks: HTMLElement[] = [];
  private index = -1;
  /** Kept referenced while speaking: some engines drop events of collected utterances. */
  private utterance: SpeechSynthesisUtterance | null = null;

  constructor(
    private readonly synth: Synth,
    private readonly makeUtterance: MakeUtterance,
    private readonly body: HTMLElement,
    private readonly lang: string | null,
    private readonly onChange: (speaking: boolean) => void,
  ) {}

  get speaking(): boolean {
    return this.index >= 0;
  }

  /** Start at the first block at or below `fromTop` pixels (the top of the viewport), or at the start. */
  start(fromTop = 0): void {
    this.stop();
    this.blocks = [...this.body.querySelectorAll<HTMLElement>(READ_BLOCKS)].filter(
      (block) => block.textContent?.trim() && !block.parentElement?.closest(READ_BLOCKS) && !block.closest(UNREAD),
    );
    if (this.blocks.length === 0) return;
    const first = this.blocks.findIndex((block) => block.getBoundingClientRect().bottom > fromTop);
    this.onChange(true);
    this.speak(Math.max(0, first));
  }

  stop(): void {
    const wasSpeaking = this.speaking;
    this.mark(null);
    this.index = -1;
    this.utterance = null;
    this.synth.cancel();
    if (wasSpeaking) this.onChange(false);
  }

  private speak(index: number): void {
    const block = this.blocks[index];
    if (!block) return this.stop();
    this.index = index;
    this.mark(block);
    const utterance = this.makeUtterance(block.textContent!.replace(/\s+/g, ' ').trim());
    if (this.lang) utterance.lang = this.lang;
    utterance.onend = () => {
      if (this.utterance === utterance) this.speak(index + 1);
    };
    utterance.onerror = () => {
      if (this.utterance === utterance) this.stop();
    };
    this.utterance = utterance;
    this.synth.speak(utterance);
  }

  private mark(block: HTMLElement | null): void {
    this.body.querySelector('.speaking')?.classList.remove('speaking');
    if (!block) return;
    block.classList.add('speaking');
    const box = block.getBoundingClientRect();
    const view = block.ownerDocument.defaultView;
    if (view && (box.top < 0 || box.bottom > view.innerHeight)) block.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}
