// One title per office: the same office stated twice (in the caption and the body, with and
// without its acronym, before a later mention as a bare `General Secretary`) is one title,
// kept in its fullest wording.
//   `member of the ... Communist Party of China (CPC) Central Committee`
//   `member of the ... Communist Party of China Central Committee`      -> one
//   `General Secretary` + `General Secretary of the CPC Central Committee` -> the second
//   `China's vice minister of commerce` + `Chinese vice minister of commerce` -> one (a country
//   is one word whether written as its name, its demonym or a possessive)
import type { Title } from '../../schema/story.js';
import { COUNTRIES } from '../../lexicon/countries.js';
import { TITLE_ABBREVIATIONS } from '../../lexicon/titles.js';

const SKIP = new Set(['a', 'an', 'the', 'also', "'s", 's']);
const MAX_COUNTRY_WORDS = 6;

const wordsOf = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/\([^()]*\)/g, ' ')
    .replace(/'s\b/g, ' ')
    .split(/[^\p{L}\p{N}.-]+/u)
    .filter((w) => w && !SKIP.has(w));

/** Any name, alias or demonym of a country, as words joined by a space -> one token for the country. */
const COUNTRY_TOKEN = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases, ...c.demonyms]) COUNTRY_TOKEN.set(wordsOf(n).join(' '), `@${c.name}`);
}
/** The first word of every key of COUNTRY_TOKEN: a word that is none starts no country. */
const COUNTRY_FIRST_WORDS = new Set([...COUNTRY_TOKEN.keys()].map((k) => k.split(' ')[0]));

/** One-word abbreviations -> the words of the office (`pm` -> prime minister, `sen` -> senator). */
const ABBREVIATED = new Map<string, string[]>();
for (const [k, v] of TITLE_ABBREVIATIONS) if (!k.includes(' ')) ABBREVIATED.set(k.toLowerCase().replace(/\.$/, ''), v.split(' '));

// The same few title texts come back in story after story (`President`, `Foreign Minister`)
// and a person's titles repeat theirs: each text is read once. The sets are never changed
// after they are made; the cache is emptied when full, so memory stays bounded.
const OFFICE_WORDS = new Map<string, ReadonlySet<string>>();
const MAX_CACHED = 4096;

/** The words of a title for comparing, lower case, without bracketed acronyms or articles. */
export function officeWords(t: Pick<Title, 'text'>): ReadonlySet<string> {
  let found = OFFICE_WORDS.get(t.text);
  if (!found) {
    if (OFFICE_WORDS.size >= MAX_CACHED) OFFICE_WORDS.clear();
    found = readOfficeWords(t.text);
    OFFICE_WORDS.set(t.text, found);
  }
  return found;
}

function readOfficeWords(text: string): Set<string> {
  const words = wordsOf(text);
  const out = new Set<string>();
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    const maxWords = COUNTRY_FIRST_WORDS.has(words[i]) ? Math.min(MAX_COUNTRY_WORDS, words.length - i) : 0;
    for (let n = maxWords; n > 0 && !taken; n--) {
      const token = COUNTRY_TOKEN.get(words.slice(i, i + n).join(' '));
      if (token) { out.add(token); taken = n; }
    }
    // `PM` and `Prime Minister`, `Sen.` and `Senator` are one office
    if (!taken) {
      for (const w of ABBREVIATED.get(words[i].replace(/\.$/, '')) ?? [words[i]]) out.add(w);
      taken = 1;
    }
    i += taken;
  }
  return out;
}

const within = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const w of a) if (!b.has(w)) return false;
  return true;
};

const sameOffice = (a: Title, b: Title): boolean =>
  a.role === null || b.role === null || a.role === b.role || (b.role ?? '').endsWith(a.role ?? '');

/** Titles with every office once, fullest wording first kept, returned in story order. */
export function onePerOffice(titles: readonly Title[]): Title[] {
  // (most people have no title or one: nothing to compare, so no arrays to sort)
  if (titles.length === 0) return [];
  if (titles.length === 1) return officeWords(titles[0]).size === 0 ? [] : [titles[0]];
  const words = titles.map(officeWords);
  const order = titles.map((_, i) => i).sort((x, y) => words[y].size - words[x].size || titles[x].span.start - titles[y].span.start);
  const kept: number[] = [];
  for (const i of order) {
    if (words[i].size === 0) continue;
    if (kept.some((k) => sameOffice(titles[i], titles[k]) && within(words[i], words[k]))) continue;
    kept.push(i);
  }
  return kept.map((i) => titles[i]).sort((a, b) => a.span.start - b.span.start);
}
