import type { ClutterRule } from './types';

/** Paywall and registration-wall teasers. */
export const paywallRules: ClutterRule[] = [
  {
    kind: 'paywall',
    name: 'paywall.box',
    selectors: ['.tp-modal', '.tp-backdrop', '.tp-container-inner', '[id^="piano-"]', '.piano-offer', '#regwall'],
    tokens: /^(paywall|regwall|reg[-_]wall|piano[-_]?(offer|inline|template|container)|meter[-_]?(wall|banner|message)|subscriber[-_]?(wall|only|prompt)|premium[-_]?(teaser|wall|banner|prompt|lock)|subscription[-_]?(wall|prompt|offer))([-_].*)?$/i,
  },
  {
    kind: 'paywall',
    name: 'paywall.teaser',
    text: /^(subscribe|sign in|log in|register)( now)? to (continue|keep) reading|^(this|the) (article|story|content) is (only )?(available |reserved )?(exclusively )?(for|to) (subscribers|members|premium)|^(already (a subscriber|a member|have an account))|^create a free account to (continue|keep) reading|^to (continue|keep) reading,? (subscribe|sign in|log in|register|create)|^you('ve| have) (reached|used) (your|all of your) (free )?(article|story|monthly)|^(unlock|get) (unlimited|full) (access|digital access)|^cet article (vous )?est réservé aux abonnés|^(article )?réservé aux abonnés|^la suite (de cet article )?est réservée aux abonnés|^il vous reste \d+\s?% de cet article|^dieser (artikel|beitrag|inhalt) ist (nur )?(für )?(abonnenten|abonnentinnen|abonnierende|plus-leser|abonnements)|^(jetzt )?(weiterlesen|weiterlesen mit|freischalten)\b|^(este )?contenido (es )?exclusivo para (suscriptores|abonados|socios)|^para (seguir|continuar) leyendo|^lesen sie (jetzt )?(weiter|mehr)\b|^jetzt (abonnieren|abo abschließen|testen)|^jederzeit kündbar|^(unabhängiger |guter |qualitäts)?journalismus .{0,40}kostet( geld)?|^(hazte|suscríbete|abónate)\b.{0,60}$|^(je m'abonne|abonnez-vous)\b.{0,60}$|^(هذا )?(المحتوى|المقال) (متاح |حصري )?(فقط )?للمشتركين/iu,
    max: 200,
    scope: 'box',
    box: 600,
  },
  {
    kind: 'paywall',
    name: 'paywall.donation-ask',
    // Reader-revenue asks: "Support the Meridian", "Before you go …", "X is nonprofit and free to read".
    tokens: /^(donat(e|ion)s?|support[-_]?(us|box|cta|banner|ask|promo)|contribution[-_]?(ask|epic|banner)|membership[-_]?(ask|cta|promo)|reader[-_]?revenue)([-_].*)?$/i,
    text: /^(support|donate to|give to|become a (member|supporter|friend) of|contribute to) [\p{L}\p{N} .'&-]{1,40}( (from|for) (just |only )?[$€£]\d+.{0,20})?[.!]?$|^before you go\b.{0,200}$|^.{1,60} is (a )?(nonprofit|non-profit|independent|reader[- ]funded|reader[- ]supported|free to read)\b.{0,200}$|^.{0,80}\b(funded|supported) by (its |our )?readers\b.{0,200}$|^.{0,60}\bdepends on (readers|people|supporters) like you\b.{0,120}$|^(donate|give|support us|contribute)( now| today)?[.!]?$|^(faites un don|soutenez-nous|jetzt spenden|unterstützen sie uns|dona ahora|apóyanos|ادعمنا|تبرع الآن)\b.{0,60}$/iu,
    max: 300,
    scope: 'box',
    box: 900,
  },
];
