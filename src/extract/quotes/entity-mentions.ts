// The entities stage's mentions as one sorted list, so the quote, event and agreement
// rules can link a phrase to a person, organization or place by its span: the speaker
// or witness is the person whose name mention overlaps the phrase.
import { perStory, type Context } from '../../context.js';
import type { Story, Span } from '../../schema/story.js';
import { lowerBound } from '../../text/search.js';

export type EntityKind = 'person' | 'organization' | 'location';

export interface EntityMention {
  id: string;
  kind: EntityKind;
  /** Location kind (country, city…) for places; null otherwise. */
  subkind: string | null;
  name: string;
  start: number;
  end: number;
}

export function entityMentions(story: Story): EntityMention[] {
  const out: EntityMention[] = [];
  for (const p of story.people) for (const m of p.mentions) out.push({ id: p.id, kind: 'person', subkind: null, name: p.name, start: m.start, end: m.end });
  for (const o of story.organizations) for (const m of o.mentions) out.push({ id: o.id, kind: 'organization', subkind: o.kind, name: o.name, start: m.start, end: m.end });
  for (const l of story.locations) for (const m of l.mentions) out.push({ id: l.id, kind: 'location', subkind: l.kind, name: l.name, start: m.start, end: m.end });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Mentions that can take part in an event or an agreement: not the agency in the
 * dateline (`CAIRO, Dec 31 (AFP) -`), nor a news agency elsewhere.
 */
function actorMentions(story: Story, mentions: readonly EntityMention[]): EntityMention[] {
  const d = story.dateline?.span;
  return mentions.filter((m) => !(d && m.start < d.end && d.start < m.end) && !(m.kind === 'organization' && m.subkind === 'news-agency'));
}

// The quote, event and agreement stages each read the story's mentions, and the entities are
// final once they run: the lists are built once per story and kept in ctx.scratch (so they
// live and die with the story: see perStory). Callers must not change the arrays they get.
const MENTIONS_KEY = 'quotes/entity-mentions';
const ACTORS_KEY = 'quotes/actor-mentions';

/** entityMentions(ctx.story), built once per story. */
export const storyMentions = (ctx: Context): readonly EntityMention[] => perStory(ctx, MENTIONS_KEY, () => entityMentions(ctx.story));

/** The story's actor mentions (see actorMentions), built once per story. */
export const storyActorMentions = (ctx: Context): readonly EntityMention[] => perStory(ctx, ACTORS_KEY, () => actorMentions(ctx.story, storyMentions(ctx)));

/** Mentions lying inside [start, end), optionally of some kinds, in text order. */
export function mentionsWithin(all: readonly EntityMention[], start: number, end: number, kinds?: readonly EntityKind[]): EntityMention[] {
  const out: EntityMention[] = [];
  const lo = lowerBound(all.length, (i) => all[i].start < start);
  for (let i = lo; i < all.length && all[i].start < end; i++) {
    const m = all[i];
    if (m.end <= end && (!kinds || kinds.includes(m.kind))) out.push(m);
  }
  return out;
}

/** The first mention overlapping the span, preferring the given kinds in order. */
export function mentionAt(all: readonly EntityMention[], span: Span, kinds: readonly EntityKind[] = ['person', 'organization', 'location']): EntityMention | null {
  const hits = all.filter((m) => m.start < span.end && span.start < m.end);
  for (const k of kinds) {
    const hit = hits.find((m) => m.kind === k);
    if (hit) return hit;
  }
  return null;
}

/** Unique ids, in first-seen order. */
export const uniqueIds = (ms: readonly { id: string }[]): string[] => [...new Set(ms.map((m) => m.id))];
