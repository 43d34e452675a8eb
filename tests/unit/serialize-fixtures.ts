import { JSDOM } from 'jsdom';
import type { DomWindow } from '../../src/core/serialize/window';
import type { Analysis, Article } from '../../src/core/types';

/** A jsdom window for the serializers (they need DOMParser and a sanitizer). */
export function domWindow(): DomWindow {
  return new JSDOM('<!doctype html><html><body></body></html>').window as unknown as DomWindow;
}

export function article(html: string, overrides: Partial<Article> = {}): Article {
  return {
    isArticle: true,
    reason: null,
    title: 'A test article',
    byline: 'Jane Roe',
    siteName: 'Example News',
    published: '2025-10-21T08:00:00Z',
    lang: 'en',
    dir: null,
    url: 'https://news.example/story',
    excerpt: null,
    leadImage: null,
    html,
    text: 'Body text.',
    wordCount: 2,
    readingMinutes: 1,
    next: null,
    previous: null,
    removed: [],
    ...overrides,
  };
}

export const NO_ANALYSIS: Analysis = { quotes: [], people: [] };

export const ANALYSIS: Analysis = {
  quotes: [
    { start: 40, end: 60, text: 'deeply rooted friendship.', speaker: 'Vladimir Putin', fragment: true, confidence: 0.8, speakerMention: null },
    { start: 0, end: 30, text: 'We said "no" — and\nmeant it: #1 \\ done', speaker: 'Umm Muhammad', fragment: false, confidence: 0.9, speakerMention: null },
    { start: 70, end: 80, text: 'unattributed words', speaker: null, fragment: false, confidence: 0.5, speakerMention: null },
  ],
  people: [
    { name: 'Ahmed al-Sharaa', role: 'Syrian President', aliases: ['al-Sharaa'], mentions: [], quotes: [] },
    { name: 'Umm Muhammad', role: null, aliases: [], mentions: [], quotes: [1] },
  ],
};
