// `2024-04-11`
import { isoDate } from '../../../lexicon/months.js';
import { DIGIT, type DateRule } from '../rule.js';

export const isoDateRule: DateRule = {
  id: 'iso-date',
  pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
  cues: [DIGIT],
  extract(m) {
    const value = isoDate(+m[1], +m[2], +m[3]);
    return value ? { start: m.index, end: m.index + m[0].length, value } : null;
  },
};
