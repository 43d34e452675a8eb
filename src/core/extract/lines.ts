/**
 * Lines that are metadata, not story: "By Jane Doe | Reuters", "Updated 10:41 a.m. ET, Oct. 21, 2025".
 * Both tests look at the WHOLE of a short line, word by word, so a sentence that begins "By Monday,
 * officials…" is not a byline: its words are not names.
 */

const BYLINE_LEAD = /^(by|written by|words by|text by|par|von|por|bij|di|بقلم|كتب|كتبت)\s+/iu;
/** Words a byline may hold besides names: joiners, roles, outlets' filler. */
const BYLINE_FILLER = new Set([
  'and', '&', 'the', 'of', 'in', 'at', 'for', 'with', 'de', 'du', 'des', 'la', 'le', 'et', 'und', 'der', 'die', 'y', 'e', 'del', 'van', 'von',
  'staff', 'reporter', 'reporters', 'correspondent', 'editor', 'writer', 'writers', 'contributor', 'news', 'updated', 'published', 'posted',
  'on', 'am', 'pm', 'a.m.', 'p.m.', 'et', 'est', 'edt', 'cst', 'cdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'pt', 'pst', 'pdt', 'و', 'associated', 'press', 'ap',
]);

export function isBylineLine(line: string): boolean {
  const text = line.replace(/[\s\-–—|:,;]+$/, '');
  if (text.length > 120 || !BYLINE_LEAD.test(text) || /[.!?]$/.test(text.replace(/\b(Jr|Sr|Dr|St)\.$/, ''))) return false;
  const words = text.replace(BYLINE_LEAD, '').split(/[\s,;|/·•–—]+/).filter(Boolean);
  if (!words.length || words.length > 14) return false;
  const namey = words.filter((w) => /^[\p{Lu}\p{Lo}@]/u.test(w) || BYLINE_FILLER.has(w.toLowerCase()) || /\d/.test(w));
  return /^[\p{Lu}\p{Lo}]/u.test(words[0]!) && namey.length === words.length;
}

const ROLE = /^(writer|correspondent|reporter|editor|columnist|contributor|journalist|photographer|producer|staff|critic|analyst|redakteur(in)?|korrespondent(in)?|journaliste|rédact(eur|rice)|corresponsal|periodista|redactor(a)?)$/i;

/** "Steve Doe, AP National Political Writer": the byline's name with the author's role, repeated in the body. */
export function isBylineWithRole(line: string, byline: string): boolean {
  if (line.length > 120 || !line.startsWith(byline)) return false;
  const rest = line.slice(byline.length);
  if (!/^\s*[,|–—-]\s*\S/.test(rest)) return false;
  const words = rest.replace(/^\s*[,|–—-]\s*/, '').split(/\s+/);
  const namey = (w: string) => /^[\p{Lu}\p{Lo}]/u.test(w) || BYLINE_FILLER.has(w.toLowerCase());
  return words.length <= 7 && words.every(namey) && ROLE.test(words[words.length - 1]!);
}

const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|' +
  'januar|jänner|februar|märz|juni|juli|oktober|dezember|' +
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين';
const DAYS =
  'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|' +
  'segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|' +
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد';
const STAMP_WORDS =
  'published|updated|posted|last|first|modified|publié|mis|à|jour|le|veröffentlicht|aktualisiert|am|um|stand|uhr|' +
  'publicado|actualizado|el|a|las|نشر|في|آخر|تحديث|at|on|a.m.|p.m.|am|pm|et|est|edt|gmt|utc|bst|cet|cest|pt|pst|pdt|ct|cdt|h|hrs|ago|by|hst|a\\.m|p\\.m|akst|hours?|minutes?|mins?|days?|il|y|vor|stunden|hace|horas|de|às|em|atualizado|cst|cdt|mst|mdt|ist|jst|aest|hkt|sgt|msk|wib|sast|eat';
const STAMP_TOKEN = new RegExp(`^(${MONTHS}|${DAYS}|${STAMP_WORDS})\\.?$|^\\d{1,4}(st|nd|rd|th|er|h\\d\\d)?\\.?$|^\\d{1,2}[:.h]\\d{2}(am|pm)?$|^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}$|^\\d{4}-\\d{2}-\\d{2}t[\\d:.+-]+z?$`, 'iu');

/** Words that make a bare time a page stamp: a date, or "Updated". (A time alone heads a live-blog entry.) */
const DATED = new RegExp(`^(${MONTHS}|${DAYS}|published|updated|posted|modified|publié|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|نشر|تحديث)\\.?$|^\\d{4}$|^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}$`, 'iu');

/** A line made only of a date (or "Updated"), a time and such words, with at least one number in it. */
export function isTimestampLine(text: string): boolean {
  if (text.length > 80 || !/\d/.test(text)) return false;
  const words = text
    .toLowerCase()
    .split(/[\s,|·•–—()]+/)
    .map((w) => w.replace(/[:;,.]+$/, ''))
    .filter(Boolean);
  return words.some((w) => DATED.test(w)) && words.every((w) => /^[\p{P}\p{S}]+$/u.test(w) || STAMP_TOKEN.test(w));
}

const BIO_VERB = /^(is|was|has been|joined|covers|reports|writes|leads)\b/i;
const BIO_WORD = /\b(correspondent|reporter|editor|writer|journalist|columnist|contributor|covers|covering|joined|based in|bureau|desk|author of)\b/i;

/** "Miriam Achebe is a national correspondent based in Chicago…": a short note about the byline's author. */
export function isAuthorBio(text: string, byline: string): boolean {
  if (text.length > 400) return false;
  const rest = afterAuthorName(text, byline);
  return rest !== null && BIO_VERB.test(rest.trim()) && BIO_WORD.test(rest);
}

/**
 * What a closing paragraph says of the author in the third person: who they are, where they live,
 * their book, how to reach them ("Jeff Doe (jeff@…) is the editor…", "Jane's book … is out now").
 */
const TRAILING_BIO = /^(\([^)]{0,80}\)\s*)?(,\s*)?(is|was|has (been|written|covered|worked|reported)|lives|writes|covers|reports|joined|teaches|(can|may) be (reached|contacted)|['’]s (new |latest |first |debut )?(book|novel|memoir|newsletter|podcast|column)s?)\b/i;

/** The last paragraphs only (see end-pass.ts): there, a sentence about the byline's author is a bio, whatever its words. */
export function isTrailingAuthorBio(text: string, byline: string): boolean {
  if (text.length > 700) return false;
  const rest = afterAuthorName(text, byline);
  return rest !== null && TRAILING_BIO.test(rest.trim());
}

/** The text after the byline author's full or first name that opens it, or null. */
function afterAuthorName(text: string, byline: string): string | null {
  const names = byline.split(/\s*(?:,|\band\b|&)\s*/).map((n) => n.trim()).filter((n) => n.length > 2);
  for (const name of names) {
    const first = name.split(/\s+/)[0] ?? name;
    if (text.startsWith(name)) return text.slice(name.length);
    if (first.length > 2 && (text.startsWith(`${first} `) || text.startsWith(`${first}'`) || text.startsWith(`${first}’`))) return text.slice(first.length);
  }
  return null;
}
