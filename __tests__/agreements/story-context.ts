// Builds a Context by hand for the date, quote, event and agreement stages, so their
// rules are tested without the segment and entities stages: blank-line paragraphs are
// body paragraphs, and the people, organizations and places named are found by their
// every occurrence in the text.
import type { Context } from '../../src/context.js';
import type { Story } from '../../src/schema/story.js';
import { splitLines } from '../../src/text/lines.js';
import { datesStage } from '../../src/extract/dates/index.js';

export interface HandBuilt {
  people?: Record<string, string[]>;
  organizations?: Record<string, string[]>;
  /** id -> [kind, ...names] */
  locations?: Record<string, string[]>;
  dateline?: { date: string | null; location: string | null };
  captions?: boolean;
}

function mentionsOf(text: string, names: string[], rule: string) {
  const out: { text: string; start: number; end: number; form: string; rule: string }[] = [];
  for (const name of names) {
    const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: name, start: m.index, end: m.index + name.length, form: 'full', rule });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function handBuilt(text: string, h: HandBuilt = {}): Context {
  const body: Story['body'] = [];
  const captions: Story['captions'] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const p = { text: m[0], span: { start: m.index, end: m.index + m[0].length } };
    if (h.captions && /\((?:Xinhua|AP Photo)\/[^)]*\)\s*$/.test(m[0])) captions.push({ ...p, credit: null });
    else body.push(p);
  }
  const story = {
    header: { headline: null, headlineSpan: null, date: null, dateSpan: null, agency: null, agencySpan: null, documentId: null, slug: null, bylines: [], advisories: [] },
    dateline: h.dateline ? { text: '', span: { start: 0, end: 0 }, location: h.dateline.location, locationSpan: null, region: null, regionSpan: null, date: h.dateline.date, dateSpan: null, agency: null, agencySpan: null } : null,
    body, bullets: [], captions, trailers: [],
    people: Object.entries(h.people ?? {}).map(([id, names]) => ({ id, name: names[0], nameParts: { given: null, family: null, order: 'given-first' as const }, aliases: [], titles: [], roles: [], mentions: mentionsOf(text, names, 'test') })),
    organizations: Object.entries(h.organizations ?? {}).map(([id, names]) => ({ id, name: names[0], acronym: null, aliases: [], kind: 'government' as const, mentions: mentionsOf(text, names, 'test') })),
    locations: Object.entries(h.locations ?? {}).map(([id, [kind, ...names]]) => ({ id, name: names[0], kind: kind as 'country', aliases: [], demonyms: [], mentions: mentionsOf(text, names, 'test') })),
    agreements: [], quotes: [], events: [], dates: [], warnings: [],
  } as unknown as Story;
  const ctx: Context = { text, options: {}, lines: splitLines(text), story, regions: [], scratch: new Map() };
  datesStage.run(ctx);
  return ctx;
}
