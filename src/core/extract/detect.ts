/**
 * Is this page an article? Pages that are not — section fronts and home pages,
 * search results, sign-in and sign-up pages, video pages, empty pages — get
 * `isArticle: false` and a reason a person can read. The evidence is structural
 * (what the page declares, its forms, its links) and the prose Readability found.
 */

import { isArticleType } from './jsonld';
import { countWords } from '../text';
import { findElements, TagIndex } from './walk';

export type PageKind = 'article' | 'empty' | 'short' | 'login' | 'signup' | 'search' | 'video' | 'section-front';

export interface Verdict {
  isArticle: boolean;
  kind: PageKind;
  reason: string | null;
}

export interface DetectInput {
  /** The page URL. */
  url: string;
  /** og:type, lower-cased. */
  ogType: string | null;
  /** JSON-LD types on the page, lower-cased. */
  ldTypes: string[];
  /** The extracted article text (blocks separated by blank lines). */
  text: string;
}

/** Below this many words of running prose a page is not an article (unless it declares itself one). */
const MIN_PROSE_WORDS = 50;

const REASONS: Record<Exclude<PageKind, 'article'>, string> = {
  empty: 'No readable article text was found on this page.',
  short: 'This page has too little running text to be an article.',
  login: 'This looks like a sign-in page (a password form and little text), not an article.',
  signup: 'This looks like a sign-up page (an account form and little text), not an article.',
  search: 'This looks like a page of search results, not an article.',
  video: 'This page is mainly a video with little text, not an article.',
  'section-front': 'This looks like a section front or home page (many headline links, little running text), not an article.',
};

const SIGNUP_WORDS = /sign[\s-]?up|register|create (?:an |your )?account|join (?:now|free|us)|s['’]inscrire|inscription|créer (?:un|votre) compte|registrieren|konto erstellen|regístrate|registrarse|crear (?:una )?cuenta|إنشاء حساب|تسجيل حساب|הרשמה/i;
const LOGIN_WORDS = /\b(?:log\s?in|sign\s?in)\b|connexion|se connecter|anmelden|einloggen|iniciar sesión|accedi|تسجيل الدخول|התחברות/i;
const SEARCH_WORDS = /search results|results for|résultats (?:de|pour)|suchergebnisse|ergebnisse für|resultados (?:de|para)|risultati (?:di|per)|نتائج البحث|תוצאות חיפוש/i;
const SEARCH_URL = /[?&](?:q|s|query|search|keywords?|term|text)=[^&]+|\/(?:search|suche|recherche|buscar|busqueda|ricerca)(?:\/|$|\?)/i;

/** Running prose: blocks of text that read as sentences, not labels or headline lists. */
function proseWords(text: string): { words: number; paragraphs: number } {
  let words = 0;
  let paragraphs = 0;
  for (const block of text.split(/\n\n+/)) {
    const count = countWords(block);
    // A sentence-like block: long enough and ending like a sentence, or long by itself.
    if ((count >= 12 && /[.!?。！？…"”»’)]\s*$/.test(block)) || count >= 30) {
      words += count;
      paragraphs++;
    }
  }
  return { words, paragraphs };
}

const SITE_CHROME = new Set(['NAV', 'FOOTER', 'HEADER']);
const isSiteChrome = (el: Element) => SITE_CHROME.has(el.tagName) || /^(?:navigation|contentinfo)$/.test(el.getAttribute('role') ?? '');

/** Links that read as headlines: several words, not in the site's menus or footer. */
function headlineLinks(doc: Document): number {
  if (!doc.body) return 0;
  const isHeadline = (el: Element) => {
    if (el.tagName !== 'A' || !el.hasAttribute('href')) return false;
    const words = countWords(el.textContent ?? '');
    return words >= 4 && words <= 30;
  };
  return findElements(doc.body, isHeadline, { skip: isSiteChrome }).length;
}

const PLAYER_SRC = /youtube|vimeo|dailymotion|jwplayer|brightcove|player/i;
const PLAYER_HOOK = /video-?player|jwplayer/i;
const isPlayer = (el: Element) =>
  el.tagName === 'VIDEO' || (el.tagName === 'IFRAME' && PLAYER_SRC.test(el.getAttribute('src') ?? '')) || el.hasAttribute('data-video-id') || PLAYER_HOOK.test(el.getAttribute('class') ?? '');

function visibleText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** `tags` indexes `doc` (the pipeline shares one index of the page between its readers). */
export function detectArticle(doc: Document, input: DetectInput, tags = new TagIndex(doc)): Verdict {
  const verdict = (kind: PageKind): Verdict => ({ isArticle: kind === 'article', kind, reason: kind === 'article' ? null : REASONS[kind] });
  const prose = proseWords(input.text);
  const totalWords = countWords(input.text);
  const declaresArticle = input.ldTypes.some(isArticleType) || input.ogType === 'article';
  const heading = () => `${doc.title} ${[...doc.querySelectorAll('h1, h2')].slice(0, 3).map(visibleText).join(' ')}`;

  // Account forms: a password field on a page with little prose of its own. Tested before "empty":
  // cleaning may leave a sign-in page no text at all (its "Sign in" heading is a label).
  const passwordFields = tags.all('input').filter((input) => input.getAttribute('type')?.toLowerCase() === 'password');
  const passwords = passwordFields.length;
  // Also with more text (terms, help) when the page's own title says it is the account form.
  if (passwords > 0 && (prose.words < 150 || (!declaresArticle && prose.words < 600 && (LOGIN_WORDS.test(heading()) || SIGNUP_WORDS.test(heading()))))) {
    const forms = [...new Set(passwordFields.map((input) => input.closest('form') ?? input.parentElement!))];
    const formText = forms.map(visibleText).join(' ') + ' ' + heading();
    return verdict(passwords > 1 || SIGNUP_WORDS.test(formText) ? 'signup' : 'login');
  }
  if (totalWords === 0) return verdict('empty');

  if (input.ldTypes.includes('searchresultspage') || (SEARCH_URL.test(input.url) && SEARCH_WORDS.test(heading()) && prose.words < 400)) return verdict('search');

  const videoDeclared = (input.ogType?.startsWith('video') ?? false) || (input.ldTypes.includes('videoobject') && !input.ldTypes.some(isArticleType));
  if (prose.words < 120 && (videoDeclared || (doc.body && findElements(doc.body, isPlayer, { limit: 1 }).length > 0))) return verdict('video');

  const frontDeclared = input.ldTypes.some((t) => t === 'collectionpage' || t === 'itemlist') && !input.ldTypes.some(isArticleType);
  if (frontDeclared && prose.words < 400) return verdict('section-front');
  // Many headline links, and what Readability found is mostly teaser labels rather than running prose.
  const teasers = prose.words < 80 || (prose.words / totalWords < 0.6 && prose.paragraphs < 8 && prose.words < 300);
  if (teasers && headlineLinks(doc) >= 12) return verdict('section-front');

  // Too little prose for an article, unless the page says it is one (a short brief).
  if (prose.words < MIN_PROSE_WORDS && !(declaresArticle && totalWords >= 40)) return verdict('short');
  return verdict('article');
}
