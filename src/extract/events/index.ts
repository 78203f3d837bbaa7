// Stage 5: meetings, talks, visits, signings and statements, with who took part, when
// and where. The same event stated in the lead, a caption and later (`After the talks,
// ...`) is one record holding all its participants.
import type { Context, Stage } from '../../context.js';
import type { Event } from '../../schema/story.js';
import { storySentences } from '../../text/story-sentences.js';
import { storyRegions } from '../dates/regions.js';
import { mentionsWithin, storyActorMentions } from '../quotes/entity-mentions.js';
import { findTriggers } from './triggers.js';
import { sentenceSetting } from './where-when.js';

/** Past this many events a story is not prose; the rest is not read (linear time). */
const MAX_EVENTS = 200;
const family = (t: Event['type']): string => (t === 'meeting' || t === 'talks' ? 'consult' : t);

function sameEvent(a: Event, b: Event): boolean {
  if (family(a.type) !== family(b.type)) return false;
  if (a.date && b.date && a.date !== b.date) return false;
  if (!a.participants.length || !b.participants.length) return false;
  // one side's people all among the other's: `Wang held talks with Pak` and `Wang Dexin held
  // talks with Pak Myong Chol in Pyongyang`, not `Sonexay met with Liang` after Liang's talks with Bounmy
  const [small, big] = a.participants.length <= b.participants.length ? [a, b] : [b, a];
  return small.participants.every((p) => big.participants.includes(p));
}

export function extractEvents(ctx: Context): Event[] {
  const { text, story } = ctx;
  const mentions = storyActorMentions(ctx);
  const dates = [...story.dates].sort((a, b) => a.span.start - b.span.start);
  // the body first, so an event is told by its lead rather than by a caption
  const regions = storyRegions(story).filter((r) => r.kind !== 'headline');
  regions.sort((a, b) => (a.kind === 'caption' ? 1 : 0) - (b.kind === 'caption' ? 1 : 0) || a.span.start - b.span.start);
  const setting = sentenceSetting(ctx, dates, mentions);
  const events: Event[] = [];
  for (const region of regions) {
    for (const s of storySentences(ctx, region.span.start, region.span.end)) {
      if (events.length > MAX_EVENTS) break;
      for (const hit of findTriggers(text, mentions, s.start, s.end)) {
        const e: Event = {
          id: '',
          type: hit.trigger.type,
          cameo: hit.trigger.cameo,
          text: text.slice(hit.spanStart, hit.spanEnd),
          span: { start: hit.spanStart, end: hit.spanEnd },
          participants: hit.participants,
          date: setting.date(s.start, s.end),
          // a visit happens where it goes: `visited Astana`, `a visit to Astana`
          location: (hit.trigger.type === 'visit' && hit.trigger.cameo === '042' ? mentionsWithin(mentions, hit.end, Math.min(s.end, hit.end + 40), ['location'])[0]?.name : undefined) ?? setting.place(s.start, s.end),
          rule: hit.trigger.id,
        };
        const same = events.find((x) => sameEvent(x, e)) ?? (hit.trigger.reference || !e.participants.length ? [...events].reverse().find((x) => family(x.type) === family(e.type)) : undefined);
        if (same) {
          for (const p of e.participants) if (!same.participants.includes(p)) same.participants.push(p);
          same.date ??= e.date;
          same.location ??= e.location;
          // a type named more exactly wins: `talks` over `meeting`
          if (same.type === 'meeting' && e.type === 'talks') same.type = 'talks';
        } else if (!hit.trigger.reference && (e.participants.length || e.type === 'statement')) {
          events.push(e);
        }
      }
    }
  }
  return events.map((e, i) => ({ ...e, id: `e${i + 1}` }));
}

export const eventsStage: Stage = {
  name: 'events',
  run(ctx) {
    ctx.story.events.push(...extractEvents(ctx));
  },
};
