/**
 * Readability discards, before scoring, every element whose class or id sounds like page furniture
 * ("header", "menu", "extra"…) — including a story's own subheadings when the CMS names them that
 * way (`<h2 class="header-anchor-post">`). A heading that opens a paragraph of story text is the
 * story's, whatever its class: its furniture-sounding class names are dropped on the clone.
 */
import { foldedText } from './dom';
import { byTag } from './walk';

/** The class words Readability treats as "unlikely candidates" (kept in step with its REGEXPS). */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
/** A paragraph of story text: a full sentence of some length. */
const STORY_PARAGRAPH = /^.{80,}[.!?…»”"'’)]$/su;

export function keepStoryHeadings(body: Element): void {
  for (const tag of HEADINGS) {
    for (const heading of byTag(body, tag)) {
      const names = heading.getAttribute('class');
      if (!names || !UNLIKELY.test(names)) continue;
      const next = heading.nextElementSibling;
      if (next?.tagName !== 'P' || !STORY_PARAGRAPH.test(foldedText(next)) || !foldedText(heading)) continue;
      heading.setAttribute('class', names.split(/\s+/).filter((name) => !UNLIKELY.test(name)).join(' '));
    }
  }
}
