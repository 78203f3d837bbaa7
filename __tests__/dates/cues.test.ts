// Date rules and event triggers skip a stretch of text that lacks a cue every match of
// theirs holds (a digit, a month's first letters, `visit`): a saving only while the cue
// really is in every match. Every match over every fixture story, and over phrases made
// from the lexicons, must pass its rule's cues.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATE_RULES } from '../../src/extract/dates/configuration.js';
import { TRIGGER_CUES } from '../../src/extract/events/triggers.js';
import { EVENT_TRIGGERS } from '../../src/lexicon/event-triggers.js';
import { MONTHS } from '../../src/lexicon/months.js';
import { decode } from '../../src/text/decode.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const stories = path.join(ROOT, 'fixtures', 'stories');
const texts = fs.readdirSync(stories).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(stories, f)))
  .filter((b) => !b.includes(0)).map((b) => decode(b).text);
// every month spelling in several date shapes, in three cases
const monthPhrases = [...MONTHS.keys()].flatMap((m) => [`on ${m} 3, 2024`, `3 ${m} 2024`, `in ${m} 2023`, `${m}. 11`, `${m} 1999`])
  .flatMap((p) => [p, p.toUpperCase(), p.toLowerCase()]);
const relative = ['two weeks ago', '3 days ago', 'last week', 'next month', 'this year', 'on Monday', 'last Friday', 'yesterday', 'tomorrow', '2024-04-11', '11/04/2024'];
const corpus = [...texts, monthPhrases.join('. '), relative.join('. ')];

const everyMatch = (re: RegExp, text: string): string[] => {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return [...text.matchAll(g)].map((m) => m[0]).filter(Boolean);
};

describe('cues hold in every match', () => {
  test.each(DATE_RULES.filter((r) => r.cues).map((r) => [r.id, r] as const))('date rule %s', (_id, rule) => {
    let matches = 0;
    for (const text of corpus)
      for (const m of everyMatch(rule.pattern, text)) {
        matches++;
        for (const cue of rule.cues!) expect([m, cue.test(m)]).toEqual([m, true]);
      }
    expect(matches).toBeGreaterThan(0);
  });

  test.each(EVENT_TRIGGERS.filter((t) => TRIGGER_CUES[t.id]).map((t) => [t.id, t] as const))('event trigger %s', (_id, t) => {
    const re = new RegExp(`\\b(?:${t.pattern})\\b`, 'gi');
    let matches = 0;
    for (const text of corpus)
      for (const m of everyMatch(re, text)) {
        matches++;
        expect([m, TRIGGER_CUES[t.id].test(m)]).toEqual([m, true]);
      }
    expect(matches).toBeGreaterThan(0);
  });
});
