/**
 * Injected on demand into the active tab (scripting.executeScript under
 * activeTab). It only does what needs the live page: extract and highlight.
 */
import { extractArticle } from '../../core/extract/extract';
import { handleMessages, type TabProtocol } from '../../platform/messages';
import { highlightPassage } from './highlight';

const FLAG = '__verbatimContentScript';
const scope = globalThis as unknown as Record<string, boolean | undefined>;

// executeScript may run this file again in the same page: answer only once.
if (!scope[FLAG]) {
  scope[FLAG] = true;
  handleMessages<TabProtocol>({
    extract: ({ force }) => extractArticle(document, { force, url: location.href }),
    highlight: ({ text }) => ({ found: highlightPassage(text) }),
    ping: () => ({ ready: true }),
  });
}
