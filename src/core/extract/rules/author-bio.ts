import type { ClutterRule } from './types';

/** "About the author" boxes after the story (the byline itself is metadata). */
export const authorBioRules: ClutterRule[] = [
  {
    kind: 'author-bio',
    name: 'author-bio.box',
    selectors: ['.saboxplugin-wrap', '.abh_box', '.molongui-author-box', '.wp-block-post-author'],
    tokens: /^(author[-_]?(bio|box|info|card|profile|description|details|about|block)|about[-_]?(the[-_])?author|post[-_]?author[-_]?(bio|box|info)|entry[-_]author[-_]info|byline[-_]?bio|contributor[-_]?(bio|box))([-_].*)?$/i,
  },
  {
    kind: 'author-bio',
    name: 'author-bio.heading',
    text: /^(about the (author|writer|reporter)s?|about the contributors?|à propos de l'auteur(e)?|l'auteur|über (den|die) autor(in)?|zur autorin|zum autor|sobre (el|la) autor(a)?|acerca del autor|عن الكاتب|نبذة عن الكاتب)\s*:?$/iu,
    scope: 'box',
    box: 700,
  },
];
