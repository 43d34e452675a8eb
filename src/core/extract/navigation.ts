/**
 * Previous/next links of a story (post navigation, pagination), read from the
 * original page before cleaning removes the navigation from the article.
 */

import { absoluteUrl } from './images';
import { byTag, findElements, TagIndex } from './walk';

export interface PostNavigation {
  next: string | null;
  previous: string | null;
}

type Direction = keyof PostNavigation;

// Class hooks of post-navigation widgets: nav-next, next-post, post-navigation__prev, pagination-next, older-posts…
const CLASS_HINT = /(?:^|[\s_-])(next|prev|previous|newer|older)(?:[\s_-]|$)/i;
const NEXT_LABEL = /^(?:next|next (?:article|post|story|page|entry)|newer(?: posts?)?|suivant|article suivant|page suivante|weiter|nächste(?:r|s)?(?: (?:artikel|seite|beitrag))?|siguiente|artículo siguiente|próximo|proximo|successivo|articolo successivo|volgende|التالي|المقال التالي|הבא|следующая|далее)$/i;
const PREVIOUS_LABEL = /^(?:prev|previous|previous (?:article|post|story|page|entry)|older(?: posts?)?|précédent|precedent|article précédent|page précédente|zurück|vorherige(?:r|s)?(?: (?:artikel|seite|beitrag))?|anterior|artículo anterior|precedente|articolo precedente|vorige|السابق|المقال السابق|הקודם|предыдущая|назад)$/i;
const ARROWS = /^[\s«»‹›←→<>|:·•–—-]+|[\s«»‹›←→<>|:·•–—-]+$/g;

function label(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').replace(ARROWS, '').trim();
}

function directionOfLabel(text: string | null | undefined): Direction | null {
  const clean = label(text);
  if (NEXT_LABEL.test(clean)) return 'next';
  if (PREVIOUS_LABEL.test(clean)) return 'previous';
  return null;
}

function directionOfClass(element: Element): Direction | null {
  const hint = CLASS_HINT.exec(element.getAttribute('class') ?? '')?.[1]?.toLowerCase();
  if (!hint) return null;
  return hint === 'next' || hint === 'newer' ? 'next' : 'previous';
}

/** Direction of a link by its text or the text of one of its parts ("<span>Previous</span> Headline of the story"). */
function directionOfLink(link: Element): Direction | null {
  const text = link.textContent ?? '';
  if (text.length > 200) return null;
  const own = directionOfLabel(text) ?? directionOfLabel(link.getAttribute('aria-label')) ?? directionOfLabel(link.getAttribute('title'));
  if (own) return own;
  // By element pointers: `children` would build a live collection for every link of the page.
  for (let part = link.firstElementChild; part; part = part.nextElementSibling) {
    const direction = directionOfLabel(part.textContent);
    if (direction) return direction;
  }
  // "Next: Headline" / "Previous article – Headline"
  const prefix = /^([^:–—|]{3,30})\s*[:–—|]/.exec(label(text))?.[1];
  return prefix ? directionOfLabel(prefix) : null;
}

/** `tags` indexes `doc` (the pipeline shares one index of the page between its readers). */
export function findPostNavigation(doc: Document, baseUrl: string, tags = new TagIndex(doc)): PostNavigation {
  const found: PostNavigation = { next: null, previous: null };
  const own = absoluteUrl(baseUrl, baseUrl)?.replace(/#.*$/, '');
  const take = (direction: Direction | null, href: string | null | undefined) => {
    if (!direction || found[direction]) return;
    const url = absoluteUrl(href, baseUrl);
    if (url && !url.startsWith('#') && url.replace(/#.*$/, '') !== own && /^https?:|^file:/i.test(url)) found[direction] = url;
  };
  const body = doc.body;
  const anchors = body ? tags.all('a').filter((a) => a.hasAttribute('href') && body.contains(a)) : [];
  for (const link of [...tags.all('link'), ...anchors]) {
    const rel = ` ${(link.getAttribute('rel') ?? '').toLowerCase()} `;
    if (rel.length > 2) take(rel.includes(' next ') ? 'next' : rel.includes(' prev ') || rel.includes(' previous ') ? 'previous' : null, link.getAttribute('href'));
  }
  if (found.next && found.previous) return found;
  if (!body) return found;
  // Post-navigation widgets by class: the hooked element is the link, or holds its one or two links.
  for (const element of findElements(body, (el) => CLASS_HINT.test(el.getAttribute('class') ?? ''))) {
    const direction = directionOfClass(element);
    if (!direction || found[direction]) continue;
    const links = element.tagName === 'A' ? [element] : byTag(element, 'a').filter((a) => a.hasAttribute('href'));
    if (links.length >= 1 && links.length <= 2) take(direction, links[0]!.getAttribute('href'));
  }
  // Links labelled "Next", "Article suivant", "السابق"…
  for (const link of anchors) {
    if (found.next && found.previous) break;
    take(directionOfLink(link), link.getAttribute('href'));
  }
  return found;
}
