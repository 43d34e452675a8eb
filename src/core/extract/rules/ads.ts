import type { ClutterRule } from './types';

/** Ad slots (by ad-server hooks and ad-ish class names) and the labels they leave in the text. */
export const adRules: ClutterRule[] = [
  {
    kind: 'ad',
    name: 'ad.slot',
    selectors: ['ins.adsbygoogle', '[data-ad-slot]', '[data-ad-unit]', '[data-adunit]', '[data-ad-client]', '[id^="div-gpt-ad"]', '[id^="google_ads_"]', '[data-google-query-id]', 'amp-ad', 'amp-embed', 'amp-sticky-ad', '[data-taboola]', '.OUTBRAIN', '[data-widget-id][data-src*="outbrain"]'],
    tokens: /^(ad|ads|adv|advert|adverts|advertisement|advertising|adsbygoogle|adslot|adunit|adblock|dfp|gpt|doubleclick|taboola|outbrain|teads|mgid|revcontent|sponsored|promoted)([-_].*)?$|[-_](ad|ads|advert|advertisement|advertising|adslot|adunit|dfp|gpt|taboola|outbrain)([-_]?\d+|[-_](slot|unit|container|wrapper|label|placeholder|box))?$/i,
  },
  {
    kind: 'ad',
    name: 'ad.label',
    text: /^[-–—·|\s]*(advertisement|advertising|advert|adverts|ad|ads|sponsored( content)?|supported by|presented by|paid (content|post|partner content)|partner content|anzeige|werbung|publicité|publicite|pub|publicidad|anuncio|contenido patrocinado|pubblicità|reklama|إعلان|اعلان|محتوى (مدعوم|ممول))[-–—·|:\s]*$/iu,
  },
  {
    kind: 'ad',
    name: 'ad.continues-below',
    text: /^(the )?(story|article|text|content) continues (below|after( (this|the))? (ad|advertisement))|^(scroll|continue reading) (down )?(to continue|below)( with content)?|^continue reading (the )?(main )?(story|article) below|^la suite (de l'article )?après (cette|la) publicité|^(weiterlesen|der artikel geht weiter) nach der (anzeige|werbung)|^(el|la) (artículo|noticia) (continúa|sigue) (después|tras|debajo)|^يتبع (المقال|الخبر) (بعد|أسفل) الإعلان/iu,
    max: 80,
  },
];
