// Line rules tried in order on every line (trailers, slug codes) are mostly anchored at the
// line's start, and each can only open with a few characters: `Reuter` with R, `(Reporting by`
// with `(`. A rule states them as data (`opens`), and a line is tried only against the rules
// that can open with its first character, in their order: a line opening `The` skips `^Reuters?$`,
// `^==\s?Kyodo$`, `^::`... without a regex call each. Exact while every match of a rule opens
// with one of its characters (checked by __tests__/segment/openings.test.ts).

/** Character sets for `opens`, in ASCII. */
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
/** What `\w` matches in ASCII. */
export const WORD = UPPER + LOWER + DIGITS + '_';
/** What `\s` matches in ASCII. */
export const SPACE = ' \t\n\v\f\r';
/** The first letters of a list of words (a rule built from a word list opens with one of them). */
export const firstLetters = (words: readonly string[]): string => words.map((w) => w[0]).join('');

export interface OpeningRule {
  /**
   * Every ASCII character a match of the rule can open with (non-ASCII ones need not be listed:
   * a line opening with one is tried against every rule); absent when the rule is not anchored.
   */
  readonly opens?: string;
  /** Text every match of the rule holds (`@` in an e-mail line): a line without it is not tried. */
  readonly cue?: string;
}

/**
 * The rules a line may match, by the line: only those that can open with its first character
 * when that is ASCII (128 lists, built once), else all of them.
 */
export function rulesByOpening<R extends OpeningRule>(rules: readonly R[]): (line: string) => readonly R[] {
  const table: R[][] = [];
  for (let k = 0; k < 128; k++) table.push([]);
  for (const r of rules) {
    if (r.opens === undefined) {
      for (const list of table) list.push(r);
      continue;
    }
    // a character listed twice (`A` in two words of a list) files the rule once
    const codes = new Set<number>();
    for (let i = 0; i < r.opens.length; i++) if (r.opens.charCodeAt(i) < 128) codes.add(r.opens.charCodeAt(i));
    for (const k of codes) table[k].push(r);
  }
  return (line) => {
    const k = line.charCodeAt(0);
    // (an empty line gives NaN: every rule)
    return k < 128 ? table[k] : rules;
  };
}
