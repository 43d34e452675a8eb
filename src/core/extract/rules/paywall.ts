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
    text: /^(subscribe|sign in|log in|register)( now)? to (continue|keep) reading|^(this|the) (article|story|content) is (only )?(available |reserved )?(exclusively )?(for|to) (subscribers|members|premium)|^(already (a subscriber|a member|have an account))|^create a free account to (continue|keep) reading|^to (continue|keep) reading,? (subscribe|sign in|log in|register|create)|^you('ve| have) (reached|used) (your|all of your) (free )?(article|story|monthly)|^(unlock|get) (unlimited|full) (access|digital access)|^cet article (vous )?est réservé aux abonnés|^(article )?réservé aux abonnés|^la suite (de cet article )?est réservée aux abonnés|^il vous reste \d+\s?% de cet article|^dieser (artikel|beitrag|inhalt) ist (nur )?(für )?(abonnenten|abonnentinnen|abonnierende|plus-leser|abonnements)|^(jetzt )?(weiterlesen|weiterlesen mit|freischalten)\b|^(este )?contenido (es )?exclusivo para (suscriptores|abonados|socios)|^para (seguir|continuar) leyendo|^(هذا )?(المحتوى|المقال) (متاح |حصري )?(فقط )?للمشتركين/iu,
    max: 200,
    scope: 'box',
    box: 600,
  },
];
