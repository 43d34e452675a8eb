import type { ClutterRule } from './types';

/** A word boundary that knows accented letters (`\b` in a JS pattern sees "è" as a non-word character). */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** A proper name as the subject of a sentence: "Acme", "Northwind Medical AG", "Bank of Avalon (BOA)". */
const NAME = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]*(?:[ -](?:[\\p{Lu}\\p{N}&][\\p{L}\\p{N}&.'’-]*|of|de|du|der|für|y|and|&)){0,6}(?: \\([^)]{1,30}\\))?";

/** What a company says about itself, and nobody else says of it in passing: its seat, its staff, where its shares trade. */
const CORPORATE = [
  'headquartered', 'head office', 'employs', 'employees', 'listed on', 'stock exchange', 'subsidiaries', 'founded in \\d{4}', 'traded on',
  'NYSE', 'NASDAQ', 'Nasdaq', 'in (?:over |more than )?\\d+ countries', 'for more information,? (?:please )?visit',
  'siège', 'emploie', 'collaborateurs', 'salariés', 'cotée? (?:sur|à|en)', 'Euronext', 'fondée? en \\d{4}', 'dans (?:plus de )?\\d+ pays',
  'Sitz in', 'Hauptsitz', 'beschäftigt', 'Mitarbeitende', 'Mitarbeiter(?:innen)?', 'börsennotiert', 'in (?:über |mehr als )?\\d+ Ländern', 'gegründet \\d{4}',
  'con sede en', 'sede (?:central )?en', 'emplea', 'empleados', 'cotiza en', 'fundada en \\d{4}', 'en (?:más de )?\\d+ países',
  'com sede em', 'sede em', 'emprega', 'funcionários', 'colaboradores', 'cotada', 'fundada em \\d{4}', 'em (?:mais de )?\\d+ países',
]
  .join('|');

/**
 * What sites put after the story's last paragraph. Each pattern is tried only on the article's
 * trailing blocks (`at: 'end'`), so a story sentence that mentions a subscription, a forum or a
 * company's headquarters is never even tested.
 */
export const endMatterRules: ClutterRule[] = [
  {
    kind: 'author-bio',
    name: 'author-bio.company-boilerplate',
    // A press release's closing "<Company> is a … provider … headquartered in … listed on …", with no
    // "About <Company>" heading: the company as subject, then at least three facts only a company states
    // about itself (a story's closing line may well give its seat and its staff, seldom also its listing).
    // The paragraph above that defines the same subject ("Acme is a global provider of …") goes with it (see end-pass.ts).
    text: new RegExp(`^(?<subject>${NAME}),? (?:is|are|was|est|ist|es|é) (?=(?:.*?${B}(?:${CORPORATE})${E}){3})`, 'u'),
    max: 1500,
    at: 'end',
  },
  {
    kind: 'newsletter',
    name: 'newsletter.promo',
    // The site selling itself once the story is over: its magazine, newsletter, forum, paid tier.
    text: new RegExp(
      [
        "^(want|need|craving|hungry for) more [^?]{1,40}\\?",
        '^get .{1,60} delivered (to|through|straight to|every)\\b',
        '^start (your|the) (day|morning|week) with\\b',
        "^there['’]s (plenty )?more where (that|this) came from\\b",
        '^(subscribe|sign up) (to|for)\\b.{0,80}\\b(magazine|newsletters?|sister (title|publication)|print edition|youtube|podcast|channel)\\b',
        '^sign up\\b.{0,200}\\bnewsletters?\\b',
        '^if you (enjoyed|liked|valued|appreciated) (this|reading|our)\\b',
        '^(join|visit) our .{1,40}\\b(forums?|community|discord)\\b',
        '^get access to\\b.{0,200}\\b(subscription|for as little as|use (the )?code)\\b',
        "^(envie|besoin) d['’]en (savoir|lire) plus\\b",
        '^(abonnez-vous|inscrivez-vous|recevez) .{0,40}(notre|nos|le magazine|la newsletter)\\b',
        '^(lust auf mehr|noch mehr lesen|mehr davon)\\b',
        '^(abonnieren|bestellen) sie (jetzt )?(unseren|unser|das|die)\\b',
        '^¿?quieres (saber|leer) más\\b',
        '^(suscríbete|suscribite|apúntate) (a|al) (nuestro|nuestra|nuestros|la|el)\\b',
        '^(quer|deseja) (saber|ler) mais\\b',
        '^(assine|inscreva-se) (a|na|no|em|nossa|nosso)\\b',
      ].join('|'),
      'iu',
    ),
    max: 400,
    at: 'end',
  },
  {
    kind: 'label',
    name: 'label.reader-prompt',
    // Calls to follow, write, tip off or listen that close a story page.
    text: new RegExp(
      [
        '^follow @?[\\p{L}\\p{N}_]+ on (twitter|x|facebook|instagram|threads|bluesky|linkedin)\\b.{0,700}$',
        "^follow .{1,40}['’]s? (full |complete |latest )?coverage\\b.{0,200}$",
        '^(reach|contact|email|e-mail|write to) (the )?(reporters?|writers?|authors?|columnist|editors?|him|her|them|me|us)\\b.{0,200}$',
        '^(have|got) a (news )?tip\\?.{0,300}$',
        "^more [\\p{L}\\p{N}'’ ]{1,30}:\\s*(https?:\\/\\/|www\\.)\\S+.{0,200}$",
        '^(listen|tune in) (to )?.{1,60}\\blive\\b.{0,120}$',
        '^(you can )?(view|read|see|find|browse) (all )?our .{1,80} here\\.?$',
        '^.{0,60}\\bis committed to publishing\\b.{0,300}$',
        "^(we['’]d|we would) (like|love) to hear (what you think|from you)\\b.{0,300}$",
      ].join('|'),
      'iu',
    ),
    max: 800,
    at: 'end',
  },
  {
    kind: 'label',
    name: 'label.how-to-listen',
    // "How to listen to The Tennis Podcast" and the links under it.
    text: /^how to (listen|subscribe|download)\b.{0,60}$/iu,
    max: 80,
    scope: 'section',
    at: 'end',
  },
  {
    kind: 'comments',
    name: 'comments.moderation',
    // House rules for the comments below the story ("Note: we are moderating all comments…").
    text: new RegExp(
      [
        '^(note|please note|atenção|atención|attention|achtung|hinweis|aviso|nota|remarque)\\s*:\\s*.{0,200}(comment|coment|kommentar)\\w*.{0,200}$',
        `^.{0,60}${B}(comments|comentários|comentarios|commentaires|kommentare)${E}.{0,120}${B}(moderat|moderador|modérés?|modération|moderiert)\\w*.{0,150}$`,
        '^(we|all) .{0,40}\\bmoderat\\w* (all )?comments\\b.{0,200}$',
      ].join('|'),
      'iu',
    ),
    max: 300,
    at: 'end',
  },
  {
    kind: 'related',
    name: 'related.tags-line',
    // "Filed under: Economy |" — tag lines under a story even when the tags are not links.
    text: /^(tags|tagged( with)?|filed under|mots-clés|étiquettes|schlagwörter|etiquetas|الوسوم|كلمات مفتاحية)\s*:\s*\S.{0,200}$/iu,
    max: 220,
    at: 'end',
  },
];
