/**
 * Moments of a popup open, marked with performance.mark (relative to the
 * popup's navigation start) so `npm run bench:popup` and tests can read them.
 */
export const MARKS = {
  /** The popup asked the tab for its article. */
  extractRequested: 'verbatim:extract-requested',
  /** The progress indicator appeared (only when the extraction is slow). */
  loadingShown: 'verbatim:loading-shown',
  /** The article (header and body) has been painted. */
  articlePainted: 'verbatim:article-painted',
  /** Quotes and people are on screen. */
  analysisShown: 'verbatim:analysis-shown',
} as const;

/** Resolves after the next frame has been painted (rAF fires before paint; the task after it runs after). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
