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
    text: /^(written by [\p{Lu}][\p{L}'’.-]+( [\p{L}'’.-]+){0,4}|about the (author|writer|reporter)s?|about the contributors?|à propos de l'auteur(e)?|l'auteur|über (den|die) autor(in)?|zur autorin|zum autor|sobre (el|la) autor(a)?|acerca del autor|عن الكاتب|نبذة عن الكاتب)\s*:?$/iu,
    scope: 'box',
    box: 700,
  },
  {
    kind: 'author-bio',
    name: 'author-bio.line',
    // What a byline block adds about its author: a role alone, "Reporting from …", follower counts, "More about X".
    text: /^([\p{L}'’-]+ ){0,3}(correspondent|reporter|editor|writer|columnist|contributor|producer|journalist|critic|analyst|photographer|korrespondent(in)?|redakteur(in)?|reporter(in)?|journaliste|rédact(eur|rice)|envoyée? spéciale?|corresponsal|redactor(a)?|periodista|مراسل|محرر)$|^(reporting|reported|writing) from [\p{Lu}].{0,60}$|^[\d.,]+\s?[km]? (followers|abonnés|follower|seguidores|متابع)$|^more (about|from|by) [\p{Lu}][\p{L}'’.-]+( [\p{Lu}][\p{L}'’.-]+){0,3}$/iu,
    max: 80,
  },
  {
    kind: 'author-bio',
    name: 'author-bio.about-section',
    // A press release's closing "About Acme" boilerplate: the heading and its paragraphs.
    // A name, not a sentence: "About Lute. He felt worse about that now." is story text.
    text: /^([Aa]bout|[Àà] propos de|[Üü]ber|[Aa]cerca de|[Ss]obre|نبذة عن|عن) (?!.*[.!?] )[\p{Lu}][\p{L}\p{N}.&'’ -]{1,40}$/u,
    scope: 'section',
    box: 1500,
  },
];
