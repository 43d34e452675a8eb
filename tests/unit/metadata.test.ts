import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../src/core/extract/byline';
import { toIsoDate } from '../../src/core/extract/dates';
import { readJsonLd, findArticleNode } from '../../src/core/extract/jsonld';
import { guessLanguage, isRtlLanguage, normalizeLang } from '../../src/core/extract/language';
import { readMetadata, unescapeEntities } from '../../src/core/extract/metadata';
import { findPostNavigation } from '../../src/core/extract/navigation';
import { cleanTitle } from '../../src/core/extract/title';

const URL = 'https://news.example.test/2025/10/story/';
const doc = (html: string, url = URL) => new JSDOM(html, { url }).window.document;

describe('toIsoDate', () => {
  it.each([
    ['2025-10-21T09:14:00-05:00', '2025-10-21T09:14:00-05:00'],
    ['2025-10-21T23:30:00-0500', '2025-10-21T23:30:00-05:00'],
    ['2015-10-15 08:00:26', '2015-10-15T08:00:26'],
    ['2019-02-21T08:00:08.123Z', '2019-02-21T08:00:08Z'],
    ['2025-10-21', '2025-10-21'],
    ['October 21, 2025', '2025-10-21'],
    ['Updated Oct. 3, 2025 at 6:15 p.m.', '2025-10-03'],
    ['Thu, 22 Dec 2016 10:43:37 -0800', '2016-12-22'],
    ['21 octobre 2025', '2025-10-21'],
    ['3. März 2025', '2025-03-03'],
    ['5 de junio de 2025', '2025-06-05'],
    ['2025/06/05', '2025-06-05'],
    ['1760000000', '2025-10-09T08:53:20Z'],
  ])('%s → %s', (raw, iso) => expect(toIsoDate(raw)).toBe(iso));

  it.each(['', 'yesterday', '2025-13-40', 'February 30, 2025', 'Chapter 12'])('rejects %j', (raw) => expect(toIsoDate(raw)).toBeNull());
});

describe('cleanByline', () => {
  it.each([
    ['By Rizik Alabi/The Media Line', 'Rizik Alabi'],
    ['By JANE ROE and Tomás Ibarra, Staff Writers | Updated March 3, 2025 at 6:15 p.m.', 'Jane Roe and Tomás Ibarra'],
    ['By Priya Natarajan, Environment Correspondent', 'Priya Natarajan'],
    ['Jane Doe Senior Staff Writer', 'Jane Doe'],
    ['Written by Rob Ewaschuk Edited by Betsy Beyer', 'Rob Ewaschuk and Betsy Beyer'],
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger, Damien Leloup and Morgane Tual'],
    ['By Sam Whitlock | Football reporter at Dunmore Park | Sun 19 Oct 2025 17.41 BST', 'Sam Whitlock'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', 'Bradley M. Kuhn'],
    ['By Brenda  Goodman, MA', 'Brenda Goodman'],
    ['بقلم: سلمى الحداد', 'سلمى الحداد'],
    ['AFP', 'AFP'],
  ])('%j → %j', (raw, names) => expect(cleanByline(raw)).toBe(names));

  it.each(['Follow Author', 'Last Updated: January 7, 2025', 'By Our Foreign Staff', 'Sign In| Sign Up', 'https://example.test/author/jane'])('names nobody in %j', (raw) => {
    expect(cleanByline(raw)).toBeNull();
  });

  it('joins several credits without duplicates, as the page prints them when it does', () => {
    expect(cleanByline(['Stella Kim', 'Jennifer Jett', 'stella kim'])).toBe('Stella Kim and Jennifer Jett');
    expect(cleanByline(['Stella Kim', 'Jennifer Jett'], 'By Stella Kim, Jennifer Jett · 5 min read')).toBe('Stella Kim, Jennifer Jett');
  });
});

describe('cleanTitle', () => {
  const evidence = { siteNames: ['The Riverside Ledger'], host: 'riversideledger.test', headings: [] as string[] };
  it.each([
    ['Flood wall to be raised | The Riverside Ledger', 'Flood wall to be raised'],
    ['Flood wall to be raised – The Riverside Ledger', 'Flood wall to be raised'],
    ['The Riverside Ledger: Flood wall to be raised after floods', 'Flood wall to be raised after floods'],
    ['Riverside Ledger - Flood wall to be raised', 'Flood wall to be raised'],
    // A kicker that is not the site stays: it is part of the headline.
    ['The Media Line: For Syrians, Bloody Memories Loom', 'The Media Line: For Syrians, Bloody Memories Loom'],
    // A hyphen inside words is not a separator.
    ['Year-end flood-wall works', 'Year-end flood-wall works'],
  ])('%j → %j', (raw, title) => expect(cleanTitle(raw, evidence)).toBe(title));

  it('strips an unknown short site name after a dash or pipe only when a real headline stands before it', () => {
    const none = { siteNames: [], host: null, headings: [] };
    expect(cleanTitle('Lorem ipsum dolor sit amet – My website', none)).toBe('Lorem ipsum dolor sit amet');
    expect(cleanTitle('Budget vote – live', none)).toBe('Budget vote – live');
  });

  it('prefers the page headline found inside the title', () => {
    expect(cleanTitle('New Zealand - Wikipedia', { siteNames: [], host: 'en.wikipedia.org', headings: ['New Zealand'] })).toBe('New Zealand');
  });
});

describe('language', () => {
  it('normalizes tags', () => {
    expect(normalizeLang('en_us')).toBe('en-US');
    expect(normalizeLang('fr-FR, en')).toBe('fr-FR');
    expect(normalizeLang('not a language')).toBeNull();
  });
  it('knows the right-to-left languages', () => {
    expect(['ar', 'he-IL', 'fa', 'ur'].every(isRtlLanguage)).toBe(true);
    expect(isRtlLanguage('en')).toBe(false);
  });
  it.each([
    ['The council approved the budget on Tuesday and said that the reserve would fall, which was the main worry of the members of the board.', 'en'],
    ['Le conseil a approuvé le budget mardi et la réserve est en baisse, ce que les membres du conseil ne veulent pas pour la commune.', 'fr'],
    ['Der Rat hat den Haushalt am Dienstag beschlossen und die Rücklage ist nicht mehr so hoch, was auch die Mitglieder sich nicht wünschen.', 'de'],
    ['El consejo aprobó el presupuesto el martes y la reserva se reduce, algo que los miembros del consejo no quieren para la ciudad.', 'es'],
    ['افتتحت بلدية مدينة الواحة مكتبة عامة جديدة في حي النخيل يوم السبت بعد أعمال بناء استمرت عامين', 'ar'],
    ['עיריית העיר פתחה ספרייה ציבורית חדשה בשכונה ביום שבת לאחר שנתיים של עבודות בנייה', 'he'],
  ])('guesses %#', (text, lang) => expect(guessLanguage(text)).toBe(lang));
  it('does not guess from a few words', () => expect(guessLanguage('Hello world')).toBeNull());
});

describe('JSON-LD', () => {
  it('flattens @graph and arrays and finds the article node', () => {
    const page = doc(`<script type="application/ld+json">[{"@type":"WebSite","name":"S"},{"@graph":[{"@type":["NewsArticle"],"headline":"H"}]}]</script>`);
    expect(findArticleNode(readJsonLd(page))?.headline).toBe('H');
  });
  it('survives trailing commas and CDATA wrappers', () => {
    const page = doc(`<script type="application/ld+json">//<![CDATA[
{"@type":"BlogPosting","headline":"H",}
//]]></script>`);
    expect(findArticleNode(readJsonLd(page))?.headline).toBe('H');
  });
});

describe('readMetadata', () => {
  it('reads date and author through @id references of a @graph', () => {
    const meta = readMetadata(doc(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Article","headline":"Trams","datePublished":"2025-06-03T23:15:00+02:00","author":{"@id":"#p"},"publisher":{"@id":"#o"}},
      {"@type":"Person","@id":"#p","name":"Marta Kowalczyk"},{"@type":"Organization","@id":"#o","name":"Stadtkurier"}]}</script></head><body></body></html>`), URL);
    expect(meta.published).toBe('2025-06-03T23:15:00+02:00');
    expect(meta.byline).toBe('Marta Kowalczyk');
    expect(meta.siteName).toBe('Stadtkurier');
  });

  it.each([
    ['<meta property="article:published_time" content="2025-01-02T03:04:05Z">', '2025-01-02T03:04:05Z'],
    ['<meta name="parsely-pub-date" content="2025-01-02T03:04:05Z">', '2025-01-02T03:04:05Z'],
    ['<meta name="sailthru.date" content="2025-01-02 03:04:05">', '2025-01-02T03:04:05'],
    ['<meta name="DC.date.issued" content="2025-01-02">', '2025-01-02'],
    ['<meta itemprop="datePublished" content="2025-01-02">', '2025-01-02'],
  ])('reads the date from %s', (tag, iso) => {
    expect(readMetadata(doc(`<html><head>${tag}</head><body><p>x</p></body></html>`), URL).published).toBe(iso);
  });

  it('falls back to <time datetime> and then a date printed in the page', () => {
    expect(readMetadata(doc('<article><time datetime="2025-04-05T06:07:08+01:00">5 April</time></article>'), URL).published).toBe('2025-04-05T06:07:08+01:00');
    expect(readMetadata(doc('<article><div class="post-date">Posted April 5, 2025</div></article>'), URL).published).toBe('2025-04-05');
  });

  it('takes the canonical URL, the og:image and the direction, all absolute', () => {
    const meta = readMetadata(doc(`<html lang="he"><head><link rel="canonical" href="/canonical/"><meta property="og:image" content="/i.jpg"></head><body><p>x</p></body></html>`), URL);
    expect(meta.url).toBe('https://news.example.test/canonical/');
    expect(meta.leadImage).toBe('https://news.example.test/i.jpg');
    expect(meta.lang).toBe('he');
    expect(meta.dir).toBe('rtl');
  });

  it('decodes entities that CMSes escape twice', () => {
    expect(unescapeEntities('Caf&amp;#233; &#x1F62D; &#0;')).toBe('Café 😭 \ufffd');
  });
});

describe('findPostNavigation', () => {
  it('reads rel=next/prev links', () => {
    const nav = findPostNavigation(doc('<head><link rel="next" href="/p/2"></head><body><a rel="prev" href="/p/0">Older</a></body>'), URL);
    expect(nav).toEqual({ next: 'https://news.example.test/p/2', previous: 'https://news.example.test/p/0' });
  });
  it('reads WordPress post-navigation classes', () => {
    const nav = findPostNavigation(doc(`<nav class="navigation post-navigation"><div class="nav-links">
      <div class="nav-previous"><a href="/older/">The older story</a></div><div class="nav-next"><a href="/newer/">The newer story</a></div></div></nav>`), URL);
    expect(nav).toEqual({ next: 'https://news.example.test/newer/', previous: 'https://news.example.test/older/' });
  });
  it.each([
    ['Next article', 'Previous article'],
    ['Artículo siguiente', 'Artículo anterior'],
    ['Nächster Artikel', 'Vorheriger Artikel'],
    ['المقال التالي', 'المقال السابق'],
  ])('reads labels %s / %s', (next, previous) => {
    const nav = findPostNavigation(doc(`<div><a href="/a/"><span>${previous}</span> Story A</a> <a href="/b/">${next} →</a></div>`), URL);
    expect(nav).toEqual({ next: 'https://news.example.test/b/', previous: 'https://news.example.test/a/' });
  });
  it('does not take a headline that starts with "Next" for navigation', () => {
    expect(findPostNavigation(doc('<a href="/x/">Next generation batteries arrive</a>'), URL)).toEqual({ next: null, previous: null });
  });
});
