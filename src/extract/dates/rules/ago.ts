// `two days ago`, `a year ago`, `3 weeks ago`
import { NUMBER_WORDS } from '../../../lexicon/dates-relative.js';
import { addDays, addMonths, dayIso, monthIso, yearIso } from '../calendar.js';
import type { DateRule } from '../rule.js';

const COUNTS = [...NUMBER_WORDS.keys()].join('|');

export const agoRule: DateRule = {
  id: 'ago',
  pattern: new RegExp(`\\b(\\d{1,3}|${COUNTS}) (day|week|month|year)s? ago\\b`, 'gi'),
  cues: [/ ago/i],
  extract(m, input) {
    const start = m.index;
    const end = m.index + m[0].length;
    const n = /\d/.test(m[1]) ? +m[1] : NUMBER_WORDS.get(m[1].toLowerCase()) ?? NaN;
    const ref = input.ref;
    if (!ref || Number.isNaN(n)) return { start, end, value: null };
    const unit = m[2].toLowerCase();
    const value =
      unit === 'year' ? yearIso(ref.year - n) : unit === 'month' ? monthIso(addMonths(ref, -n)) : dayIso(addDays(ref, -(unit === 'week' ? 7 * n : n)));
    return { start, end, value };
  },
};
