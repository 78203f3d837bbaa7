// Lookups the title rules build once from the lexicons: offices (one or more words,
// longest first), abbreviations, qualifiers, honorifics and countries by any of their names.
import {
  OFFICES, MULTIWORD_OFFICES, QUALIFIERS, HONORIFICS, TITLE_ABBREVIATIONS, PRE_NAME_TITLE_WORDS, MULTIWORD_HONORIFICS,
} from '../../lexicon/titles.js';
import { COUNTRIES } from '../../lexicon/countries.js';
import { NATIONAL_BODIES } from '../../lexicon/title-bodies.js';
import { POSITION_WORDS } from '../../lexicon/title-patterns.js';
import { unitKey as norm, type Unit } from './units.js';

/** Office phrases by first word, each as its words, longest first. */
const OFFICE_PHRASES = new Map<string, string[][]>();
for (const o of [...MULTIWORD_OFFICES, ...OFFICES, ...POSITION_WORDS]) {
  const words = o.split(' ');
  const list = OFFICE_PHRASES.get(words[0]) ?? [];
  list.push(words);
  OFFICE_PHRASES.set(words[0], list);
}
for (const list of OFFICE_PHRASES.values()) list.sort((a, b) => b.length - a.length);

/** The plural of an office's last word: `directors`, `secretaries`, `chairmen`, `heads`. */
function pluralOf(w: string): string {
  if (w.endsWith('man')) return `${w.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(?:s|x|ch|sh)$/.test(w)) return `${w}es`;
  return `${w}s`;
}
/** Plural office word -> singular, for the last word of an office phrase. */
const SINGULAR = new Map<string, string>();
for (const list of OFFICE_PHRASES.values()) {
  for (const words of list) {
    const last = words[words.length - 1];
    if (/^[a-z]+$/.test(last) && last.length > 2) SINGULAR.set(pluralOf(last), last);
  }
}

/** Abbreviations, lower case without periods: `gov` -> governor, `fm` -> foreign minister. */
const ABBR = new Map<string, string>();
for (const [k, v] of TITLE_ABBREVIATIONS) {
  if (!k.includes(' ')) ABBR.set(norm(k), v);
}
// All-capital abbreviations count only when written in capitals (`PM`, not `pm`).
const CAPS_ONLY = new Set([...TITLE_ABBREVIATIONS.keys()].filter((k) => /^[A-Z]+s?$/.test(k)).map((k) => k.toLowerCase()));

const QUALIFIER_SET = new Set(QUALIFIERS.filter((q) => !q.includes(' ')).map((q) => q.replace(/-$/, '')));
const HONORIFIC_SET = new Set(HONORIFICS.map(norm));
const PRE_NAME_SET = new Set(PRE_NAME_TITLE_WORDS);
/** Words of a role that a qualifier before it joins: `Vice President`, `Deputy Foreign Minister`. */
const ROLE_PREFIXES = new Set(['vice', 'deputy', 'assistant', 'associate', 'executive', 'co']);

const unitWord = (u: Unit): string => (u.kind === 'word' ? u.key : '');

/** The role a single unit stands for as an abbreviation (`Gov.` -> governor), or null. */
export function abbreviation(u: Unit): string | null {
  if (u.kind !== 'word' || u.possessive) return null;
  const w = u.key;
  const role = ABBR.get(w);
  if (!role) return null;
  if (CAPS_ONLY.has(w) && u.text !== u.text.toUpperCase()) return null;
  // `Gen` without its period is too often a word; a bare abbreviation must be capitalised
  if (!u.text.endsWith('.') && !CAPS_ONLY.has(w) && !u.upper) return null;
  return role;
}

/** `minister-designate` -> `minister`, `president-elect` -> `president`. */
const withoutDesignate = (w: string): string => w.replace(/-(?:elect|designate)$/, '');

/**
 * Length in units of the office phrase starting at units[i] (0 when none), and its role.
 * `then-President` and `ex-President` count as the office they qualify.
 */
export function officeAt(units: readonly Unit[], i: number, end: number): { length: number; role: string; plural: boolean } | null {
  const u = units[i];
  if (!u || i >= end || u.kind !== 'word' || u.possessive) return null;
  const abbr = abbreviation(u);
  // `Sens.`, `Reps.`, `MPs`: a plural abbreviation goes with a list of names
  if (abbr) return { length: 1, role: abbr, plural: u.key.endsWith('s') && ABBR.get(u.key.slice(0, -1)) === abbr };
  let first = unitWord(u);
  const hy = first.includes('-') ? /^(then|ex|former)-(.+)$/.exec(first) : null;
  if (hy) first = hy[2];
  // `Minister-designate`: an office chosen but not yet taken is the office
  if (!OFFICE_PHRASES.has(first) && first.includes('-')) first = withoutDesignate(first);
  const list = OFFICE_PHRASES.get(first);
  if (list) {
    for (const words of list) {
      if (i + words.length > end) continue;
      let ok = true;
      let plural = false;
      for (let k = 1; k < words.length && ok; k++) {
        const v = units[i + k];
        const w = v.kind === 'word' && !v.possessive ? unitWord(v) : '';
        // `vice department directors`, `Foreign Ministers`: the last word may be plural
        plural = k === words.length - 1 && w !== words[k] && SINGULAR.get(w) === words[k];
        ok = w === words[k] || plural || (k === words.length - 1 && w.includes('-') && withoutDesignate(w) === words[k]);
      }
      // a possessive office word is no office here (`the president's visit`)
      if (ok && units[i + words.length - 1].possessive) ok = false;
      if (ok) return { length: words.length, role: words.join(' '), plural };
    }
  }
  // a one-word office in the plural: `directors`, `ministers`
  const one = SINGULAR.get(first);
  if (one && OFFICE_PHRASES.get(one)?.some((w) => w.length === 1)) return { length: 1, role: one, plural: true };
  return null;
}

export const isQualifier = (u: Unit): boolean => u.kind === 'word' && QUALIFIER_SET.has(unitWord(u));
export const isRolePrefix = (u: Unit): boolean => u.kind === 'word' && ROLE_PREFIXES.has(unitWord(u));
export const isHonorificOnly = (u: Unit): boolean =>
  u.kind === 'word' && HONORIFIC_SET.has(unitWord(u)) && !OFFICE_PHRASES.has(unitWord(u));
const bareWord = (u: Unit | undefined): string => {
  if (!u || u.kind !== 'word') return '';
  const w = unitWord(u);
  // (most words hold no apostrophe: no regex replace for them)
  return w.includes("'") || w.includes('\u2019') ? w.replace(/['\u2019]/g, '') : w;
};
const isApostrophe = (u: Unit | undefined): boolean => !!u && (u.text === "'" || u.text === '\u2019');

/** MULTIWORD_HONORIFICS by their last word, each list in the order of MULTIWORD_HONORIFICS (longest first). */
const HONORIFICS_BY_LAST_WORD = new Map<string, (readonly string[])[]>();
for (const words of MULTIWORD_HONORIFICS) {
  const last = words[words.length - 1];
  const list = HONORIFICS_BY_LAST_WORD.get(last) ?? [];
  list.push(words);
  HONORIFICS_BY_LAST_WORD.set(last, list);
}
const NONE: readonly (readonly string[])[] = [];

/**
 * Units taken by the honorific that ends right before unit k (0 when none), longest first:
 * `Dr` -> 1, `Datuk Seri` -> 2, `Dato' Seri` -> 3 (the apostrophe is a unit of its own).
 * One-word honorifics that are also offices (`Marshal`, `Sheikh`) are titles, not honorifics.
 */
export function honorificEndingAt(units: readonly Unit[], k: number): number {
  // only honorifics whose last word is the unit before k can end there (same order as MULTIWORD_HONORIFICS)
  const candidates = k > 0 ? HONORIFICS_BY_LAST_WORD.get(bareWord(units[k - 1])) ?? NONE : NONE;
  for (const words of candidates) {
    let i = k - 1;
    let ok = true;
    for (let w = words.length - 1; w >= 0 && ok; w--) {
      if (w < words.length - 1 && isApostrophe(units[i]) && units[i].start === units[i - 1]?.end) i--;
      ok = i >= 0 && units[i].upper && bareWord(units[i]) === words[w] && !units[i + 1]?.breakBefore;
      i--;
    }
    if (ok) return k - 1 - i;
  }
  // `Dato'`, `Ir.`: the apostrophe or period may be a unit of its own
  const glued = k > 1 && units[k - 1].start === units[k - 2].end && (isApostrophe(units[k - 1]) || units[k - 1].text === '.');
  if (glued && isHonorificOnly(units[k - 2])) return 2;
  return k > 0 && isHonorificOnly(units[k - 1]) ? 1 : 0;
}

export const isPreNameWord = (role: string): boolean => PRE_NAME_SET.has(role.split(' ').pop() ?? role);

// ---- countries --------------------------------------------------------------------------

/** Any name, alias or demonym of a country (normalised) -> the country's normal name. */
const COUNTRY_BY_NAME = new Map<string, string>();
let longestCountry = 1;
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases, ...c.demonyms]) {
    const key = norm(n);
    if (!COUNTRY_BY_NAME.has(key)) COUNTRY_BY_NAME.set(key, c.name);
    longestCountry = Math.max(longestCountry, key.split(' ').length);
  }
}

/**
 * The country named by the units starting at i (`China`, `Chinese`, `U.S.`,
 * `Democratic People's Republic of Korea`), longest first, and how many units it takes.
 */
export function countryAt(units: readonly Unit[], i: number, end: number): { length: number; country: string } | null {
  if (!units[i] || units[i].kind !== 'word' || !units[i].upper) return null;
  let key = '';
  let best: { length: number; country: string } | null = null;
  for (let k = 0; k < longestCountry && i + k < end; k++) {
    const u = units[i + k];
    if (u.kind !== 'word') break;
    key = k === 0 ? u.key : `${key} ${u.key}`;
    // a possessive may end the name (`China's`) or stand inside it (`Democratic People's Republic of Korea`)
    const bare = u.possessive ? key.replace(/'s?$/, '') : key;
    const hit = COUNTRY_BY_NAME.get(key) ?? COUNTRY_BY_NAME.get(bare);
    if (hit) best = { length: k + 1, country: hit };
  }
  return best;
}

// ---- national bodies ----------------------------------------------------------------------

/** A unit as written for body lookups: `Workers'`, `People's`, `CPC` from `(CPC)`. */
const bodyText = (u: Unit): string => (u.kind === 'paren' ? u.text.slice(1, -1).trim() : u.text);
const BODY_WORDS = Math.max(...[...NATIONAL_BODIES.keys()].map((k) => k.split(' ').length));

/**
 * The country of a well-known national body named by the units starting at i (`CPC`, `(WPK)`,
 * `Workers' Party of Korea`, `Bundestag`), longest first; case as written, so `diet` is no `Diet`.
 */
export function bodyCountryAt(units: readonly Unit[], i: number, end: number): { length: number; country: string } | null {
  let key = '';
  let best: { length: number; country: string } | null = null;
  for (let k = 0; k < BODY_WORDS && i + k < end; k++) {
    const u = units[i + k];
    if (u.kind !== 'word' && u.kind !== 'paren') break;
    if (k > 0 && u.kind === 'paren') break;
    key = k === 0 ? bodyText(u) : `${key} ${u.text}`;
    const bare = u.possessive && !u.text.endsWith("'") ? key.replace(/(?:'s|\u2019s)$/, '') : key;
    const hit = NATIONAL_BODIES.get(key) ?? NATIONAL_BODIES.get(bare);
    if (hit) best = { length: k + 1, country: hit };
    if (u.kind === 'paren') break;
  }
  return best;
}
