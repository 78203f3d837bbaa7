// Stage 4: direct and reported speech, attributed by span to the people (or
// organizations) of stage 3. `he` / `she` resolve to the last person who was a subject
// before it in the paragraph or the one before: the speaker of the last quote there, else
// the last person whose mention opens a sentence.
import type { Context, Stage } from '../../context.js';
import type { Quote } from '../../schema/story.js';
import type { Sentence } from '../../text/sentences.js';
import { storySentences } from '../../text/story-sentences.js';
import { storyRegions } from '../dates/regions.js';
import { attribute, findQuoted } from './direct.js';
import { storyMentions, mentionsWithin, type EntityMention } from './entity-mentions.js';
import { reportedSpeech } from './reported.js';
import type { Subject } from './subject.js';
import { lowerBound } from '../../text/search.js';

interface Anchor {
  at: number;
  id: string;
  region: number;
}

/** Person mentions that open a sentence (titles before them allowed): subjects for `he`. */
function sentenceSubjects(text: string, mentions: readonly EntityMention[], sentences: readonly Sentence[], region: number): Anchor[] {
  const out: Anchor[] = [];
  for (const s of sentences) {
    const first = mentionsWithin(mentions, s.start, Math.min(s.end, s.start + 80), ['person'])[0];
    if (first && !/[,;]/.test(text.slice(s.start, first.start))) out.push({ at: first.start, id: first.id, region });
  }
  return out;
}

export function extractQuotes(ctx: Context): Quote[] {
  const { text, story } = ctx;
  const mentions = storyMentions(ctx);
  const regions = storyRegions(story).filter((r) => r.kind === 'body' || r.kind === 'caption' || r.kind === 'bullet');
  const quotes: (Quote & { at: number })[] = [];
  const anchors: Anchor[] = [];
  const addAnchor = (a: Anchor): void => {
    let i = anchors.length;
    while (i > 0 && anchors[i - 1].at > a.at) i--;
    anchors.splice(i, 0, a);
  };
  const resolve = (subject: Subject, at: number, region: number): string | null => {
    if (subject.id || !subject.pronoun || !/^(?:he|she)$/.test(subject.pronoun)) return subject.id;
    // anchors are sorted: the last one before `at`, if it is in this paragraph or the one before
    const lo = lowerBound(anchors.length, (i) => anchors[i].at < at);
    const best = anchors[lo - 1];
    return best && best.region >= region - 1 ? best.id : null;
  };
  regions.forEach((region, r) => {
    const { start, end } = region.span;
    const sentences = storySentences(ctx, start, end);
    for (const a of sentenceSubjects(text, mentions, sentences, r)) addAnchor(a);
    const quoted = findQuoted(text, start, end);
    const regionFirst = quotes.length;
    let previous: { speaker: string | null; speakerText: string | null; cue: string; outerEnd: number } | null = null;
    for (const q of quoted) {
      const a = attribute(text, mentions, q, start, end);
      const inner = text.slice(q.start, q.end);
      const trimmed = inner.replace(/[\s,]+$/, '');
      const lead = inner.length - inner.trimStart().length;
      const span = { start: q.start + lead, end: q.start + trimmed.length };
      if (span.end <= span.start) continue;
      if (a) {
        const speaker = resolve(a.subject, a.subject.start, r);
        quotes.push({ speaker, speakerText: a.subject.text, cue: a.cue, text: text.slice(span.start, span.end), span, direct: true, rule: a.rule, at: q.outerStart });
        if (speaker) addAnchor({ at: a.subject.start, id: speaker, region: r });
        previous = { speaker, speakerText: a.subject.text, cue: a.cue, outerEnd: q.outerEnd };
      } else if (previous && q.outerStart - previous.outerEnd <= 60 && /[.!?]\s*$/.test(text.slice(previous.outerEnd, q.outerStart)) && /\s/.test(inner)) {
        // `"A," he said. "B."`: the next quote goes on with the same speaker
        quotes.push({ speaker: previous.speaker, speakerText: previous.speakerText, cue: previous.cue, text: text.slice(span.start, span.end), span, direct: true, rule: 'direct-continuation', at: q.outerStart });
        previous.outerEnd = q.outerEnd;
      }
    }
    const direct = quotes.slice(regionFirst).filter((q) => q.direct);
    let d = 0;
    for (const s of sentences) {
      // a sentence with a direct quote in it was read above
      while (d < direct.length && direct[d].span.end <= s.start) d++;
      if (d < direct.length && direct[d].span.start < s.end) continue;
      for (const rep of reportedSpeech(text, mentions, s.start, s.end)) {
        const speaker = resolve(rep.subject, rep.subject.start, r);
        quotes.push({ speaker, speakerText: rep.subject.text, cue: rep.cue, text: text.slice(rep.start, rep.end), span: { start: rep.start, end: rep.end }, direct: false, rule: rep.rule, at: rep.start });
        if (speaker) addAnchor({ at: rep.subject.start, id: speaker, region: r });
      }
    }
  });
  // one quote per stretch of text: a quote inside another (`…Hu has said that …, Wang said.`) is part of it
  quotes.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: typeof quotes = [];
  let reach = -1;
  for (const q of quotes) {
    if (q.span.end <= reach) continue;
    kept.push(q);
    reach = q.span.end;
  }
  return kept.map(({ at: _at, ...q }) => q);
}

export const quotesStage: Stage = {
  name: 'quotes',
  run(ctx) {
    ctx.story.quotes.push(...extractQuotes(ctx));
  },
};
