/**
 * Arabic names. Arabic script has no capitals, so a name starts at a known given name (or a
 * kunya: أم خالد, أبو علي) and runs over its family part: one word, or particles with theirs
 * (عبد الناصر, بن الطاهر, آيت أوعلي, أبو حمدان).
 */
import type { Span } from '../types';
import type { Token } from './tokens';
import { SPEECH_VERBS, STOP } from './words';

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

const MALE = words(`
  محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد سعيد سعد طارق عماد سامر سامي جمال كمال يوسف يونس إبراهيم إسماعيل
  عادل عصام هشام هاني وليد وائل ماجد مجدي نبيل نادر ناصر فادي رامي زياد زيد رياض رشيد فيصل فهد سلمان سلطان منصور مراد
  كريم عمرو أيمن أسامة ياسر ياسين بشار حافظ حمزة أنس بلال صالح صلاح طه عبدالله عبدالرحمن عبدالعزيز عزيز مهدي هادي حيدر
  قاسم جعفر عباس رضا لحسن حسام شريف أشرف تامر شادي باسل غسان مازن معاذ مالك نزار نضال هيثم ميلاد توفيق رفيق لطفي
  منير سمير زكريا إدريس أمين محسن رائد جابر جلال حازم خليل داود سليم سليمان شوقي عاطف علاء عمار غازي فؤاد فريد قيس ماهر
  مروان مؤمن نعيم هاشم وسيم يحيى يزيد أنور بكر جواد حمدي رمزي سيف شكري عدنان عزت فتحي مجيد مختار معتز نجيب وجدي
`);
const FEMALE = words(`
  فاطمة عائشة خديجة زينب مريم ليلى سلمى هدى منى نهى نور نورا رنا رانيا ياسمين سارة سميرة أمينة آمنة هبة هند دينا ريم
  لينا لمى مها سعاد نادية نجلاء إيمان أسماء أمل حنان سناء وفاء رشا غادة علا عبير سوسن سهى جميلة كريمة نعيمة حليمة سلوى
  شيماء دعاء آية إسراء بسمة جنى رهف لبنى ميساء نسرين هالة وداد زهرة صفاء رحاب ريهام مروة سهام نوال ابتسام
`);
/** Particles that join a name to its next word: عبد الناصر, بن الطاهر, أبو حمدان, آيت أوعلي. */
const PARTICLES = words('بن ابن بنت أبو أبي عبد آل آيت ولد');
const KUNYA: Record<string, 'm' | 'f'> = { أم: 'f', أبو: 'm' };
/** A verb (يجمع, تقول) or a noun with a pronoun suffix (أطفالها) is not a family name. */
const NOT_FAMILY = /^(?:[يتن][\u0600-\u06ff]{2,3}|(?!ال)[\u0600-\u06ff]{3,}(?:ها|هم|هن|كم|نا))$/;
const TASHKEEL = /[\u064b-\u0652\u0640]/g;
const ARABIC = /[\u0600-\u06ff]/;
/** One-letter proclitics: و (and), ف (so), ب (with), ل (to). */
const CLITIC = /^[وفبل](?=[\u0600-\u06ff]{2})/;

export function hasArabic(text: string): boolean {
  return ARABIC.test(text);
}

export const normalizeArabic = (word: string): string => word.replace(TASHKEEL, '');

/** A pattern for an Arabic phrase that tolerates vowel marks and tatweel between its letters. */
export function arabicPattern(phrase: string): string {
  return [...normalizeArabic(phrase)].map((ch) => (ch === ' ' ? '\\s+' : `${ch}[\\u064b-\\u0652\\u0640]*`)).join('');
}

function givenName(word: string): { gender: 'm' | 'f'; skip: number } | null {
  const w = normalizeArabic(word);
  const bare = w.replace(/^ال/, '');
  for (const [candidate, skip] of [[w, 0], [bare, 0], [w.replace(CLITIC, ''), 1]] as const) {
    if (MALE.has(candidate)) return { gender: 'm', skip };
    if (FEMALE.has(candidate)) return { gender: 'f', skip };
  }
  return null;
}

export interface ArabicName extends Span {
  gender: 'm' | 'f';
  /** The family part ("الخطيب", "أبو حمدان"), by which the text refers back to the person. */
  family: string;
}

export function arabicNames(text: string, tokens: Token[]): ArabicName[] {
  const names: ArabicName[] = [];
  const joined = (a: Token, b: Token | undefined) => !!b && b.word && ARABIC.test(b.text) && /^ $/.test(text.slice(a.end, b.start));
  const usable = (t: Token | undefined) => !!t && !STOP.has(normalizeArabic(t.text)) && !SPEECH_VERBS.has(normalizeArabic(t.text)) && !/^\d/.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !ARABIC.test(t.text)) continue;
    const kunya = KUNYA[normalizeArabic(t.text).replace(CLITIC, '')];
    const given = kunya ? { gender: kunya, skip: normalizeArabic(t.text) in KUNYA ? 0 : 1 } : givenName(t.text);
    if (!given) continue;
    let j = i + 1;
    let familyStart = j;
    if (kunya) {
      // أم خالد: the kunya and the child's name are the whole name (not "أم لستة أبناء", a mother of six).
      if (!joined(t, tokens[j]) || !usable(tokens[j]) || (/^ل/.test(tokens[j]!.text) && !givenName(tokens[j]!.text.slice(1)))) continue;
      familyStart = j;
      j++;
    } else {
      let took = false;
      while (joined(tokens[j - 1]!, tokens[j]) && PARTICLES.has(normalizeArabic(tokens[j]!.text)) && joined(tokens[j]!, tokens[j + 1]) && usable(tokens[j + 1])) {
        j += 2;
        took = true;
      }
      if (!took) {
        if (!joined(t, tokens[j]) || !usable(tokens[j]) || NOT_FAMILY.test(normalizeArabic(tokens[j]!.text))) continue;
        j++;
      }
    }
    const last = tokens[j - 1]!;
    const start = t.start + given.skip;
    // A kunya is only ever repeated whole.
    const family = kunya ? text.slice(start, last.end) : text.slice(tokens[familyStart]!.start, last.end);
    names.push({ start, end: last.end, gender: given.gender, family });
    i = j - 1;
  }
  return names;
}
