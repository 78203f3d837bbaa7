// `jointly designated 2024 as the ...`: a four-digit number from 1900 to 2099 standing
// alone, read as a year unless counting something (`2000 troops`, `1500 percent`) or part
// of a bigger number (`1,999`, `2024.5`, `$2000`).
import { yearIso } from '../calendar.js';
import { DIGIT, YEAR_DIGITS, type DateRule } from '../rule.js';

export const bareYearRule: DateRule = {
  id: 'bare-year',
  pattern: /(?<![\d$€£¥,.\/:-])((?:19|20)\d{2})(?![\d,.:\/%-]\d|\d| ?(?:%|percent|per cent)| (?!(?:as|was|is|has|its|this|thus|plus|less|unless|us|whereas|across|his)\b)[a-z]+s\b| (?:yuan|won|yen|km|kg|mw|people)\b)/g,
  cues: [DIGIT, YEAR_DIGITS],
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, value: yearIso(+m[1]) };
  },
};
