// `4/4/2018` (month first, as US wires write it), `25/12/2019` (day first when the first
// number cannot be a month).
import { isoDate } from '../../../lexicon/months.js';
import { DIGIT, type DateRule } from '../rule.js';

export const numericDateRule: DateRule = {
  id: 'numeric-date',
  pattern: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g,
  cues: [DIGIT, /\//],
  extract(m) {
    const a = +m[1];
    const b = +m[2];
    const value = a > 12 ? isoDate(+m[3], b, a) : isoDate(+m[3], a, b);
    return value ? { start: m.index, end: m.index + m[0].length, value } : null;
  },
};
