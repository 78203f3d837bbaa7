// The span invariant, checked on every value of a story: a value's span must point at
// the text it came from. `{ text, span }` values and mentions must equal their slice
// exactly; normalised values beside an `xSpan` (a city in normal case, a byline name)
// must equal it but for case and spacing; dates beside a `dateSpan` only need a
// non-empty span inside the input.
import type { Story } from '../../src/schema/story.js';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isSpan = (x: unknown): x is { start: number; end: number } =>
  isObj(x) && Number.isInteger(x.start) && Number.isInteger(x.end);

const fold = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();

export function spanViolations(input: string, story: Story): string[] {
  const bad: string[] = [];
  const check = (where: string, s: { start: number; end: number }): boolean => {
    if (s.start < 0 || s.end > input.length || s.start > s.end) {
      bad.push(`${where}: span ${s.start}-${s.end} outside input of ${input.length}`);
      return false;
    }
    return true;
  };
  const visit = (x: unknown, where: string): void => {
    if (Array.isArray(x)) {
      x.forEach((v, i) => visit(v, `${where}[${i}]`));
      return;
    }
    if (!isObj(x)) return;
    if (isSpan(x.span) && check(`${where}.span`, x.span)) {
      const slice = input.slice(x.span.start, x.span.end);
      if (typeof x.text === 'string' && x.text !== slice) bad.push(`${where}: text ${JSON.stringify(x.text)} != slice ${JSON.stringify(slice)}`);
      if (typeof x.name === 'string' && typeof x.text !== 'string' && fold(x.name) !== fold(slice) && !slice.toLowerCase().includes(fold(x.name)))
        bad.push(`${where}: name ${JSON.stringify(x.name)} not in slice ${JSON.stringify(slice)}`);
    }
    if (isSpan(x.start === undefined ? null : { start: x.start, end: x.end }) && typeof x.text === 'string') {
      const m = { start: x.start as number, end: x.end as number };
      const slice = check(where, m) ? input.slice(m.start, m.end) : '';
      if (x.text !== slice) bad.push(`${where}: mention ${JSON.stringify(x.text)} != slice ${JSON.stringify(slice)}`);
    }
    for (const [k, v] of Object.entries(x)) {
      if (k.endsWith('Span') && k !== 'span' && isSpan(v) && check(`${where}.${k}`, v)) {
        const value = x[k.slice(0, -4)];
        const slice = input.slice(v.start, v.end);
        if (k === 'dateSpan') {
          if (!slice.trim()) bad.push(`${where}.${k}: empty`);
        } else if (typeof value === 'string' && fold(value) !== fold(slice)) {
          bad.push(`${where}.${k}: ${JSON.stringify(value)} != slice ${JSON.stringify(slice)}`);
        }
      }
      if (k !== 'span') visit(v, `${where}.${k}`);
    }
  };
  visit(story, 'story');
  return bad;
}
