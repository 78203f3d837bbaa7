// Lookup tables built once from the lexicons: a folded name -> what it is. Folding is
// lower case, periods dropped, runs of spaces and hyphens as one space, so `U.S.`, `US`
// and `Ri Song-gun` / `Ri Song Gun` meet.
import { COUNTRIES, CONTINENTS, REGION_DEMONYMS } from '../../lexicon/countries.js';
import { KNOWN_ORGANIZATIONS, ORG_HEADS } from '../../lexicon/organizations.js';
import { AGENCIES } from '../../lexicon/agencies.js';
import * as G from '../../lexicon/generated.js';
import { WORLD_CITIES, WORLD_REGIONS } from '../../lexicon/places-world.js';
import { EXTRA_GIVEN_NAMES } from '../../lexicon/given-names-extra.js';
import type { Location, Organization } from '../../schema/story.js';
import { boundedMemo } from '../../text/search.js';

const isFoldSpace = (k: number): boolean => k === 32 || (k >= 9 && k <= 13) || k === 45 || k === 0x2010 || k === 0xa0 || k === 0x1680
  || (k >= 0x2000 && k <= 0x200a) || k === 0x2028 || k === 0x2029 || k === 0x202f || k === 0x205f || k === 0x3000 || k === 0xfeff;

/** Whether folding changes nothing but case: no period, `’`, or space or hyphen other than one space between words. */
function foldsToLowerCase(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const k = s.charCodeAt(i);
    if (k === 46 || k === 0x2019 || (k === 32 ? s.charCodeAt(i + 1) === 32 : isFoldSpace(k))) return false;
  }
  return true;
}

/** Lower case, `’` as `'`, periods dropped, runs of spaces and hyphens as one space, trimmed; one pass. */
function foldOnce(s: string): string {
  // most names (`Kim Jong Un`, `Pyongyang`) only change case: no string built a character at a time
  if (foldsToLowerCase(s)) return s.toLowerCase();
  const lower = s.toLowerCase();
  let out = '';
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const k = lower.charCodeAt(i);
    if (k === 46) continue;
    if (isFoldSpace(k)) {
      gap = out.length > 0;
      continue;
    }
    if (gap) {
      out += ' ';
      gap = false;
    }
    out += k === 0x2019 ? "'" : lower[i];
  }
  return out;
}
// The same strings are looked up several times in a row (place, org, demonym): a small cache,
// emptied when full so memory stays bounded on any input.
export const fold = boundedMemo(foldOnce);

export interface PlaceEntry { name: string; kind: Location['kind'] }
export interface OrgEntry { name: string; kind: Organization['kind']; acronym: string | null }

export const PLACES = new Map<string, PlaceEntry>();
export const DEMONYMS = new Map<string, PlaceEntry>();
export const ORGS = new Map<string, OrgEntry>();

function addPlace(written: string, entry: PlaceEntry): void {
  const k = fold(written);
  if (k && !PLACES.has(k)) PLACES.set(k, entry);
}
const title = (s: string): string => s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

for (const c of COUNTRIES) {
  const e: PlaceEntry = { name: c.name, kind: 'country' };
  addPlace(c.name, e);
  for (const a of c.aliases) addPlace(a, e);
  for (const d of c.demonyms) DEMONYMS.set(fold(d), e);
}
// `US` folds like `us`: keep it only as written in capitals (see isPlaceWord below).
for (const c of CONTINENTS) addPlace(c, { name: c, kind: 'continent' });
for (const [d, p] of REGION_DEMONYMS) DEMONYMS.set(fold(d), PLACES.get(fold(p)) ?? { name: p, kind: 'region' });
for (const w of G.COUNTRIES) addPlace(w, { name: title(w), kind: 'country' });
for (const w of G.CITIES) addPlace(w, { name: title(w), kind: 'city' });
for (const w of G.REGIONS) addPlace(w, { name: title(w), kind: 'region' });
for (const w of G.PLACES) addPlace(w, { name: title(w), kind: 'other' });
for (const w of WORLD_CITIES) addPlace(w, { name: title(w), kind: 'city' });
for (const w of WORLD_REGIONS) addPlace(w, { name: title(w), kind: 'region' });

for (const [w, [name, kind]] of KNOWN_ORGANIZATIONS) {
  const acronym = /^[A-Z][A-Z.]+$/.test(w) && w !== name ? w.replace(/\./g, '') : null;
  ORGS.set(fold(w), { name, kind, acronym });
}
for (const a of AGENCIES) {
  const e: OrgEntry = { name: a.short, kind: 'news-agency', acronym: null };
  for (const w of [...a.written, ...a.full]) if (!ORGS.has(fold(w))) ORGS.set(fold(w), e);
}
for (const w of [...G.ORGANIZATIONS, ...G.SPORTS_TEAMS]) {
  if (!ORGS.has(fold(w)) && !PLACES.has(fold(w))) ORGS.set(fold(w), { name: title(w), kind: G.SPORTS_TEAMS.has(w) ? 'sports' : 'other', acronym: null });
}

/** The kind of organization a head word makes (`Party` -> party), if it is one. */
export const orgHead = (word: string): Organization['kind'] | undefined => ORG_HEADS.get(fold(word));

/** Month and weekday names, lower case (`Wednesday`, `Sept`). */
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

const EXTRA_GIVEN: ReadonlySet<string> = new Set(EXTRA_GIVEN_NAMES);
export const isGivenName = (w: string): boolean => {
  const l = w.toLowerCase();
  return G.GIVEN_NAMES.has(l) || EXTRA_GIVEN.has(l);
};
export const isFamilyName = (w: string): boolean => G.FAMILY_NAMES.has(w.toLowerCase());
export const isCommonWord = (w: string): boolean => G.COMMON_WORDS.has(w.toLowerCase());
export const KNOWN_PEOPLE: ReadonlySet<string> = G.PEOPLE;

/** Short place aliases that are also English words: only matched when written in capitals. */
const CAPS_ONLY = new Set(['us', 'gb', 'nz', 'uk', 'usa', 'prc', 'rok', 'uae', 'drc']);

// The longest key of the tables: a longer string (a run of 40 capitalised words) is in none,
// and is not folded at all. Folding only shortens a string, so twice the length is safe.
let maxKey = 0;
for (const k of [...PLACES.keys(), ...ORGS.keys(), ...DEMONYMS.keys()]) maxKey = Math.max(maxKey, k.length);
const MAX_WRITTEN = 2 * maxKey + 8;

/**
 * The key the three tables are read by: `written` folded, or '' when it is longer than any key
 * (no table holds ''). A caller that asks more than one table about the same name (classify:
 * place, then organization, then demonym) folds it once and passes the key.
 */
export const lookupKey = (written: string): string => (written.length > MAX_WRITTEN ? '' : fold(written));

export function lookupPlace(written: string, k = lookupKey(written)): PlaceEntry | undefined {
  if (!k) return undefined;
  if (CAPS_ONLY.has(k) && written.replace(/\./g, '') !== written.replace(/\./g, '').toUpperCase()) return undefined;
  return PLACES.get(k);
}
export const lookupOrg = (written: string, k = lookupKey(written)): OrgEntry | undefined => {
  if (!k) return undefined;
  const e = ORGS.get(k);
  // one-word generated entries that are also common words (`Apple` is fine; `Who` is not)
  if (e && written === 'WHO' ) return e;
  if (e && k === 'who') return undefined;
  return e;
};
export const lookupDemonym = (written: string, k = lookupKey(written)): PlaceEntry | undefined => (k ? DEMONYMS.get(k) : undefined);
