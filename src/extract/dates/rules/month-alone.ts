// `in March`, `since May`, `last December`, `next April`, `early June`: a month with no
// day or year, dated from the story's date and the tense of its clause.
import { MONTH_PATTERN, monthNumber } from '../../../lexicon/months.js';
import { monthIso, yearFor, type Direction } from '../calendar.js';
import { capitalised, MONTH_START, type DateRule } from '../rule.js';

const LEAD = 'in|since|until|till|by|from|during|early|late|mid|before|after|through|of|throughout';

export const monthAloneRule: DateRule = {
  id: 'month-alone',
  pattern: new RegExp(`\\b(?:(?:${LEAD})[ -]|(last|next|this|coming|past) )(${MONTH_PATTERN})\\b(?!\\.? ?\\d)`, 'gi'),
  cues: [MONTH_START],
  extract(m, input) {
    if (!capitalised(m[2])) return null;
    const month = monthNumber(m[2])!;
    const end = m.index + m[0].length;
    const start = m[1] ? m.index : end - m[2].length;
    const mod = m[1]?.toLowerCase();
    const direction: Direction =
      mod === 'last' || mod === 'past' ? 'past' : mod === 'next' || mod === 'coming' ? 'future' : input.direction(start, end);
    if (!input.ref) return { start, end, value: null };
    let year = yearFor(input.ref, month, null, direction);
    // `last April` written in April is a year back, `next April` a year ahead.
    if (month === input.ref.month && mod === 'last') year -= 1;
    if (month === input.ref.month && mod === 'next') year += 1;
    return { start, end, value: monthIso({ year, month, day: 1 }) };
  },
};
