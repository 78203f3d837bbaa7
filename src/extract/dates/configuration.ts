// The date rules in the order they are tried. When two candidates overlap the longer
// wins; on a tie the earlier rule here wins.
import type { DateRule } from './rule.js';
import { isoDateRule } from './rules/iso-date.js';
import { numericDateRule } from './rules/numeric-date.js';
import { monthDayRule } from './rules/month-day.js';
import { dayMonthRule } from './rules/day-month.js';
import { monthYearRule } from './rules/month-year.js';
import { monthAloneRule } from './rules/month-alone.js';
import { weekdayRule } from './rules/weekday.js';
import { relativeDayRule } from './rules/relative-day.js';
import { relativeUnitRule } from './rules/relative-unit.js';
import { agoRule } from './rules/ago.js';
import { yearRule } from './rules/year.js';
import { bareYearRule } from './rules/bare-year.js';

export const DATE_RULES: readonly DateRule[] = [
  // 2024-04-11: unambiguous, first
  isoDateRule,
  // 4/4/2018
  numericDateRule,
  // April 11, 2024 / Nov. 2
  monthDayRule,
  // 11 April 2024
  dayMonthRule,
  // April 2024
  monthYearRule,
  // in March / last December
  monthAloneRule,
  // on Thursday / next Friday
  weekdayRule,
  // yesterday / today / last night
  relativeDayRule,
  // this year / last week / next month
  relativeUnitRule,
  // two days ago
  agoRule,
  // in 1998 / a 2018 agreement: last, the weakest evidence
  yearRule,
  // designated 2024 as: a year with nothing before it, the weakest of all
  bareYearRule,
];
