// Bylines: the people who wrote the story, in normal case, with their affiliation.
//   By JANE DOE                              -> Jane Doe
//   By JANE DOE and JOHN ROE                 -> Jane Doe, John Roe
//   By Jane Doe, Associated Press Writer     -> Jane Doe (Associated Press Writer)
//   Associated Press Writer                  (on the next line: the affiliation of the bylines above)
//   Quake hits north By JANE DOE             (glued to the end of the headline)
import type { Byline } from '../schema/story.js';
import { AGENCIES, BYLINE_AFFILIATION_WORDS, agencyByName, isSpace } from '../lexicon/agencies.js';
import { caseless } from './caseless.js';
import type { SegState } from './model.js';
import { region } from './model.js';
import { normalCase } from './normal-case.js';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AGENCY_NAMES = [...new Set(AGENCIES.flatMap((a) => [...a.full, ...a.written]))].sort((a, b) => b.length - a.length).map(esc).join('|');
const ROLE_WORDS = [...BYLINE_AFFILIATION_WORDS].sort((a, b) => b.length - a.length).map(esc).join('|');

// `Associated Press Writer`, `Reuters Correspondent`, `AP Science Writer`, `Associated Press`:
//   /^(?:The\s)?(?:NAME)(?:\s(?:ROLE))?$|^(?:Staff|Special)\s(?:ROLE)$/i
// over every agency name and role word, looked up in sets of their caseless forms instead
// (the regex took ~3.5 ms to compile in each process: see caseless.ts)
const NAME_KEYS: ReadonlySet<string> = new Set(AGENCIES.flatMap((a) => [...a.full, ...a.written]).map(caseless));
const ROLE_KEYS: ReadonlySet<string> = new Set(BYLINE_AFFILIATION_WORDS.map(caseless));

/** `key` from `from` to its end: a name, or a name, a white space and a role word. */
function nameAndRole(key: string, from: number): boolean {
  if (NAME_KEYS.has(key.slice(from))) return true;
  for (let k = from + 1; k < key.length; k++) {
    if (isSpace(key.charCodeAt(k)) && ROLE_KEYS.has(key.slice(k + 1)) && NAME_KEYS.has(key.slice(from, k))) return true;
  }
  return false;
}

const LONGEST_NAME = Math.max(...[...NAME_KEYS].map((k) => k.length));
// (caseless forms are as long as what they are made from: a longer line is no affiliation, with no key built)
const LONGEST = 'The '.length + LONGEST_NAME + 1 + Math.max(...BYLINE_AFFILIATION_WORDS.map((w) => w.length));

/** Whether the whole of `s` is an affiliation: `[The ]NAME[ ROLE]` or `Staff|Special ROLE`, in any case. */
export function isAffiliation(s: string): boolean {
  if (s.length > LONGEST) return false;
  const key = caseless(s);
  const after = (word: string): boolean => key.startsWith(word) && isSpace(key.charCodeAt(word.length));
  if (nameAndRole(key, 0) || (after('THE') && nameAndRole(key, 4))) return true;
  return (after('STAFF') && ROLE_KEYS.has(key.slice(6))) || (after('SPECIAL') && ROLE_KEYS.has(key.slice(8)));
}

// `JANE DOE Associated Press Writer`: an affiliation closing the byline after a white space,
//   /\s((?:The\s)?(?:NAME)(?:\s(?:[A-Za-z]+\s)?(?:ROLE))?)$/i   (names of more than three letters)
// looked up by caseless forms as isAffiliation is
const LONG_NAME_KEYS: ReadonlySet<string> = new Set([...NAME_KEYS].filter((k) => k.length > 3));
const isCaselessLetter = (k: number): boolean => k >= 65 && k <= 90;

/** `key` from `from` to its end: a long name, then maybe a white space, a word of letters and a white space, and a role word. */
function longNameAndRole(key: string, from: number): boolean {
  if (LONG_NAME_KEYS.has(key.slice(from))) return true;
  for (let k = from + 1; k < key.length; k++) {
    if (!isSpace(key.charCodeAt(k)) || !LONG_NAME_KEYS.has(key.slice(from, k))) continue;
    if (ROLE_KEYS.has(key.slice(k + 1))) return true;
    // a word of letters (`Science`) before the role: it ends at the first character that is no letter, a white space
    let w = k + 1;
    while (w < key.length && isCaselessLetter(key.charCodeAt(w))) w++;
    if (w > k + 1 && isSpace(key.charCodeAt(w)) && ROLE_KEYS.has(key.slice(w + 1))) return true;
  }
  return false;
}

/** The first white space of `s` after which an affiliation runs to its end: where it stands and the affiliation. */
export function trailingAffiliation(s: string): { index: number; text: string } | null {
  const key = caseless(s);
  for (let i = 0; i + 1 < key.length; i++) {
    if (!isSpace(key.charCodeAt(i))) continue;
    const from = i + 1;
    const the = key.startsWith('THE', from) && isSpace(key.charCodeAt(from + 3));
    if (longNameAndRole(key, from) || (the && longNameAndRole(key, from + 4))) return { index: i, text: s.slice(from) };
  }
  return null;
}

// One name: 2-5 words each starting with a capital (particles allowed inside), initials allowed.
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|da|van|von|der|del|la|le|bin|al|el|du|dos|di)$/u;
// By JANE DOE | by Xinhua writer Zhou Xin
const BY = /^(?:By|BY|by):?\s+/;
// by Xinhua writer X | By ITAR-TASS correspondent X | By Associated Press Writer X:
//   /^(?:(?:NAME)\s)?(?:staff\s|special\s|senior\s)?(?:writers?|correspondents?|reporters?|journalists?)\s/i
// read by caseless forms as isAffiliation is (the names, longest first as the alternation tries them)
const RANK_WORDS = ['STAFF', 'SPECIAL', 'SENIOR'];
const ROLE_NOUNS = ['WRITER', 'CORRESPONDENT', 'REPORTER', 'JOURNALIST'];

/** How much of `key` from `from` a role takes: `staff writer `, `correspondents `; -1 when none opens there. */
function roleLength(key: string, from: number): number {
  let at = from;
  // (a rank word and a role noun never open alike: after a rank word only a noun can follow)
  const rank = RANK_WORDS.find((w) => key.startsWith(w, at) && isSpace(key.charCodeAt(at + w.length)));
  if (rank) at += rank.length + 1;
  const noun = ROLE_NOUNS.find((w) => key.startsWith(w, at));
  if (!noun) return -1;
  const end = at + noun.length;
  if (key[end] === 'S' && isSpace(key.charCodeAt(end + 1))) return end + 2 - from;
  return isSpace(key.charCodeAt(end)) ? end + 1 - from : -1;
}

/** The role opening `s` (`Xinhua writer `, `Associated Press Writer `, `staff writer `), white space after it included, or null. */
export function rolePrefix(s: string): string | null {
  // (the longest a match can be: a name, a rank word, a role noun and three white spaces)
  const key = caseless(s.slice(0, LONGEST_NAME + 'SPECIAL'.length + 'CORRESPONDENTS'.length + 3));
  // a name first, the longest that is followed by a role: names that open `s` are prefixes of each other
  for (let k = Math.min(key.length - 1, LONGEST_NAME); k > 0; k--) {
    if (!isSpace(key.charCodeAt(k)) || !NAME_KEYS.has(key.slice(0, k))) continue;
    const n = roleLength(key, k + 1);
    if (n >= 0) return s.slice(0, k + 1 + n);
  }
  const n = roleLength(key, 0);
  return n >= 0 ? s.slice(0, n) : null;
}
// By Helen Marsh, Health Correspondent, PA News: a role word anywhere in what follows the comma
const ROLE_IN_AFFILIATION = new RegExp(`(?:^|\\s)(?:${ROLE_WORDS})\\b`, 'i');

function parseName(text: string, start: number, end: number): { name: string; start: number; end: number } | null {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5 || t.length > 60) return null;
  if (!words.every((w) => NAME_WORD.test(w)) || !/^\p{Lu}/u.test(words[words.length - 1])) return null;
  return { name: normalCase(t), start: start + lead, end: start + lead + t.length };
}

/** Names of a byline body `JANE DOE and JOHN ROE` starting at `offset`, or null when it is not names. */
export function parseNames(text: string, start: number, end: number): Array<{ name: string; start: number; end: number }> | null {
  const out: Array<{ name: string; start: number; end: number }> = [];
  const body = text.slice(start, end);
  const sep = /\s+(?:and|AND|&)\s+|\s*,\s*(?:and\s+)?/g;
  let prev = 0;
  for (let m = sep.exec(body); ; m = sep.exec(body)) {
    const stop = m ? m.index : body.length;
    const n = parseName(text, start + prev, start + stop);
    if (!n) return null;
    out.push(n);
    if (!m) break;
    prev = m.index + m[0].length;
  }
  return out.length ? out : null;
}

/** A byline line `By …` in [start, end); true when it was one. */
export function bylineRule(st: SegState, start: number, end: number): boolean {
  const text = st.text;
  const line = text.slice(start, end);
  const by = BY.exec(line);
  if (!by || line.length > 160) return false;
  let bodyEnd = end;
  let affiliation: string | null = null;
  // By Jane Doe, Associated Press Writer | By JANE DOE Associated Press Writer
  const comma = line.indexOf(',', by[0].length);
  if (comma > 0) {
    const aff = line.slice(comma + 1).trim();
    if (isAffiliation(aff) || /\b(?:writer|correspondent|reporter|editor)s?$/i.test(aff) || (aff.length <= 80 && (ROLE_IN_AFFILIATION.test(aff) || !!agencyByName(aff.split(',').pop()!)))) {
      affiliation = aff;
      bodyEnd = start + comma;
    }
  }
  let from = start + by[0].length;
  const role = rolePrefix(text.slice(from, bodyEnd));
  if (role) {
    affiliation ??= role.trim();
    from += role.length;
  } else if (by[0].startsWith('by')) return false;
  let names: ReturnType<typeof parseNames> = null;
  if (affiliation === null) {
    // By JANE DOE Associated Press Writer | By JANE DOE and JOHN ROE Associated Press
    const m = trailingAffiliation(text.slice(from, bodyEnd));
    if (m && m.index > 0) {
      names = parseNames(text, from, from + m.index);
      if (names) affiliation = m.text;
    }
  }
  names ??= parseNames(text, from, bodyEnd);
  if (!names) return false;
  for (const n of names) st.ctx.story.header.bylines.push({ name: n.name, span: { start: n.start, end: n.end }, affiliation });
  region(st, 'byline', { start, end });
  return true;
}

/** `Associated Press Writer` on its own line: the affiliation of bylines that have none. */
export function affiliationRule(st: SegState, start: number, end: number): boolean {
  const bylines: Byline[] = st.ctx.story.header.bylines;
  if (!bylines.length) return false;
  const line = st.text.slice(start, end).trim();
  if (!isAffiliation(line)) return false;
  let used = false;
  for (const b of bylines) {
    if (b.affiliation === null) {
      b.affiliation = line;
      used = true;
    }
  }
  if (used) region(st, 'byline', { start, end });
  return used;
}

// `Associated Press Writer`: an agency's name opening an affiliation (built once: a long alternation)
const AFFILIATION_AGENCY = new RegExp(`^(?:The\\s)?(${AGENCY_NAMES})\\b`, 'i');

/** The agency a byline affiliation names (`Associated Press Writer` -> AP). */
export function affiliationAgency(aff: string | null): string | null {
  if (!aff) return null;
  const m = AFFILIATION_AGENCY.exec(aff);
  return m ? (agencyByName(m[1])?.short ?? null) : null;
}

/**
 * A byline glued to the end of a headline: `Quake hits north By JANE DOE`. The names must be
 * in capitals (unlike the headline) or carry an affiliation. Returns where the headline ends.
 */
export function gluedByline(st: SegState, start: number, end: number): number | null {
  const line = st.text.slice(start, end);
  // " By JANE DOE" or glued by a scraper: "Dar es SalaamBy HALIMA JUMA"
  const m = /(?:\s|(?<=\p{Ll}))(?:By|BY)\s+\S/u.exec(line);
  if (!m || m.index < 8) return null;
  const at = m.index + (/^\s/.test(m[0]) ? 1 : 0);
  const head = line.slice(0, m.index);
  const tail = line.slice(at);
  const hasAff = /,\s*(?:The\s)?(?:Associated Press|AP|Reuters)\b/i.test(tail);
  const capsNames = !/\p{Ll}/u.test(tail.slice(3).split(',')[0]) && /\p{Ll}/u.test(head);
  if (!hasAff && !capsNames) return null;
  return bylineRule(st, start + at, end) ? start + m.index : null;
}
