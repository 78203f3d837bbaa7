// One title per office: the same office stated twice (in the caption and the body, with and
// without its acronym, before a later mention as a bare `General Secretary`) is one title,
// kept in its fullest wording.
//   `member of the ... Communist Party of China (CPC) Central Committee`
//   `member of the ... Communist Party of China Central Committee`      -> one
//   `General Secretary` + `General Secretary of the CPC Central Committee` -> the second
import type { Title } from '../../schema/story.js';

const SKIP = new Set(['a', 'an', 'the', 'also', "'s", 's']);

/** The words of a title for comparing, lower case, without bracketed acronyms or articles. */
export function officeWords(t: Pick<Title, 'text'>): Set<string> {
  const words = t.text
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/\([^()]*\)/g, ' ')
    .replace(/'s\b/g, ' ')
    .split(/[^\p{L}\p{N}.-]+/u)
    .filter((w) => w && !SKIP.has(w));
  return new Set(words);
}

const within = (a: Set<string>, b: Set<string>): boolean => {
  for (const w of a) if (!b.has(w)) return false;
  return true;
};

const sameOffice = (a: Title, b: Title): boolean =>
  a.role === null || b.role === null || a.role === b.role || (b.role ?? '').endsWith(a.role ?? '');

/** Titles with every office once, fullest wording first kept, returned in story order. */
export function onePerOffice(titles: readonly Title[]): Title[] {
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
