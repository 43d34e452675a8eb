import type { ClutterRule } from './types';

const PREV_NEXT =
  'previous|prev|next|older|newer|précédent|precedent|suivant|vorheriger|vorherige|nächster|nächste|zurück|weiter|anterior|siguiente|السابق|التالي';

/** Previous/Next navigation between stories (the links themselves are metadata, read from the page). */
export const navigationRules: ClutterRule[] = [
  {
    kind: 'navigation',
    name: 'navigation.prev-next',
    selectors: ['a[rel="prev"]', 'a[rel="next"]'],
    tokens: /^((post|article|story|entry|single)[-_]?(navigation|nav|pagination|prev[-_]?next)|nav[-_](previous|next|links|single)|(prev|previous|next)[-_](post|article|story|entry|link|links)|prev[-_]next|pager|post[-_]nav[-_]links)$/i,
  },
  {
    kind: 'navigation',
    name: 'navigation.menu',
    // Site menus: <nav> and navigation landmarks (never one that holds the story: see holdsStory).
    selectors: ['nav', '[role="navigation"]', '[role="menubar"]'],
  },
  {
    kind: 'navigation',
    name: 'navigation.breadcrumb',
    selectors: ['[aria-label="breadcrumb"]', '[aria-label="Breadcrumb"]', '[itemtype="https://schema.org/BreadcrumbList"]', '[itemtype="http://schema.org/BreadcrumbList"]'],
    tokens: /^(breadcrumbs?|crumbs|breadcrumb[-_].*|.*[-_]breadcrumbs?)$/i,
    // "Home › News › Science": links joined by separators, nothing else.
    text: /^[^›»>/|]{1,40}(\s*[›»>/|]\s*[^›»>/|]{1,60}){1,5}$/u,
    max: 160,
    minLinkShare: 0.6,
  },
  {
    kind: 'navigation',
    name: 'navigation.pager-count',
    // Where a pager or a rail of thumbnails stands: "1 - 5 of 36", "Page 2 of 4".
    text: /^(\d{1,4}\s*[-–—]\s*\d{1,4}|(page|seite|página|pagina|صفحة)\s*\d{1,4})\s+(of|von|de|sur|di|من)\s+\d{1,5}$/iu,
  },
  {
    kind: 'navigation',
    name: 'navigation.label',
    text: new RegExp(`^[«‹←<\\s]*((${PREV_NEXT})( (post|article|story|entry|page|artikel|beitrag|noticia|artículo))?|article (précédent|suivant)|artículo (anterior|siguiente)|(vorheriger|nächster) (artikel|beitrag)|المقال (السابق|التالي)|الخبر (السابق|التالي))[»›→>:\\s]*$`, 'iu'),
  },
  {
    kind: 'navigation',
    name: 'navigation.linked-title',
    // "Previous article: <a>Headline</a>" — a label then another story's title, all link text.
    text: new RegExp(`^[«‹←<\\s]*((${PREV_NEXT})( (post|article|story|entry|artikel|beitrag|noticia|artículo))?|article (précédent|suivant)|artículo (anterior|siguiente)|المقال (السابق|التالي))\\s*[»›→>:–-]?\\s+\\S.*$`, 'iu'),
    max: 200,
    minLinkShare: 0.7,
  },
];
