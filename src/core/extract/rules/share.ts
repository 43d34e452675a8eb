import type { ClutterRule } from './types';

const NETWORKS = 'share|sharing|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|flipboard|messenger|threads|bluesky|email|e-mail|mail|print|copy( link)?|link copied|tweet|post|sms|partager|imprimer|teilen|drucken|compartir|imprimir|شارك|مشاركة|طباعة';

/** Share bars: by class, or a block made only of share words. */
export const shareRules: ClutterRule[] = [
  {
    kind: 'share',
    name: 'share.bar',
    selectors: ['.addtoany_share_save_container', '.a2a_kit', '.sharedaddy', '.sharethis-inline-share-buttons', '.shareaholic-canvas', '.ssba', '.heateor_sss_sharing_container', '.addthis_inline_share_toolbox'],
    tokens: /(^|[-_])(share|shares|sharing|sharebar|sharetools|socialshare|social[-_]share|social[-_]sharing|social[-_]links|social[-_]buttons|social[-_]icons|share[-_]?buttons|sharethis|addthis|addtoany|shareaholic)([-_]|$)/i,
  },
  {
    kind: 'share',
    name: 'share.prompt',
    // "Like this story? Share it with a friend!"
    text: /^((like|liked|love|loved|enjoy|enjoyed) this (story|article|post)\?\s*)?(please )?share (it|this( story| article| post)?) with (a friend|your friends|friends)[.!]*$|^(like|liked|love|loved|enjoy|enjoyed) this (story|article|post)\?$/iu,
  },
  {
    kind: 'share',
    name: 'share.label',
    text: new RegExp(`^((share (this|the) (article|story|post|page)|share (on|via) \\w+|share this|partager (cet |l')article|artikel teilen|compartir (este|el) (artículo|nota)|شارك (المقال|الخبر)|${NETWORKS})[\\s:|·•,/]*){1,8}$`, 'iu'),
  },
];
