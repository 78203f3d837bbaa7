// Photo captions: a paragraph that ends in a photo credit, wherever it stands.
//   ... in Pyongyang, April 11, 2024. (Xinhua/Liu Fang)
//   ... (AP Photo/Jane Doe) | (AP Photo/Jane Doe, File) | REUTERS/Jane Doe/File Photo
//   ... AFP PHOTO / JANE DOE | (Photo by Jane Doe) | Photo: Jane Doe/Xinhua | (Photo 1: https://…)
//   ... EFE/Karim Benali | ( Emre Aydin - Anadolu Agency ) | Photo by Jane Doe / ANSA
//   Lee (R) celebrates ... on June 11, 2019. (Yonhap)   (an agency alone, closing a paragraph that describes a picture)
//   ... (ANTARA FOTO/Jane Doe) | ANTARA/Jane Doe | (IRNA photo) | ... on Wednesday. CNA photo Jan. 15, 2020 (no photographer)
// A paragraph that merely mentions a photo has no credit at its end and is no caption;
// photo codes (`AP Photo XHG401`) are advisories, found before this rule runs.
import type { Caption } from '../schema/story.js';
import { agencyByName, AGENCY_FORMS } from '../lexicon/agencies.js';
import { MONTH_PATTERN } from '../lexicon/months.js';
import { normalCase } from './normal-case.js';

type Credit = NonNullable<Caption['credit']>;

// (Xinhua/Liu Fang) | (AP Photo/Jane Doe, File) | (Xinhua/Liu Fang, Wang Fang) | (Photo by Jane Doe/Xinhua) | (Xinhua) | (AP Photo)
const PAREN = /\(([^()\n]{2,120})\)\s*\.?$/;
// REUTERS/Jane Doe | REUTERS/Jane Doe/File Photo | AFP PHOTO / JANE DOE | Photo: Jane Doe/AP
// any agency as written, in its own case or in capitals, with an optional PHOTO word: EFE/Karim Benali | ANSA/Luca Neri
const AGENCY_ALT = [...new Set(AGENCY_FORMS.flatMap((w) => [w, w.toUpperCase()]))].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const BARE = new RegExp(`(?:^|[\\s.])((?:${AGENCY_ALT})(?:\\s(?:PHOTO|Photo|Photos|Images|FOTO|Foto))?\\s?\\/\\s?[^\\n/]{2,60}(?:\\/[^\\n/]{2,40}){0,2}|Photo:\\s?[^\\n]{2,80}|Photo by\\s[^\\n]{2,80}|Photos?\\s?\\/\\s?[^\\n]{2,60})\\s*$`);
// CNA photo Jan. 15, 2020 | Xinhua photo: an agency and a photo word closing the paragraph, a date may follow
const MONTH_CASED = MONTH_PATTERN.split('|').flatMap((m) => [m, m[0].toUpperCase() + m.slice(1), m.toUpperCase()]).join('|');
const AGENCY_PHOTO = new RegExp(`(?:^|[\\s.])((?:${AGENCY_ALT})\\s(?:photo|Photo|PHOTO|foto|FOTO)(?:\\s(?:${MONTH_CASED})\\.?\\s\\d{1,2},\\s(?:19|20)\\d{2})?)\\.?\\s*$`);
// every photo word AGENCY_PHOTO accepts: Reuters photo | ANTARA FOTO
const PHOTO_WORD = /photo|Photo|PHOTO|foto|FOTO/;
// a paragraph that describes a picture: who stands where, `(L)`, `(2nd R)`, `(front)`; closed by (Agency)
const POSITION_MARK = /\((?:\d(?:st|nd|rd|th)\s)?(?:[LRC]|left|right|center|centre|front|back|top|bottom|L-R|R-L)\)/;
// `... in Busan on June 11, 2019. (Yonhap)`: a full date closing the description just before the credit
const DATED_END = new RegExp(`\\b(?:${MONTH_PATTERN})\\.?\\s\\d{1,2},\\s(?:19|20)\\d{2}\\.?\\s{0,3}\\([^()]{2,40}\\)\\s*\\.?$`, 'i');
// NAME - AGENCY | AGENCY - NAME (Anadolu: `( Emre Aydin - Anadolu Agency )`)
const DASH_PARTS = /\s[-–—]\s/;
const LEAD_PHOTO = /^(?:Photo|PHOTO|Photos|PHOTOS|Picture|Pictures|Photograph)(?:\s\d{1,2})?\s?:/;
// "This photo provided by the ministry shows ... (PHOTO NOT FOR SALE) (Yonhap)" / "In this file photo, ..."
const PHOTO_OPENING = /^(?:FILE\s?[-—–]\s?)?(?:In\s)?(?:This|These|A|The)\s(?:\w+\s){0,2}?(?:photos?|pictures?|images?|file photo|screenshot)\b/i;
const FILE_WORDS = /^(?:file|file photo|handout|pool|pool photo|via reuters|via getty images|stringer|str|courtesy.*|ho)$/i;

// Rafael TORRES (AFP writes family names in capitals) -> Rafael Torres; JANE DOE -> Jane Doe
const nameCase = (name: string): string =>
  /\p{Ll}/u.test(name) ? name.split(' ').map((w) => (/^\p{Lu}{2,}$/u.test(w) ? normalCase(w) : w)).join(' ') : normalCase(name);

function splitCredit(body: string): { agency: string | null; photographer: string | null } | null {
  let b = body.trim();
  // Photo by Jane Doe | Photo: Jane Doe | Photo 1: https://…
  const by = /^(?:Photo|Photograph|Picture|Pictures|Photos)(?:\s\d{1,2})?\s?(?:by|:)\s?/i.exec(b);
  const hadPhotoWord = !!by;
  if (by) b = b.slice(by[0].length);
  if (/^https?:\/\//i.test(b)) return { agency: null, photographer: null };
  const parts = b.split(/\s?\/\s?|,\s|\s[-–—]\s/).map((p) => p.trim()).filter(Boolean);
  let agency: string | null = null;
  const people: string[] = [];
  for (const p of parts) {
    const bare = p.replace(/\s(?:Photo|PHOTO|Photos|photo|FOTO|Foto|foto)$/, '');
    const a = agencyByName(p) ?? agencyByName(bare);
    if (a) {
      agency ??= a.short;
      continue;
    }
    if (FILE_WORDS.test(p)) continue;
    // a photographer's name: 1-5 capitalised words
    if (!/^\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|van|von|da|di|dos|del|la|le|bin)){0,4}$/u.test(p)) return null;
    people.push(p);
  }
  if (!agency && !people.length) return null;
  if (!hadPhotoWord && !agency) return null;
  return { agency, photographer: people.length ? nameCase(people[0]) : null };
}

/** The credit at the end of [start, end), or null when the paragraph has none. */
export function captionCredit(text: string, start: number, end: number): Credit | null {
  const from = Math.max(start, end - 200);
  const tail = text.slice(from, end);
  const p = PAREN.exec(tail);
  if (p) {
    const inner = p[1];
    // (Xinhua/Liu Fang) needs a slash or a photo word; (Xinhua) alone only with a photo word elsewhere
    const photoish =
      /\//.test(inner) || /^(?:Photo|Photograph|Picture|Pictures|Photos)\b/i.test(inner) || /\bPhoto\b/.test(inner) ||
      // (IRNA photo) | (ANTARA FOTO)
      /^[^\s]{2,20}\s(?:photo|foto)$/i.test(inner) ||
      (DASH_PARTS.test(inner) && inner.split(DASH_PARTS).filter((x) => agencyByName(x)).length === 1 && inner.split(DASH_PARTS).length === 2);
    // "Photo: Liu Yan speaks ... (Kyodo)": a paragraph opened by a photo word, closed by an agency;
    // "Lee (R) celebrates ... on June 11, 2019. (Yonhap)": a paragraph describing a picture
    const described = (): boolean =>
      LEAD_PHOTO.test(text.slice(start, start + 16)) || PHOTO_OPENING.test(text.slice(start, start + 60)) ||
      POSITION_MARK.test(text.slice(Math.max(start, end - 600), end)) || DATED_END.test(tail);
    const opened = agencyByName(inner) && described() ? agencyByName(inner) : undefined;
    const parts = photoish ? splitCredit(inner) : opened ? { agency: opened.short, photographer: null } : null;
    if (parts) {
      const s = from + p.index;
      const e = s + p[0].replace(/\s*\.?$/, '').length;
      return { text: text.slice(s, e), span: { start: s, end: e }, ...parts };
    }
  }
  // AGENCY_PHOTO needs a photo word and BARE a slash or `Photo`: most paragraphs have neither, and
  // their long alternations of agency names are not tried at every position of the tail
  const ap = PHOTO_WORD.test(tail) ? AGENCY_PHOTO.exec(tail) : null;
  const apAgency = ap ? agencyByName(ap[1].split(/\s(?:photo|foto)\b/i)[0]) : undefined;
  // without a date, only as a fragment after a finished sentence (not `... a Reuters photo.` inside one)
  const apAlone = ap && (/\d{4}$/.test(ap[1]) || /[.!?]["”’]?\s{1,3}$/.test(tail.slice(0, ap.index + ap[0].indexOf(ap[1]))));
  if (ap && apAgency && apAlone) {
    const s = from + ap.index + ap[0].indexOf(ap[1]);
    return { text: ap[1], span: { start: s, end: s + ap[1].length }, agency: apAgency.short, photographer: null };
  }
  const b = tail.includes('/') || tail.includes('Photo') ? BARE.exec(tail) : null;
  if (b) {
    const parts = splitCredit(b[1]);
    if (parts) {
      const s = from + b.index + b[0].indexOf(b[1]);
      const e = s + b[1].trimEnd().length;
      return { text: text.slice(s, e), span: { start: s, end: e }, ...parts };
    }
  }
  return null;
}

/** A caption for the paragraph [start, end), or null. */
export function captionOf(text: string, start: number, end: number): Caption | null {
  const credit = captionCredit(text, start, end);
  if (!credit) return null;
  // a credit alone on its line belongs to the paragraph before it; the caller joins them
  return { text: text.slice(start, end), span: { start, end }, credit };
}
