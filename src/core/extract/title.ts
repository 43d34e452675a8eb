/**
 * A headline without the site name that pages append or prepend to it
 * ("Headline | Site", "Site – Headline"). A kicker such as "The Media Line: …"
 * stays when it is not the site's name: it is part of the headline as published.
 */

// Separators between a headline and a site name: pipes and bullets anywhere, dashes and slashes only between spaces.
const SEPARATOR = /\s+[|–—·•»~/\\-]\s+|\s*[|·•»]\s*/g;

// Lower-case letters and digits only, without a leading article ("The Riverside Tribune" ~ riversidetribune.test).
const compact = (text: string) => text.toLowerCase().normalize('NFKD').replace(/^(?:the|le|la|les|el|los|die|der|das)\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

export interface TitleEvidence {
  /** Names the site goes by (og:site_name, the publisher's name, application-name). */
  siteNames: string[];
  /** The page's host, e.g. "www.example-news.test". */
  host: string | null;
  /** Texts of the page's main headings (h1). */
  headings: string[];
}

/** The host's registrable label: "www.nytimes.com" → "nytimes", "news.bbc.co.uk" → "bbc". */
function hostLabel(host: string | null): string | null {
  if (!host) return null;
  const labels = host.toLowerCase().split('.');
  if (labels.length > 2 && /^(?:co|com|org|net|gov|ac|edu)$/.test(labels.at(-2)!)) labels.pop();
  return labels.length > 1 ? labels.at(-2)! : labels[0] ?? null;
}

function isSiteName(segment: string, evidence: TitleEvidence): boolean {
  const seg = compact(segment);
  if (seg.length < 2) return false;
  for (const name of evidence.siteNames) {
    const site = compact(name);
    if (site && (site === seg || (seg.length >= 4 && site.startsWith(seg)) || (site.length >= 4 && seg.startsWith(site) && seg.length - site.length <= 4))) return true;
  }
  const label = hostLabel(evidence.host);
  const host = compact(label ?? '');
  return !!host && host.length >= 3 && (seg === host || seg === host + 'com' || (seg.length >= 4 && host.startsWith(seg)) || seg.startsWith(host));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function cleanTitle(raw: string, evidence: TitleEvidence): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (!title) return title;
  const headings = evidence.headings.map((h) => h.replace(/\s+/g, ' ').trim()).filter((h) => h.length >= 3);
  if (headings.includes(title)) return title;
  // The page's own headline inside the title, with only a site name around it, is the headline.
  for (const heading of headings) {
    const at = title.indexOf(heading);
    if (at < 0) continue;
    const around = (title.slice(0, at) + ' | ' + title.slice(at + heading.length)).split(SEPARATOR).filter((s) => s.trim());
    if (around.every((segment) => isSiteName(segment, evidence))) return heading;
  }
  const parts = splitKeepingSeparators(title);
  // Drop site names at either end ("Site: Headline" counts as a prefix only when the prefix is the site).
  while (parts.length > 1 && isSiteName(parts.at(-1)!.text, evidence)) parts.pop();
  while (parts.length > 1 && isSiteName(parts[0]!.text, evidence)) parts.shift();
  if (parts.length === 1) {
    const colon = /^([^:]{2,40}):\s+(.+)$/.exec(parts[0]!.text);
    if (colon && isSiteName(colon[1]!, evidence) && words(colon[2]!) >= 3) return colon[2]!;
  }
  // A short capitalised tail after a pipe or dash is a site name we were not told about ("Headline – My website").
  const tail = parts.at(-1)!;
  const head = parts.slice(0, -1).map((part, index) => (index === 0 ? part.text : part.separator + part.text)).join('');
  if (parts.length >= 2 && /[|–—-]/.test(tail.separator) && words(tail.text) <= 3 && /^[\p{Lu}\p{N}]/u.test(tail.text) && words(head) >= 4) parts.pop();
  return parts.map((part, index) => (index === 0 ? part.text : part.separator + part.text)).join('');
}

function splitKeepingSeparators(title: string): { text: string; separator: string }[] {
  const parts: { text: string; separator: string }[] = [];
  let last = 0;
  let separator = '';
  for (const match of title.matchAll(SEPARATOR)) {
    parts.push({ text: title.slice(last, match.index), separator });
    separator = match[0];
    last = match.index + match[0].length;
  }
  parts.push({ text: title.slice(last), separator });
  return parts.filter((part) => part.text.trim());
}
