// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Article, Person, Quote } from '../../src/core/types';
import { renderArticleBody } from '../../src/ui/article-body';
import { renderArticleHeader } from '../../src/ui/article-header';
import { formatCitation } from '../../src/ui/citation';
import { formatDate, siteLabel, textDirection } from '../../src/ui/format';
import { initials, renderPeopleList } from '../../src/ui/people-list';
import { renderQuoteList } from '../../src/ui/quote-list';
import { renderRemovedList } from '../../src/ui/removed-list';
import { renderStatus } from '../../src/ui/status';

function article(overrides: Partial<Article> = {}): Article {
  return {
    isArticle: true,
    reason: null,
    title: 'A headline',
    byline: 'Jane Doe',
    siteName: 'The Daily Test',
    published: '2025-10-21',
    lang: 'en',
    dir: null,
    url: 'https://example.test/story',
    excerpt: null,
    leadImage: null,
    html: '<p>Hello <a href="https://example.test/x">world</a>.</p>',
    text: 'Hello world.',
    wordCount: 2,
    readingMinutes: 4,
    next: null,
    previous: null,
    removed: [],
    ...overrides,
  };
}

function quote(text: string, speaker: string | null, fragment = false): Quote {
  return { text, speaker, fragment, confidence: 1, speakerMention: null, start: 0, end: text.length };
}

function person(name: string, role: string | null, mentions = 1, quotes: number[] = []): Person {
  return { name, role, aliases: [], mentions: Array.from({ length: mentions }, () => ({ start: 0, end: 1 })), quotes };
}

describe('renderArticleHeader', () => {
  it('shows site, title, byline, a Intl-formatted date and reading time', () => {
    const header = renderArticleHeader(article(), { locale: 'en-GB', titleId: 't' });
    expect(header.querySelector('h1#t')?.textContent).toBe('A headline');
    expect(header.querySelector('.vb-site')?.textContent).toBe('The Daily Test');
    expect(header.querySelector('.vb-byline')?.textContent).toBe('Jane Doe');
    expect(header.querySelector('time')?.textContent).toBe('21 Oct 2025');
    expect(header.querySelector('time')?.getAttribute('datetime')).toBe('2025-10-21');
    expect(header.querySelector('.vb-meta')?.textContent).toContain('4 mins read'); // en-GB's own short unit
  });

  it('leaves missing parts out instead of showing empty boxes', () => {
    const header = renderArticleHeader(article({ byline: null, published: null, siteName: null, url: null, readingMinutes: 0 }));
    expect(header.querySelector('.vb-site, .vb-meta, .vb-lead')).toBeNull();
  });

  it('shows an http(s) lead image only', () => {
    expect(renderArticleHeader(article({ leadImage: 'https://example.test/a.jpg' })).querySelector('.vb-lead img')?.getAttribute('src')).toBe('https://example.test/a.jpg');
    expect(renderArticleHeader(article({ leadImage: 'javascript:alert(1)' })).querySelector('.vb-lead')).toBeNull();
  });

  it('lays out a right-to-left article right to left, from dir or from lang', () => {
    expect(renderArticleHeader(article({ lang: 'ar', dir: null })).dir).toBe('rtl');
    expect(renderArticleHeader(article({ lang: 'en', dir: 'rtl' })).dir).toBe('rtl');
  });
});

describe('renderArticleBody', () => {
  it('inserts only sanitized markup and opens links in a new tab without referrer', () => {
    const body = renderArticleBody(article({ html: '<p onclick="x()">Hi<script>bad()</script><img src=x onerror="y()"></p><a href="https://e.test">l</a>' }));
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('[onclick], [onerror]')).toBeNull();
    expect(body.querySelector('a')?.getAttribute('target')).toBe('_blank');
    expect(body.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(body.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });
});

describe('renderQuoteList', () => {
  const people = [person('Ada Lovelace', 'mathematician', 2, [0])];

  it('shows each quote with its speaker and role, fragments marked', () => {
    const list = renderQuoteList([quote('We shall see.', 'Ada Lovelace'), quote('odd', null, true)], { people, lang: 'en', dir: null });
    const items = [...list.querySelectorAll('.vb-quote')];
    expect(items[0]?.querySelector('.vb-quote-name')?.textContent).toBe('Ada Lovelace');
    expect(items[0]?.querySelector('.vb-quote-role')?.textContent).toBe('mathematician');
    expect(items[1]?.classList.contains('vb-quote--fragment')).toBe(true);
    expect(items[1]?.querySelector('.vb-quote-name')?.textContent).toBe('Unattributed');
  });

  it('offers actions only when the caller handles them', () => {
    const copied: Array<[string, string | null]> = [];
    const bare = renderQuoteList([quote('Yes.', 'Ada Lovelace')], { people, lang: null, dir: null });
    expect(bare.querySelector('button')).toBeNull();
    const withActions = renderQuoteList([quote('Yes.', 'Ada Lovelace')], { people, lang: null, dir: null, onCopy: (q, role) => void copied.push([q.text, role]), onShow: () => undefined });
    const copy = withActions.querySelector<HTMLButtonElement>('[data-action="copy-citation"]')!;
    expect(withActions.querySelector('[data-action="show-in-page"]')).not.toBeNull();
    // Each button is described by its quote, so a screen reader says which quote it acts on.
    expect(withActions.querySelector(`#${copy.getAttribute('aria-describedby')}`)?.textContent).toBe('Yes.');
    copy.click();
    expect(copied).toEqual([['Yes.', 'mathematician']]);
  });
});

describe('renderPeopleList', () => {
  it('shows name, role and counts, with pressed state for the selected person', () => {
    const chosen: string[] = [];
    const list = renderPeopleList([person('Ada Lovelace', 'mathematician', 3, [0, 1]), person('Charles Babbage', null, 1)], {
      lang: 'en',
      dir: null,
      locale: 'en',
      selected: 'Ada Lovelace',
      onSelect: (p) => chosen.push(p.name),
    });
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button.vb-person')];
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false']);
    expect(buttons[0]?.querySelector('.vb-person-counts')?.textContent).toBe('3 mentions · 2 quotes');
    expect(buttons[1]?.querySelector('.vb-person-counts')?.textContent).toBe('1 mention · 0 quotes');
    expect(buttons[1]?.querySelector('.vb-person-role')).toBeNull();
    buttons[1]?.click();
    expect(chosen).toEqual(['Charles Babbage']);
  });

  it('makes initials from the first and last names, skipping name particles', () => {
    expect(initials('Ahmed al-Sharaa')).toBe('AS');
    expect(initials('Madonna')).toBe('M');
  });
});

describe('renderRemovedList', () => {
  it('is absent when nothing was removed', () => {
    expect(renderRemovedList([])).toBeNull();
  });

  it('says how many items were removed and lists what and why', () => {
    const details = renderRemovedList(
      [
        { kind: 'player', rule: 'player.carbonatix', text: 'Audio By Carbonatix' },
        { kind: 'ad', rule: 'label.advertisement', text: 'Advertisement' },
      ],
      { locale: 'en' },
    )!;
    expect(details.tagName).toBe('DETAILS');
    expect(details.querySelector('summary')?.textContent).toBe('Removed 2 clutter items');
    const first = details.querySelector('li')!;
    expect(first.querySelector('.vb-removed-kind')?.textContent).toBe('Audio or video player');
    expect(first.querySelector('.vb-removed-text')?.textContent).toBe('Audio By Carbonatix');
    expect(first.querySelector('.vb-removed-rule')?.textContent).toBe('player.carbonatix');
  });
});

describe('renderStatus', () => {
  it('makes errors alerts and other states polite status messages', () => {
    expect(renderStatus('error', 'Broken').getAttribute('role')).toBe('alert');
    expect(renderStatus('notice', 'Fine').getAttribute('role')).toBe('status');
  });

  it('shows a labelled progress bar while loading, and an action button when given', () => {
    expect(renderStatus('loading', 'Reading…').querySelector('[role="progressbar"]')?.getAttribute('aria-label')).toBe('Reading…');
    let ran = 0;
    const box = renderStatus('notice', 'Not an article', { state: 'not-article', action: { label: 'Extract anyway', run: () => ran++ } });
    expect(box.dataset.state).toBe('not-article');
    box.querySelector('button')!.click();
    expect(ran).toBe(1);
  });
});

describe('format', () => {
  it('shows a bare date as that calendar day in every time zone', () => {
    expect(formatDate('2025-10-21', 'en-US')).toBe('Oct 21, 2025');
    expect(formatDate('not a date', 'en-US')).toBeNull();
  });

  it('falls back to the host for the site name and derives direction from the language', () => {
    expect(siteLabel({ siteName: null, url: 'https://www.example.test/a' })).toBe('example.test');
    expect(textDirection({ dir: null, lang: 'he-IL' })).toBe('rtl');
    expect(textDirection({ dir: null, lang: 'fr' })).toBe('ltr');
    expect(textDirection({ dir: null, lang: null })).toBeNull();
  });
});

describe('formatCitation', () => {
  it('gives the words, the speaker and role, and where they were quoted', () => {
    expect(formatCitation(quote('We shall see.', 'Ada Lovelace'), 'mathematician', article())).toBe(
      '“We shall see.”\n— Ada Lovelace, mathematician, quoted in “A headline”, The Daily Test, https://example.test/story',
    );
    expect(formatCitation(quote('Hm.', null), null, article({ siteName: null, url: null }))).toBe('“Hm.”\n— Unattributed, quoted in “A headline”');
  });
});
