/**
 * The reader: an extension page shown in a full-viewport frame over the tab
 * (see content/reader-frame.ts). It asks the background for the tab's article,
 * renders it with the user's reading settings, and closes itself on Escape.
 */
import type { Article } from '../../core/types';
import { sendToBackground } from '../../platform/messages';
import { onSyncedChange, readSynced, writeSynced } from '../../platform/storage';
import { renderArticle, type ArticleView } from '../../ui/reader/article-view';
import { renderInsights } from '../../ui/reader/insights';
import { loadDyslexicFont } from '../../ui/reader/fonts';
import { jumpTo } from '../../ui/reader/jump';
import { trackProgress } from '../../ui/reader/progress';
import { ReadAloud } from '../../ui/reader/read-aloud';
import { applySettings, normalizeSettings, type ReaderSettings } from '../../ui/reader/settings';
import { el } from '../../ui/reader/dom';
import { settingsPanel } from '../../ui/reader/settings-panel';

const SETTINGS_KEY = 'readerSettings';
const PRINT_MESSAGE = 'verbatim:print';

const root = document.documentElement;
const main = document.getElementById('main')!;
const status = document.getElementById('status')!;
const settingsCard = document.getElementById('settings')!;
const settingsToggle = document.getElementById('settings-toggle') as HTMLButtonElement;
const listen = document.getElementById('listen') as HTMLButtonElement;
const insights = document.getElementById('insights')!;
const insightsToggle = document.getElementById('insights-toggle') as HTMLButtonElement;

let readAloud: ReadAloud | null = null;

function useSettings(settings: ReaderSettings): void {
  if (settings.font === 'dyslexic') loadDyslexicFont(document);
  applySettings(root, settings);
}

function setOpen(toggle: HTMLButtonElement, panel: HTMLElement, open: boolean): void {
  toggle.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
}

/** The side panel narrows the text column on wide screens rather than covering it. */
function showInsights(open: boolean): void {
  setOpen(insightsToggle, insights, open);
  root.classList.toggle('with-insights', open);
}

async function close(): Promise<void> {
  readAloud?.stop();
  await sendToBackground('readerClose', {});
}

function print(): void {
  readAloud?.stop();
  window.print();
}

function show(article: Article): void {
  const view = renderArticle(window, article);
  document.title = article.title;
  const toolbarTitle = document.getElementById('toolbar-title')!;
  toolbarTitle.textContent = article.title;
  if (article.lang) toolbarTitle.lang = article.lang;
  toolbarTitle.dir = article.dir ?? 'auto';
  main.replaceChildren(view.root);
  // The toolbar names the article once its own title has scrolled away.
  const heading = view.root.querySelector('h1');
  if (heading && 'IntersectionObserver' in window) {
    new IntersectionObserver(([entry]) => toolbarTitle.classList.toggle('shown', !entry?.isIntersecting), { rootMargin: '-60px 0px 0px 0px' }).observe(heading);
  }
  trackProgress(window, view.root, document.getElementById('progress')!);
  if (typeof speechSynthesis === 'undefined') {
    listen.hidden = true;
  } else {
    readAloud = new ReadAloud(speechSynthesis, (text) => new SpeechSynthesisUtterance(text), view.body, article.lang, (speaking) => {
      listen.setAttribute('aria-pressed', String(speaking));
      listen.textContent = speaking ? 'Stop' : 'Listen';
    });
  }
  main.focus({ preventScroll: true });
  // Without an analysis the article still reads; the panel's button just stays hidden.
  analyse(article, view).catch((error: unknown) => console.warn('Verbatim: quotes and people unavailable:', error));
}

/** Quotes and people: the analyzer is loaded only now, after the article is on screen. */
async function analyse(article: Article, view: ArticleView): Promise<void> {
  const { analyze } = await import('../../core/nlp/index');
  const analysis = analyze(article.text, { byline: article.byline, lang: article.lang });
  insights.replaceChildren(
    el('h2', { class: 'visually-hidden' }, 'Quotes and people'),
    renderInsights(analysis, {
      lang: article.lang,
      dir: article.dir,
      onJump: (span) => jumpTo(view.body, article.text, span),
    }),
  );
  insightsToggle.hidden = false;
}

function fail(message: string): void {
  status.textContent = message;
  status.setAttribute('role', 'alert');
}

function wireControls(settings: ReaderSettings): void {
  // This reader's own writes come back as change events, possibly after newer changes:
  // they are recognised and skipped, so a quick run of changes never flickers back.
  const ownWrites: string[] = [];
  const panel = settingsPanel(settings, (next) => {
    useSettings(next);
    ownWrites.push(JSON.stringify(next));
    void writeSynced(SETTINGS_KEY, next);
  });
  settingsCard.append(panel.element);
  onSyncedChange(SETTINGS_KEY, (value) => {
    const next = normalizeSettings(value);
    const own = ownWrites.indexOf(JSON.stringify(next));
    if (own >= 0) {
      ownWrites.splice(0, own + 1);
      return;
    }
    useSettings(next);
    panel.show(next);
  });

  settingsToggle.addEventListener('click', () => {
    const open = settingsCard.hidden;
    // The OpenDyslexic chip previews the font, so register it (local files) when the card opens.
    if (open) loadDyslexicFont(document);
    setOpen(settingsToggle, settingsCard, open);
    if (open) settingsCard.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  });
  insightsToggle.addEventListener('click', () => {
    const open = insights.hidden;
    showInsights(open);
    if (open) insights.querySelector<HTMLElement>('button')?.focus();
  });
  document.getElementById('close')!.addEventListener('click', () => void close());
  document.getElementById('print')!.addEventListener('click', print);
  listen.addEventListener('click', () => {
    if (!readAloud) return;
    if (readAloud.speaking) readAloud.stop();
    else readAloud.start(document.getElementById('toolbar')!.getBoundingClientRect().bottom);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      // Escape closes what is open on top first, the reader last.
      if (!settingsCard.hidden) {
        setOpen(settingsToggle, settingsCard, false);
        settingsToggle.focus();
      } else if (!insights.hidden) {
        showInsights(false);
        insightsToggle.focus();
      } else {
        void close();
      }
    } else if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p') {
      event.preventDefault();
      print();
    }
  });
  // Ctrl/Cmd+P pressed while focus is in the page beneath: the content script forwards it.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data === PRINT_MESSAGE) print();
  });
  // Speech belongs to the reader: it stops when the reader goes away, however it goes.
  window.addEventListener('pagehide', () => readAloud?.stop());
}

async function start(): Promise<void> {
  const stored = readSynced(SETTINGS_KEY).catch(() => undefined);
  const opened = sendToBackground('readerArticle', {});
  const settings = normalizeSettings(await stored);
  useSettings(settings);
  wireControls(settings);
  try {
    show(await opened);
  } catch (error) {
    fail(`Verbatim could not open the article: ${error instanceof Error ? error.message : String(error)}`);
  }
}

void start();
