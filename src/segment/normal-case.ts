// Normal case for names written in capitals: PYONGYANG -> Pyongyang, DAR ES SALAAM ->
// Dar es Salaam, ST. PETERSBURG -> St. Petersburg, WINSTON-SALEM -> Winston-Salem,
// JANE DOE -> Jane Doe. Mixed-case text is already normal and kept as written.
import { PLACE_SMALL_WORDS } from '../lexicon/segment-codes.js';

const SMALL = new Set(PLACE_SMALL_WORDS);

export function normalCase(s: string): string {
  const squashed = s.replace(/\s+/g, ' ').trim();
  if (/\p{Ll}/u.test(squashed)) return squashed;
  let first = true;
  return squashed.toLowerCase().replace(/(^|[^\p{L}])(\p{L}+)/gu, (_m, pre: string, word: string) => {
    const keepSmall = !first && pre === ' ' && SMALL.has(word);
    first = false;
    // McALLEN -> McAllen
    const w = /^mc\p{L}{2,}/u.test(word) ? 'Mc' + word[2].toUpperCase() + word.slice(3) : word[0].toUpperCase() + word.slice(1);
    return pre + (keepSmall ? word : w);
  });
}
