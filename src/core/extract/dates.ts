/**
 * Publication dates as pages write them, turned into ISO 8601. The offset a page
 * gives is kept (converting to UTC would move a late-evening story to the next day).
 */

const MONTHS: [number, string[]][] = [
  [1, ['january', 'janvier', 'januar', 'jänner', 'enero', 'gennaio', 'janeiro', 'januari']],
  [2, ['february', 'février', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro', 'februari']],
  [3, ['march', 'mars', 'märz', 'maerz', 'marzo', 'março', 'maart']],
  [4, ['april', 'avril', 'abril', 'aprile']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei']],
  [6, ['june', 'juin', 'juni', 'junio', 'giugno', 'junho']],
  [7, ['july', 'juillet', 'juli', 'julio', 'luglio', 'julho']],
  [8, ['august', 'août', 'aout', 'agosto', 'augustus']],
  [9, ['september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro']],
  [10, ['october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro']],
  [11, ['november', 'novembre', 'noviembre', 'novembro']],
  [12, ['december', 'décembre', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro']],
];

/** A month from its name or an abbreviation of at least three letters ("Oct.", "févr", "Dez"). */
function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  for (const [month, names] of MONTHS) if (names.some((name) => name === w || (w.length <= 5 && name.startsWith(w)))) return month;
  return null;
}

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?\b/i;
const MONTH_WORD = String.raw`([A-Za-zÀ-ÿ]{3,10}\.?)`;
// "October 21, 2025", "Oct. 21 2025"
const MONTH_DAY_YEAR = new RegExp(String.raw`(?:^|[^\p{L}])${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'u');
// "21 October 2025", "21. Oktober 2025", "21 de octubre de 2025", "Thu, 22 Dec 2016"
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?:de\s+)?${MONTH_WORD}\s+(?:de\s+)?(\d{4})\b`, 'u');
const YEAR_SLASH = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;

/** An ISO 8601 date (or date-time, when the source has a time) for a date written in any of the usual ways, or null. */
export function toIsoDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (!validDate(Number(y), Number(m), Number(d))) return null;
    const date = `${y}-${m}-${d}`;
    if (hh === undefined || Number(hh) > 23) return date;
    const offset = !zone ? '' : /^z$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})?$/, (_, h: string, min?: string) => `${h}:${min ?? '00'}`);
    return `${date}T${pad(hh)}:${mm}:${ss ?? '00'}${offset}`;
  }
  if (/^\d{10}(?:\d{3})?$/.test(text)) {
    // Unix time, seconds or milliseconds (some CMSes put it in data attributes).
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
  }
  let match = MONTH_DAY_YEAR.exec(text);
  if (match) {
    const month = monthNumber(match[1]!);
    if (month) return dateOrNull(Number(match[3]), month, Number(match[2]));
  }
  match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    const month = monthNumber(match[2]!);
    if (month) return dateOrNull(Number(match[3]), month, Number(match[1]));
  }
  match = YEAR_SLASH.exec(text);
  if (match) return dateOrNull(Number(match[1]), Number(match[2]), Number(match[3]));
  return null;
}

function dateOrNull(y: number, m: number, d: number): string | null {
  return validDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}
