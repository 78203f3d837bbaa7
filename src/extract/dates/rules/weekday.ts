// `on Thursday`, `Thursday`, `last Monday`, `next Friday`: the weekday of the week of the
// story's date; a clause that looks back takes the latest one on or before it, one that
// looks forward (`will`, `next`) the first one after it.
import { WEEKDAYS } from '../../../lexicon/months.js';
import { addDays, dayIso, weekday, type Direction } from '../calendar.js';
import { capitalised, type DateRule } from '../rule.js';

const FULL_NAMES = [...WEEKDAYS.keys()].filter((w) => w.endsWith('day')).join('|');

export const weekdayRule: DateRule = {
  id: 'weekday',
  pattern: new RegExp(`\\b(?:(last|next|this|coming|past) )?(${FULL_NAMES})\\b`, 'gi'),
  // every full name ends in `day`
  cues: [/day/i],
  extract(m, input) {
    if (!capitalised(m[2])) return null;
    const start = m.index;
    const end = m.index + m[0].length;
    if (!input.ref) return { start, end, value: null };
    const target = WEEKDAYS.get(m[2].toLowerCase())!;
    const mod = m[1]?.toLowerCase();
    const direction: Direction =
      mod === 'last' || mod === 'past' ? 'past' : mod === 'next' || mod === 'coming' ? 'future' : input.direction(start, end);
    const today = weekday(input.ref);
    let shift: number;
    if (direction === 'future') {
      shift = (target - today + 7) % 7;
      if (shift === 0 && mod) shift = 7; // `next Thursday` said on a Thursday
    } else {
      shift = -((today - target + 7) % 7);
      if (shift === 0 && mod === 'last') shift = -7;
    }
    return { start, end, value: dayIso(addDays(input.ref, shift)) };
  },
};
