// `April 11, 2024`, `Nov. 2`, `Nov. 2 , 2005`, `Sept 30 2019`, `June 3rd`: month first,
// year optional (from the story's date when missing).
import { MONTH_PATTERN, monthNumber, isoDate } from '../../../lexicon/months.js';
import { yearFor } from '../calendar.js';
import { capitalised, DIGIT, MONTH_START, type DateRule } from '../rule.js';

export const monthDayRule: DateRule = {
  id: 'month-day',
  pattern: new RegExp(`\\b(${MONTH_PATTERN})(?:\\. ?| )(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:(?: ?, ?| )(\\d{4})(?!\\d))?`, 'gi'),
  cues: [DIGIT, MONTH_START],
  extract(m, input) {
    if (!capitalised(m[1])) return null;
    const month = monthNumber(m[1])!;
    const day = +m[2];
    let year: number | null = m[3] ? +m[3] : null;
    const end = m.index + m[0].length;
    if (year === null && input.ref) year = yearFor(input.ref, month, day, input.direction(m.index, end));
    const value = year === null ? null : isoDate(year, month, day);
    if (year !== null && !value) return null;
    return { start: m.index, end, value };
  },
};
