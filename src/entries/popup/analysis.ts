/**
 * Quotes and people, computed here from the article's text by src/core/nlp.
 * That module is large (a lexicon), so it is its own chunk: `preloadAnalyzer`
 * starts fetching it while the tab extracts, and `analyzeArticle` runs after
 * the article is painted.
 */
import type * as NlpModule from '../../core/nlp/index';
import type { Analysis, Article } from '../../core/types';

type Nlp = typeof NlpModule;
let nlp: Promise<Nlp> | null = null;

export function preloadAnalyzer(): Promise<Nlp> {
  nlp ??= import('../../core/nlp/index');
  return nlp;
}

export async function analyzeArticle(article: Pick<Article, 'text' | 'byline' | 'lang'>): Promise<Analysis> {
  const { analyze } = await preloadAnalyzer();
  return analyze(article.text, { byline: article.byline, lang: article.lang });
}
