// `11 April 2024`, `2 Nov.`, `3rd of March` (day first, as British and agency copy writes it).
import { MONTH_PATTERN, monthNumber, isoDate } from '../../../lexicon/months.js';
import { yearFor } from '../calendar.js';
import { capitalised, DIGIT, MONTH_START, type DateRule } from '../rule.js';

export const dayMonthRule: DateRule = {
  id: 'day-month',
  pattern: new RegExp(`(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_PATTERN})\\b(?:,? (\\d{4})(?!\\d))?`, 'gi'),
  cues: [DIGIT, MONTH_START],
  extract(m, input) {
    if (!capitalised(m[2])) return null;
    const month = monthNumber(m[2])!;
    const day = +m[1];
    const end = m.index + m[0].length;
    let year: number | null = m[3] ? +m[3] : null;
    if (year === null && input.ref) year = yearFor(input.ref, month, day, input.direction(m.index, end));
    const value = year === null ? null : isoDate(year, month, day);
    if (year !== null && !value) return null;
    return { start: m.index, end, value };
  },
};
