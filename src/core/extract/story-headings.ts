/**
 * Readability discards, before scoring, every element whose class or id sounds like page furniture
 * ("header", "menu", "extra"…) — including a story's own subheadings when the CMS names them that
 * way (`<h2 class="header-anchor-post">`). A heading that opens a paragraph of story text is the
 * story's, whatever its class: its furniture-sounding class names are dropped on the clone.
 */
import { foldedText } from './dom';
import type { Facts } from './selector-index';

/** The class words Readability treats as "unlikely candidates" (kept in step with its REGEXPS). */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const HEADING = /^H[2-6]$/;
/** A paragraph of story text: a full sentence of some length. */
const STORY_PARAGRAPH = /^.{80,}[.!?…»”"'’)]$/su;

/** A subheading with class names, seen by the markup walk (so no second walk is needed to find them). */
export function isClassedHeading(facts: Facts): boolean {
  return HEADING.test(facts.tag) && facts.classes.length > 0;
}

/** `headings`: the page's classed subheadings (see isClassedHeading); those the cleaning dropped are skipped. */
export function keepStoryHeadings(body: Element, headings: Element[]): void {
  for (const heading of headings) {
    const names = heading.getAttribute('class');
    if (!names || !UNLIKELY.test(names) || !body.contains(heading)) continue;
    const next = heading.nextElementSibling;
    if (next?.tagName !== 'P' || !STORY_PARAGRAPH.test(foldedText(next)) || !foldedText(heading)) continue;
    heading.setAttribute('class', names.split(/\s+/).filter((name) => !UNLIKELY.test(name)).join(' '));
  }
}
