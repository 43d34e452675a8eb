/**
 * The popup's article view: header, removed-clutter line, the Article /
 * Quotes / People tabs and the action bar, put together from src/ui.
 * Quotes and people arrive later (`showAnalysis`), so the article paints first.
 */
import type { SaveFormat } from '../../core/serialize/formats';
import type { Analysis, Article, Quote } from '../../core/types';
import type { SaveResult } from '../../platform/save-copy';
import { renderActionBar, type Action } from '../../ui/action-bar';
import { announce, renderAnnouncer } from '../../ui/announcer';
import { renderArticleBody } from '../../ui/article-body';
import { renderArticleHeader } from '../../ui/article-header';
import { formatCitation } from '../../ui/citation';
import { copyText } from '../../ui/clipboard';
import { el } from '../../ui/dom';
import { textDirection } from '../../ui/format';
import { renderPeopleList } from '../../ui/people-list';
import { createQuotesPanel } from '../../ui/quotes-panel';
import { renderRemovedList } from '../../ui/removed-list';
import { saveBar } from '../../ui/save-bar';
import { renderStatus } from '../../ui/status';
import { renderTabs, selectTab, setTabCount, tabPanel } from '../../ui/tabs';

export interface PopupActions {
  /** Scroll the tab to a quote and highlight it; false when the page no longer has it. */
  showInPage(quote: Quote): Promise<boolean>;
  /** Save a clean copy (downloads and the library). */
  save(format: SaveFormat): Promise<SaveResult>;
  /** The library page, opened in a tab of its own. */
  libraryUrl: string;
  /** Lay the reader over the tab (the popup then closes). */
  openReader(): Promise<void>;
}

export interface ArticleView {
  element: HTMLElement;
  showAnalysis(analysis: Analysis): void;
  showAnalysisError(error: unknown): void;
}

export function renderArticleView(article: Article, actions: PopupActions): ArticleView {
  const lang = article.lang;
  const dir = textDirection(article);
  const announcer = renderAnnouncer();

  const tabs = renderTabs(
    [
      { id: 'article', label: 'Article', icon: 'page', content: renderArticleBody(article, { label: 'Article text' }) },
      { id: 'quotes', label: 'Quotes', icon: 'quote', content: renderStatus('loading', 'Finding quotes…') },
      { id: 'people', label: 'People', icon: 'person', content: renderStatus('loading', 'Finding people…') },
    ],
    { label: 'Views' },
  );

  // Adding an action (Reader mode, Save…) is one entry here.
  const pageActions: Action[] = [
    {
      id: 'reader-mode',
      label: 'Reader mode',
      icon: 'book',
      run: () => actions.openReader(),
    },
    {
      id: 'copy-text',
      label: 'Copy text',
      icon: 'copy',
      run: async () => {
        await copyText([article.title, article.text, article.url].filter(Boolean).join('\n\n'));
        return 'Article text copied';
      },
    },
  ];

  const element = el(
    'div',
    { class: 'popup' },
    el('div', { class: 'popup-header' }, renderArticleHeader(article, { titleId: 'article-title' }), renderRemovedList(article.removed)),
    tabs,
    el(
      'footer',
      { class: 'popup-footer' },
      renderActionBar(pageActions, { label: 'Article actions', announcer }),
      saveBar(actions.save),
      el('a', { class: 'library-link', href: actions.libraryUrl, target: '_blank' }, 'Open the library'),
      announcer,
    ),
  );

  function showAnalysis(analysis: Analysis): void {
    let speaker: string | null = null;
    const quotes = createQuotesPanel(analysis, {
      lang,
      dir,
      onCopy: async (quote, role) => {
        try {
          await copyText(formatCitation(quote, role, article));
          announce(announcer, 'Citation copied');
        } catch (error) {
          announce(announcer, `Could not copy: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
      onShow: async (quote) => {
        try {
          announce(announcer, (await actions.showInPage(quote)) ? 'Shown in the page' : 'This quote is no longer in the page');
        } catch (error) {
          announce(announcer, `Could not show it in the page: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
      onSpeakerChange: (next) => {
        speaker = next;
        for (const button of tabPanel(tabs, 'people').querySelectorAll<HTMLElement>('.vb-person')) {
          button.setAttribute('aria-pressed', String(button.dataset.person === speaker));
        }
      },
    });
    const people =
      analysis.people.length > 0
        ? renderPeopleList(analysis.people, {
            lang,
            dir,
            onSelect: (person) => {
              // Choosing the chosen person again shows everyone's quotes.
              quotes.setSpeaker(speaker === person.name ? null : person.name);
              selectTab(tabs, 'quotes');
              tabs.querySelector<HTMLElement>('#vb-tab-quotes')?.focus();
            },
          })
        : renderStatus('empty', 'No people are named in this article.');
    tabPanel(tabs, 'quotes').replaceChildren(quotes.element);
    tabPanel(tabs, 'people').replaceChildren(people);
    setTabCount(tabs, 'quotes', analysis.quotes.filter((q) => !q.fragment).length);
    setTabCount(tabs, 'people', analysis.people.length);
  }

  function showAnalysisError(error: unknown): void {
    const message = `Verbatim could not find quotes and people in this article (${error instanceof Error ? error.message : String(error)}).`;
    tabPanel(tabs, 'quotes').replaceChildren(renderStatus('error', message, { icon: 'alert' }));
    tabPanel(tabs, 'people').replaceChildren(renderStatus('error', message, { icon: 'alert' }));
  }

  return { element, showAnalysis, showAnalysisError };
}
