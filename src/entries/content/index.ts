/**
 * Injected on demand into the active tab (scripting.executeScript under
 * activeTab). It only does what needs the live page: extract, highlight, and
 * fetch the article's images with the page's access (for saved copies), and
 * lay the reader over the page.
 */
import { extractArticle } from '../../core/extract/extract';
import { embedImages } from '../../core/serialize/images';
import { handleMessages, type TabProtocol } from '../../platform/messages';
import { highlightPassage } from './highlight';
import { loadImage } from './images';
import { closeReader, readerArticle, toggleReader } from './reader';

const FLAG = '__verbatimContentScript';
const scope = globalThis as unknown as Record<string, boolean | undefined>;

// executeScript may run this file again in the same page: answer only once.
if (!scope[FLAG]) {
  scope[FLAG] = true;
  handleMessages<TabProtocol>({
    extract: ({ force }) => extractArticle(document, { force, url: location.href }),
    highlight: ({ text, before }) => ({ found: highlightPassage(text, before) }),
    ping: () => ({ ready: true }),
    images: ({ sources }) => embedImages(sources, loadImage),
    readerToggle: ({ force }) => toggleReader(force),
    readerArticle: () => readerArticle(),
    readerClose: () => ({ closed: closeReader() }),
  });
}
