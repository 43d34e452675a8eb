import type { ClutterRule } from './types';

/** Newsletter and subscription boxes: a form-led box by class, or a box led by its sign-up pitch. */
export const newsletterRules: ClutterRule[] = [
  {
    kind: 'newsletter',
    name: 'newsletter.box',
    selectors: ['#mc_embed_signup', '.mc4wp-form', '.ck_form', '.convertkit-form', 'form[action*="subscribe"]', 'form[action*="newsletter"]', 'form[action*="list-manage.com"]'],
    tokens: /newsletter|^(sign[-_]?up|subscribe|subscription|optin|opt[-_]in|email[-_]?(signup|capture|cta))([-_].*)?$|[-_](signup|sign[-_]up|subscribe|subscription|optin)([-_].*)?$/i,
  },
  {
    kind: 'newsletter',
    name: 'newsletter.pitch',
    text: /^(sign up|subscribe|register|get|join|receive)\b.{0,60}\b(newsletters?|briefing|daily|weekly|inbox|e-?mail updates|alerts|digest)\b|^(never miss|don't miss) (a|an|the) (story|update|thing).{0,60}|^want more (stories|news|articles|posts) like (this|these)\??$|^(abonnez-vous|inscrivez-vous|recevez).{0,60}(newsletter|lettre d'information|infolettre|par e-?mail)|^(newsletter|infolettre)\b.{0,40}$|^(jetzt )?(den |unseren )?newsletter (abonnieren|bestellen)|^(melden sie sich|abonnieren sie).{0,60}newsletter|^(suscríbete|suscribite|regístrate|recibe).{0,60}(boletín|newsletter|correo)|^(اشترك|اشتركوا|سجل).{0,40}(النشرة|القائمة البريدية|البريد)/iu,
    max: 120,
    scope: 'box',
    box: 500,
  },
  {
    kind: 'newsletter',
    name: 'newsletter.daily-pitch',
    // "Start your day with The Morning Memo … Sign up for the free daily newsletter.": a pitch longer than a label.
    text: /^start (your|the) (day|morning|week)\b.{0,250}\b(newsletters?|briefing|inbox)\b.{0,60}$/iu,
    max: 320,
  },
  {
    kind: 'newsletter',
    name: 'newsletter.inset',
    // "<a>Subscribe</a> to Wired and stay smart with …": a subscription inset between paragraphs (whole, not just its link).
    text: /^([Ss]ubscribe|[Ss]ign up) to [\p{Lu}][\p{L}\p{N}&'’.+-]*( [\p{Lu}][\p{L}\p{N}&'’.+-]*){0,3} (and|to|for) (stay|get|keep|never|read|receive|support)\b.{0,100}$/u,
    max: 160,
  },
];
