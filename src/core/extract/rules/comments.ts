import type { ClutterRule } from './types';

/** Comment counters and calls to comment. */
export const commentRules: ClutterRule[] = [
  {
    kind: 'comments',
    name: 'comments.count',
    selectors: ['#disqus_thread', '.fb-comments', '.coral-comments', '#coral_thread', '.vf-comments'],
    tokens: /^(comments?[-_]?(count|counter|number|link|button|bubble|toggle|cta)|comment[-_]?count|disqus[-_].*|vf[-_]comment[-_]count)$/i,
  },
  {
    kind: 'comments',
    name: 'comments.label',
    text: /^(\(?\d+\)?|no|one)?\s*(comments?|responses?|replies|reactions|commentaires?|réactions?|kommentare?|comentarios?|تعليقات|تعليق|التعليقات)\s*(\(\d+\)|\d+)?$|^((view|show|read|see|load|hide) (all )?(\d+ )?comments|leave a (comment|reply)|post a comment|add a comment|join the (conversation|discussion)|tell us what you think|what do you think|have your say|comments are closed|be the first to comment|afficher les commentaires|réagir|commenter|kommentieren|kommentare (anzeigen|lesen)|ver (los )?comentarios|deja (un|tu) comentario|comentar|أضف تعليق|اترك تعليقا)\s*(\(\d+\))?[.…!?]*$/iu,
  },
];
