/**
 * Language and direction when a page does not declare them: the script decides
 * for most languages, a handful of stop words for the Latin-script ones.
 */

const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ku', 'ckb']);

export function isRtlLanguage(lang: string | null | undefined): boolean {
  return !!lang && RTL_LANGUAGES.has(lang.toLowerCase().split(/[-_]/)[0]!);
}

/** "en_US" → "en-US"; anything that is not a BCP 47 tag → null. */
export function normalizeLang(raw: string | null | undefined): string | null {
  const tag = raw?.split(/[,;]/)[0]?.trim().replace(/_/g, '-');
  if (!tag || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  const [primary, ...rest] = tag.split('-');
  return [primary!.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}

const SCRIPTS: [RegExp, string | ((text: string) => string)][] = [
  [/[\u0600-\u06ff\u0750-\u077f]/g, (text) => (/[ٹڈڑںے]/.test(text) ? 'ur' : /[پچژگ]/.test(text) ? 'fa' : 'ar')],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0400-\u04ff]/g, (text) => (/[іїєґ]/i.test(text) ? 'uk' : 'ru')],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0900-\u097f]/g, 'hi'],
];

const STOP_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'said'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'dans', 'que', 'pour', 'pas', 'du'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'ein', 'eine', 'auch', 'sich'],
  es: ['el', 'los', 'las', 'del', 'que', 'por', 'una', 'con', 'para', 'es', 'se', 'y'],
  it: ['il', 'della', 'che', 'per', 'non', 'una', 'con', 'sono', 'gli', 'nel', 'anche', 'di'],
  pt: ['os', 'das', 'não', 'uma', 'com', 'para', 'que', 'em', 'mais', 'foi', 'ao', 'do'],
  nl: ['het', 'een', 'van', 'en', 'niet', 'dat', 'zijn', 'voor', 'met', 'ook', 'werd', 'bij'],
};

/** A guessed primary language subtag for a text, or null when the text is too short to tell. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 40) return null;
  for (const [pattern, lang] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count / letters > 0.3) return typeof lang === 'string' ? lang : lang(sample);
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  let second = 0;
  for (const [lang, stops] of Object.entries(STOP_WORDS)) {
    const score = stops.reduce((sum, stop) => sum + (counts.get(stop) ?? 0), 0);
    if (score > bestScore) [best, bestScore, second] = [lang, score, bestScore];
    else if (score > second) second = score;
  }
  // Demand a clear lead: closely related languages share many short words.
  return bestScore >= 5 && bestScore >= second * 1.5 ? best : null;
}
