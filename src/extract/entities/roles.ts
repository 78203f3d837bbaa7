// Where a person appears says what part they play in the story: a byline names its writer,
// a photo credit `(Xinhua/Liu Fang)` its photographer, a trailer `Editing by X` an editor.
// Read from the segment stage's output; the dateline city becomes a place mention.
import type { Context } from '../../context.js';
import type { Mention, Person, Span } from '../../schema/story.js';
import { contains } from '../../text/span.js';
import { fold, lookupPlace } from './gazetteer.js';
import { SPEECH_VERBS } from '../../lexicon/name-words.js';
import type { Records } from './resolve.js';

const addRole = (p: Person, role: string): void => {
  if (!p.roles.includes(role)) p.roles.push(role);
};

/** `PYONGYANG, April 11 (Xinhua) --`: the city is a place, mentioned as `dateline`. */
export function addDateline(ctx: Context, r: Records, sportPrefix: Span | null = null): void {
  const d = ctx.story.dateline;
  if (!d?.location || !d.locationSpan) return;
  const sp = d.locationSpan;
  // `SOCCER - JAPAN GET LUCKY WIN`: a sport prefix read as a dateline is no place
  if (sportPrefix && sp.start < sportPrefix.end && sp.end > sportPrefix.start) return;
  const text = ctx.text.slice(sp.start, sp.end);
  const entry = lookupPlace(d.location);
  const name = entry?.name ?? d.location;
  // the same span found as a name in the text is the same mention
  const same = (m: Mention): boolean => m.start === sp.start && m.end === sp.end;
  // (most records hold no such mention: their lists are left as they are, not copied)
  for (const l of r.locations) if (l.mentions.some(same)) l.mentions = l.mentions.filter((m) => !same(m));
  for (const o of r.organizations) if (o.mentions.some(same)) o.mentions = o.mentions.filter((m) => !same(m));
  let loc = r.locations.find((l) => fold(l.name) === fold(name));
  if (!loc) {
    loc = { id: `l${r.locations.length + 1}`, name, kind: entry?.kind ?? 'city', aliases: [], mentions: [], demonyms: [] };
    r.locations.push(loc);
  }
  loc.mentions.push({ text, start: sp.start, end: sp.end, form: 'dateline', rule: 'dateline' });
  loc.mentions.sort((a, b) => a.start - b.start);
  r.organizations = r.organizations.filter((o) => o.mentions.length);
  r.locations = r.locations.filter((l) => l.mentions.length || l.demonyms.length);
  r.organizations.forEach((o, i) => (o.id = `o${i + 1}`));
  r.locations.forEach((l, i) => (l.id = `l${i + 1}`));
}

function peopleIn(r: Records, span: Span): Person[] {
  return r.people.filter((p) => p.mentions.some((m) => contains(span, m)));
}

export function addRoles(ctx: Context, r: Records): void {
  const s = ctx.story;
  for (const b of s.header.bylines) for (const p of peopleIn(r, b.span)) addRole(p, 'byline');
  for (const c of s.captions) if (c.credit) for (const p of peopleIn(r, c.credit.span)) addRole(p, 'photographer');
  for (const t of s.trailers) {
    for (const n of t.names) for (const p of peopleIn(r, n.span)) addRole(p, n.role);
  }
  // `Wang said`: a speaker
  for (const p of r.people) {
    for (const m of p.mentions) {
      const after = ctx.text.slice(m.end, m.end + 12).trim().split(/\s/)[0]?.toLowerCase() ?? '';
      if (SPEECH_VERBS.has(after) && /^(said|says|told|added|noted|stressed)$/.test(after)) addRole(p, 'speaker');
    }
  }
}
