// The date a story's relative dates count from: the dateline's, else the header's, else
// the caller's options.referenceDate. Only a full day (YYYY-MM-DD) can anchor a weekday.
import type { Context } from '../../context.js';
import { parseIso, type DayRef } from './calendar.js';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function referenceDay(ctx: Context): DayRef | null {
  const candidates = [ctx.story.dateline?.date, ctx.story.header.date, ctx.options.referenceDate];
  const day = candidates.find((d) => d && FULL_DAY.test(d));
  return day ? parseIso(day) : null;
}
