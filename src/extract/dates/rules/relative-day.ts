// `yesterday`, `today`, `tomorrow`, `tonight`, `this morning`, `last night`
import { PARTS_OF_DAY, RELATIVE_DAYS } from '../../../lexicon/dates-relative.js';
import { addDays, dayIso } from '../calendar.js';
import type { DateRule } from '../rule.js';

const WORDS = [...PARTS_OF_DAY.keys(), ...RELATIVE_DAYS.keys()].map((w) => w.replace(' ', ' +')).join('|');

export const relativeDayRule: DateRule = {
  id: 'relative-day',
  pattern: new RegExp(`\\b(${WORDS})\\b`, 'gi'),
  extract(m, input) {
    const key = m[1].toLowerCase().replace(/ +/, ' ');
    const n = RELATIVE_DAYS.get(key) ?? PARTS_OF_DAY.get(key) ?? 0;
    const value = input.ref ? dayIso(addDays(input.ref, n)) : null;
    return { start: m.index, end: m.index + m[0].length, value };
  },
};
