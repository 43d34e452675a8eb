import type { ClutterRule } from './types';

const LEAD_INS =
  "read more|read also|also read|read next|related|see also|see more|more on this( story| topic)?|recommended|don't miss|must read|watch|on [\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,}|lire aussi|à lire aussi|a lire aussi|lire également|à lire également|voir aussi|sur le même sujet|mehr zum thema|lesen sie auch|auch interessant|siehe auch|leggi anche|vedi anche|potrebbe interessarti|lee también|leer también|lea también|te puede interesar|relacionad[oa]s?|ver también|leia também|leia mais|veja também|saiba mais|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|إقرأ أيضا|اقرأ المزيد|ذات صلة";

/** Lead-ins that mean "another story" only when a colon follows. */
const COLON_LEAD_INS = 'also|more|see|plus|voir|aussi|siehe|auch|ver|veja|leia|mais|además|también|أيضا';

/** Links to other stories dropped into or after the article. */
export const relatedRules: ClutterRule[] = [
  {
    kind: 'related',
    name: 'related.widget',
    selectors: ['.jp-relatedposts', '#jp-relatedposts', '.yarpp-related', '.crp_related', '.rp4wp-related-posts', '[data-module="related"]'],
    tokens: /^(related|more)[-_]?(articles?|posts?|stories|content|news|links|reads?|coverage)([-_].*)?$|^(recommended|recirculation|recirc|read[-_]next|also[-_]read|read[-_]more[-_]links|more[-_]from)([-_].*)?$/i,
  },
  {
    kind: 'related',
    name: 'related.hover-card',
    // A card that pops up over a linked name (photo, name again, that person's latest stories), kept
    // in the paragraph's markup: as text it glues headlines into the sentence.
    tokens: /^(rollover|hover|mouseover)[-_]?(people[-_]|person[-_]|author[-_]|profile[-_])?(card|block|box|popup|panel|preview)s?$|^hovercards?$/i,
  },
  {
    kind: 'related',
    name: 'related.inline-link',
    // "Read more: <a>Another headline</a>" — the lead-in, then (mostly) a link.
    // Short words lead in only with a colon ("Also: <a>See our Black Friday coverage</a>", "More: <a>…</a>").
    text: new RegExp(`^[\\s►▶»>•(\\[-]*(${LEAD_INS}|${COLON_LEAD_INS})\\s*[:：»>|•–—-]\\s*\\S.*$|^[\\s►▶»>•(\\[-]*(${LEAD_INS})\\s+\\S.*$`, 'iu'),
    max: 240,
    // Mostly link: "See also the <a>reserve table</a> and the <a>summary</a>." is a sentence of the story.
    minLinkShare: 0.6,
  },
  {
    kind: 'related',
    name: 'related.caps-lead-in',
    // "DON'T MISS<br><a>…</a> [WARNING]<br><a>…</a>": a lead-in in capitals, glued to the links after it
    // (a <br> puts no space into the text). Capitals and the links make it a label, not a sentence.
    text: /^[\s►▶»>•]*(DON['’]T MISS|READ MORE|READ ALSO|ALSO READ|SEE ALSO|RELATED|MORE ON THIS|MUST READ|RECOMMENDED|LIRE AUSSI|À LIRE AUSSI|MEHR ZUM THEMA|LESEN SIE AUCH|LEE TAMBIÉN|LEA TAMBIÉN|LEIA TAMBÉM|VEJA TAMBÉM)\s*[:：»>|•–—-]?\s*\S.*$/su,
    max: 400,
    minLinkShare: 0.6,
  },
  {
    kind: 'related',
    name: 'related.list',
    // A heading that introduces links to other stories, and the list that follows it.
    text: /^(more\s*:|related( articles| stories| posts| coverage| content| news| reading| topics| links)?|more (stories|news|articles|videos|headlines)( from [\p{L}\p{N} .'&-]{1,40})?|more from [\p{L}\p{N} .'&-]{1,40}|more( [\p{L}\p{N}'&-]{1,20}){1,3} (news|stories|articles|reads)|more on this( topic| story)?|more to read|you (may|might) (also )?(like|enjoy)|don't miss|editor's picks|popular (now|stories)|recommended( for you| stories| reading)?|most (read|popular|viewed|shared)|trending( now| stories)?|top stories|latest (news|stories)|what to read next|read next|read more|further reading|à lire aussi|les plus lus|sur le même sujet|dans la même rubrique|à voir aussi|weitere artikel|meistgelesen|das könnte sie auch interessieren|mehr zum thema|te puede interesar|lo más leído|más noticias|noticias relacionadas|también te puede interesar|leia também|veja também|mais lidas|notícias relacionadas|posts relacionados|artigos relacionados|matérias relacionadas|você também pode gostar|الأكثر قراءة|مواضيع ذات صلة|اقرأ أيضا|أخبار ذات صلة)\s*[:.…!]*$/iu,
    scope: 'links',
  },
  {
    kind: 'related',
    name: 'related.topics-line',
    // "See more on: Army, Iraq, Immigration" — topic pointers, linked or not.
    text: /^(see more on|more on|more about|related topics|topics|themen|sujets|temas)\s*:\s*\S.{0,160}$/iu,
    max: 200,
  },
  {
    kind: 'related',
    name: 'related.caps-link',
    // A linked headline in capitals dropped between paragraphs ("STORY CONTINUES: A LONG HISTORY OF …").
    text: /^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$/u,
    max: 200,
    minLinkShare: 0.9,
  },
  {
    kind: 'related',
    name: 'related.tags',
    // Topic tags under a story: a label, then links.
    tokens: /^(tags|tag[-_]?(list|links|cloud)|post[-_]tags|entry[-_]tags|article[-_]tags|story[-_]tags|tagcloud|topics[-_]list)$/i,
    // "Tags<br><a>…" folds to "Tagscalendario …" (a line break adds no text): the label may run into a lower-case link.
    text: /^(tags|tagged( with)?|topics|filed under|mots-clés|étiquettes|schlagwörter|themen|etiquetas|temas|الوسوم|كلمات مفتاحية)(\s*:?\s+|(?=\p{Ll}))\S.*$/iu,
    max: 400,
    minLinkShare: 0.5,
  },
];
