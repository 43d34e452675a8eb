import type { ClutterRule } from './types';

/** Page furniture that labels the story rather than telling it. */
export const labelRules: ClutterRule[] = [
  {
    kind: 'duplicate',
    name: 'duplicate.pull-quote',
    // Marked pull quotes go before Readability, which would unwrap them and lose the mark.
    tokens: /^(pull-?quote|pullquote|quote-?pull|pull-?out|blockquote--pull|wp-block-pullquote)([-_].*)?$/i,
  },
  {
    kind: 'label',
    name: 'label.reading-time',
    text: /^(\d{1,3}\s?(-|–)?\s?(min|mins|minutes?|minuten|minutos|دقائق|دقيقة)\.?( (read|reading|de lecture|lesezeit|lesedauer|de lectura|للقراءة|قراءة))?|(reading time|read time|temps de lecture|lesezeit|lesedauer|tiempo de lectura|estimated reading time|مدة القراءة)\s*:?\s*\d{1,3}\s?(min|mins|minutes?|minuten|minutos|دقائق|دقيقة)\.?)$/iu,
  },
  {
    kind: 'label',
    name: 'label.photo-credit',
    // A credit line on its own. Inside a caption it stays: a credit belongs to its image, and captions
    // are kept whole in the html (Article.text leaves captions out).
    text: /^[([]?(image source|photo source|picture source|bildquelle)\s*[,:]\s*\S.{0,100}$|^[([]?(photo|photos|image|images|picture|photograph|credit|credits|image credit|photo credit|source|sources|foto|fotos|bild|quelle|crédit photo|crédits photo|crédit|créditos?|fuente|صورة|الصورة|المصدر)\s*:\s*\S.{0,100}$|^(©|\(c\))\s?\S.{0,80}$/iu,
    max: 120,
  },
  {
    kind: 'label',
    name: 'label.copyright',
    tokens: /(^|[-_])(copyright|image[-_]credit|photo[-_]credit)$/i,
    text: /^(©|ⓒ|\(c\)|copyright)\s?([©ⓒ@]\s?)?(\d{4}|[\p{L}]).{0,200}$|^.{0,120}\ball rights reserved\.?$|^this (document|article|material|content|story) is (subject to|protected by) copyright\b.{0,300}$|^citation\s*:.{0,300}\bretrieved\b.{0,80}\bfrom https?:\/\/\S+$|^tous droits réservés|^alle rechte vorbehalten|^todos los derechos reservados|^جميع الحقوق محفوظة/iu,
    max: 400,
  },
  {
    kind: 'label',
    name: 'label.contact',
    // A bare e-mail address or social profile on its own line (an author's contact under the story).
    text: /^(e-?mail|contact|reach|write to) [^@]{0,60}\S+@[\w-]+(\.[\w-]+)+\b.{0,120}$|^(e-?mail:?\s*)?[\w.+-]+@[\w-]+(\.[\w-]+)+$|^(https?:\/\/)?(www\.)?(twitter|x|facebook|instagram|linkedin|threads|tiktok|youtube)\.com\/\S+$/i,
    max: 200,
  },
  {
    kind: 'label',
    name: 'label.call-to-action',
    // Calls to act that are not the story: "CLICK HERE TO GET THE APP", "Follow us on Twitter".
    text: /^(click|tap) here\b.{0,80}$|^.{0,80}\bby clicking here\.?$|^follow (@\w+|us|him|her|them|me)\b.{0,180}$|^follow [\p{L}@][\p{L}\p{N} @.'’-]{0,40} on (twitter|x|facebook|instagram|youtube|tiktok|linkedin|threads|bluesky)\b.{0,120}$|^(download|get) (our|the) .{0,30}\bapp\b.{0,40}$|^(this (slideshow|video|content|feature|page|gallery) requires javascript|please enable javascript.{0,80})\.?$/iu,
    max: 200,
  },
  {
    kind: 'label',
    name: 'label.disclosure',
    // Affiliate-link disclosures above or below a post.
    text: /^(this (post|article|page|story|content) (may )?contains? (affiliate|referral|sponsored)\b.{0,200}|(we|i) may (earn|receive) (a )?(small )?(commission|compensation)\b.{0,200}|[\p{Lu}][\p{L}\p{N}.&'’ -]{1,40} (may|might|could) (earn|receive|get) (an? )?(small )?(affiliate )?(commission|compensation|share of sales) (if|when|from|through|on)\b.{0,200}|(disclosure|disclaimer|affiliate disclosure)\s*:.{0,200})$/iu,
    max: 260,
  },
  {
    kind: 'label',
    name: 'label.empty-byline',
    // A byline template left without its names: "By |".
    text: /^(by|par|von|por|door|di)\s*[|·•:,–—/-]?\s*$/iu,
  },
  {
    kind: 'label',
    name: 'label.post-meta',
    // A blog's one-line post header: "05/10/2018 - Posted by: Jane Roe - Category: Health - Tags: …".
    text: /^.{0,40}\b(posted|published|publicado|publié|veröffentlicht|written)( by| por| par| von)\s*:?\s*\S.{0,80}\b(categor(y|ies|ia|ias|ía|ie|ies)|tags?|filed under|rubrique|kategorie)\s*:.{0,160}$/iu,
    max: 300,
  },
  {
    kind: 'label',
    name: 'label.shortcode',
    // A WordPress shortcode for a button or form that the theme failed to render: "[button link=…]Send us your review[/button]".
    text: /^\[(button|btn|cta|su_button|maxbutton|mc4wp_form|contact-form|contact-form-7|gravityform|newsletter|subscribe|signup)\b[^\]]*\].{0,200}$/iu,
    max: 300,
  },
  {
    kind: 'label',
    name: 'label.print-edition',
    // Print-edition and standards notes under a story.
    text: /^a version of this (article|story) (appears|appeared) in print\b.{0,200}$|^(our|editorial) standards\s*:.{0,80}$|^(order reprints|today['’]s paper|print edition|e-edition)( \| .{1,30})*$/iu,
    max: 260,
  },
  {
    kind: 'label',
    name: 'label.widget-ui',
    // Words of gallery, video and caption controls left as text.
    text: /^((image|photo|picture|slide|item|foto|bild|imagen|photo n°) \d+ (of|von|de|sur|\/) \d+|purchase licensing rights|buy (this )?photo|image caption|media caption|media playback is unsupported on your device|(image|photo|picture|video) source,?|\d+ (photos|images|bilder|fotos)|caption|hide caption|show caption|toggle caption|close|open|expand|collapse|enlarge( this)?( image| photo| picture)?|zoom|view (gallery|image|slideshow)|gallery|fullscreen|report (an )?error|top videos?|false|true|null|undefined|advertisement feature|image of \/?|skip to (main )?content|skip navigation|learn more|show more|load more|,? ?opens (in )?(a )?new (tab|window)|sign in|log in|sign up|subscribe|register|my account|menu|search|breaking news|fermer|schließen|cerrar|إغلاق)$/iu,
    inCaptions: true,
  },
];
