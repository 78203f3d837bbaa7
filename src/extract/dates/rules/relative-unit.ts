// `this year`, `last year`, `next month`, `last week`, `this week`. A week resolves to
// its Monday (ISO weeks start on Monday): the schema has days, months and years only.
import { RELATIVE_STEPS } from '../../../lexicon/dates-relative.js';
import { addDays, addMonths, dayIso, monthIso, weekday, yearIso } from '../calendar.js';
import type { DateRule } from '../rule.js';

const STEPS = [...RELATIVE_STEPS.keys()].join('|');
const UNITS = 'week|month|year';

export const relativeUnitRule: DateRule = {
  id: 'relative-unit',
  pattern: new RegExp(`\\b(${STEPS}) (${UNITS})\\b`, 'gi'),
  cues: [new RegExp(UNITS, 'i')],
  extract(m, input) {
    const start = m.index;
    const end = m.index + m[0].length;
    const ref = input.ref;
    if (!ref) return { start, end, value: null };
    const step = RELATIVE_STEPS.get(m[1].toLowerCase()) ?? 0;
    const unit = m[2].toLowerCase();
    let value: string | null;
    if (unit === 'year') value = yearIso(ref.year + step);
    else if (unit === 'month') value = monthIso(addMonths(ref, step));
    else value = dayIso(addDays(ref, 7 * step - ((weekday(ref) + 6) % 7)));
    return { start, end, value };
  },
};
