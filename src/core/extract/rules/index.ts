import { adRules } from './ads';
import { authorBioRules } from './author-bio';
import { commentRules } from './comments';
import { consentRules } from './consent';
import { endMatterRules } from './end-matter';
import { labelRules } from './labels';
import { navigationRules } from './navigation';
import { newsletterRules } from './newsletter';
import { paywallRules } from './paywall';
import { playerRules } from './player';
import { relatedRules } from './related';
import { shareRules } from './share';
import type { ClutterRule } from './types';

export type { ClutterRule } from './types';
export { CONSENT_CHOICE, CONSENT_HINT, CONSENT_TRACKING } from './consent';

/** Every rule, in the order their matches are tried (first match names the removal). */
export const RULES: ClutterRule[] = [
  ...consentRules,
  ...playerRules,
  ...adRules,
  ...paywallRules,
  ...newsletterRules,
  ...shareRules,
  ...relatedRules,
  ...commentRules,
  ...authorBioRules,
  ...navigationRules,
  ...labelRules,
  ...endMatterRules,
];
