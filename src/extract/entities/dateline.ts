// A dateline line in CoNLL's shape, near the top of the text: a city in capitals, maybe
// `, Country`, then an ISO date. The city is a place whatever the gazetteer knows of it.
//
//   `SOTOGRANDE , Spain 1996-10-31`  -> Sotogrande (dateline), Spain
//   `BUJUMBURA 1996-07-21`           -> Bujumbura (dateline)
import type { Records } from './resolve.js';
import { fold, lookupPlace } from './gazetteer.js';
import type { Location, Mention } from '../../schema/story.js';

// one capitalised word group per space; no group overlaps the next, so linear
const LINE = /^([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3})(?: , ([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}))? \d{4}-\d\d-\d\d[ \t]*$/;

const normalCase = (s: string): string => s.toLowerCase().replace(/(^|[\s'-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** Adds the city (and country) of a `CITY , Country 1996-10-31` line among the first three as places. */
export function datelineLine(text: string, r: Records): void {
  let at = 0;
  for (let n = 0; n < 3 && at < text.length; n++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, Math.min(end, at + 200)).replace(/\r$/, '');
    const m = end - at <= 200 ? LINE.exec(line) : null;
    if (m) {
      addPlace(r, m[1], at, 'dateline', 'dateline');
      if (m[2]) addPlace(r, m[2], at + m[0].indexOf(` , ${m[2]}`) + 3, 'name', 'dateline-region');
      finish(r);
      return;
    }
    at = end + 1;
  }
}

function addPlace(r: Records, written: string, start: number, form: string, rule: string): void {
  const end = start + written.length;
  const overlaps = (m: Mention): boolean => m.start < end && m.end > start;
  for (const x of [...r.people, ...r.organizations, ...r.locations]) x.mentions = x.mentions.filter((m) => !overlaps(m));
  const entry = lookupPlace(written);
  const name = entry?.name ?? normalCase(written);
  let loc = r.locations.find((l) => fold(l.name) === fold(name));
  if (!loc) {
    loc = { id: '', name, kind: (entry?.kind ?? 'city') as Location['kind'], aliases: [], mentions: [], demonyms: [] };
    r.locations.push(loc);
  }
  loc.mentions.push({ text: written, start, end, form, rule });
  loc.mentions.sort((a, b) => a.start - b.start);
}

function finish(r: Records): void {
  const first = (x: { mentions: Mention[] }): number => x.mentions[0]?.start ?? Infinity;
  r.people = r.people.filter((p) => p.mentions.length);
  r.organizations = r.organizations.filter((o) => o.mentions.length);
  r.locations = r.locations.filter((l) => l.mentions.length || l.demonyms.length).sort((a, b) => first(a) - first(b));
  r.people.forEach((p, i) => (p.id = `p${i + 1}`));
  r.organizations.forEach((o, i) => (o.id = `o${i + 1}`));
  r.locations.forEach((l, i) => (l.id = `l${i + 1}`));
}
