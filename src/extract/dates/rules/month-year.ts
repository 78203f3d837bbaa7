// `April 2024`, `Sept. 2019`, `March, 1998`
import { MONTH_PATTERN, monthNumber } from '../../../lexicon/months.js';
import { monthIso } from '../calendar.js';
import { capitalised, DIGIT, MONTH_START, YEAR_DIGITS, type DateRule } from '../rule.js';

export const monthYearRule: DateRule = {
  id: 'month-year',
  pattern: new RegExp(`\\b(${MONTH_PATTERN})\\.?,? ((?:1[5-9]|20)\\d{2})(?!\\d)`, 'gi'),
  cues: [DIGIT, YEAR_DIGITS, MONTH_START],
  extract(m) {
    if (!capitalised(m[1])) return null;
    const value = monthIso({ year: +m[2], month: monthNumber(m[1])!, day: 1 });
    return { start: m.index, end: m.index + m[0].length, value };
  },
};
