import type { ClutterRule } from './types';

/** Comment counters and calls to comment. */
export const commentRules: ClutterRule[] = [
  {
    kind: 'comments',
    name: 'comments.count',
    selectors: ['#disqus_thread', '.fb-comments', '.coral-comments', '#coral_thread', '.vf-comments'],
    tokens: /^(comments?[-_]?(count|counter|number|link|button|bubble|toggle|cta|section|container)|comment[-_]?count|disqus[-_].*|vf[-_]comment[-_]count)$|(^|[-_])(forum|leserforum|user[-_]comments|reader[-_]comments)$/i,
  },
  {
    kind: 'comments',
    name: 'comments.label',
    text: /^(\(?\d+\)?|no|one)?\s*(comments?|responses?|replies|reactions|commentaires?|réactions?|kommentare?|postings?|comentarios?|تعليقات|تعليق|التعليقات)\s*(\(\d+\)|\d+)?$|^((view|show|read|see|load|hide) (all )?(\d+ )?comments|leave a (comment|reply)|post (a )?comment|add a comment|join the (conversation|discussion)|tell us what you think|posten sie ihre meinung|diskutieren sie mit|what do you think|have your say|comments are closed|be the first to comment|afficher les commentaires|réagir|commenter|kommentieren|kommentare (anzeigen|lesen)|ver (los )?comentarios|deja (un|tu) comentario|comentar|أضف تعليق|اترك تعليقا)\s*(\(\d+\)|\(\+\))?[.…!?]*$/iu,
  },
  {
    kind: 'comments',
    name: 'comments.section',
    // A comments section led by its heading, with its prompt and counter.
    text: /^(comments|reader comments|forum|leserforum|kommentare|leserkommentare|commentaires|vos commentaires|comentarios|التعليقات)\s*(\(\d+\))?:?$/iu,
    scope: 'box',
    box: 600,
  },
];
