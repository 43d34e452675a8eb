import type { ClutterRule } from './types';

/** Page furniture that labels the story rather than telling it. */
export const labelRules: ClutterRule[] = [
  {
    kind: 'label',
    name: 'label.reading-time',
    text: /^(\d{1,3}\s?(-|–)?\s?(min|mins|minutes?|minuten|minutos|دقائق|دقيقة)\.?( (read|reading|de lecture|lesezeit|lesedauer|de lectura|للقراءة|قراءة))?|(reading time|read time|temps de lecture|lesezeit|lesedauer|tiempo de lectura|estimated reading time|مدة القراءة)\s*:?\s*\d{1,3}\s?(min|mins|minutes?|minuten|minutos|دقائق|دقيقة)\.?)$/iu,
  },
];
