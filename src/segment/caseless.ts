// Looking words up as a case-insensitive regex compares them, without the regex: a long
// alternation of names under the `i` flag (every agency's full and written names) costs
// milliseconds to compile in each fresh process, more than all the lookups it does.

/**
 * `s` with each character as a case-insensitive regex without the `u` flag compares it
 * (ECMA-262 Canonicalize): its upper case, unless that is more than one character or turns a
 * character outside ASCII into one inside it (`ß`, `ſ`, the Kelvin sign stay as they are). Two
 * strings match each other under such a regex's `i` flag when their caseless forms are equal.
 */
export function caseless(s: string): string {
  // (ASCII alone, nearly every line: the upper case is the canonical form)
  if (!/[^\x00-\x7f]/.test(s)) return s.toUpperCase();
  let out = '';
  for (const c of s.split('')) {
    const u = c.toUpperCase();
    out += c.charCodeAt(0) < 128 || (u.length === 1 && u.charCodeAt(0) >= 128) ? u : c;
  }
  return out;
}
