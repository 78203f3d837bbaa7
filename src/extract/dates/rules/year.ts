// `in 1998`, `since 2010`, `mid-2024`, `a 2018 agreement`, `by the end of 2025`: a
// four-digit year after a word that makes it one (a bare `2000` may be a count).
import { YEAR_PREPOSITIONS } from '../../../lexicon/dates-relative.js';
import { yearIso } from '../calendar.js';
import { DIGIT, YEAR_DIGITS, type DateRule } from '../rule.js';

export const yearRule: DateRule = {
  id: 'year',
  pattern: new RegExp(`\\b(?:${YEAR_PREPOSITIONS.join('|')})[ -]((?:1[89]|20)\\d{2})(?![\\d,.]\\d|%| ?(?:percent|per cent|people|persons|troops|tons|tonnes|units|km|kilometers|miles|yuan|dollars|euros))\\b`, 'gi'),
  cues: [DIGIT, YEAR_DIGITS],
  extract(m) {
    const end = m.index + m[0].length;
    return { start: end - m[1].length, end, value: yearIso(+m[1]) };
  },
};
