import fc from 'fast-check';
import { parseStory } from '../../src/index.js';
import { spanViolations } from '../helpers/spans.js';
import { parse } from './helpers.js';
import { segmentStage } from '../../src/segment/index.js';
import { splitLines } from '../../src/text/lines.js';
import type { Context } from '../../src/context.js';

/** Runs the segment stage alone (later stages have their own budgets). */
function segmentOnly(text: string): Context {
  const base = parseStory('');
  const ctx: Context = { text, options: {}, lines: splitLines(text), story: { ...base, warnings: [] }, regions: [], scratch: new Map() };
  segmentStage.run(ctx);
  return ctx;
}

const STORY = 'date 2024-04-12 Talks held in Pyongyang\n\nXinhua, April 12, 2024\n\nPYONGYANG, April 11 (Xinhua) -- The two sides held talks.\n\nThey signed documents.\n\nEnditem\n';

describe('damaged input', () => {
  test.each([
    ['CRLF', STORY.replace(/\n/g, '\r\n')],
    ['lone CR', STORY.replace(/\n/g, '\r')],
    ['control characters', `\x01${STORY.replace('PYONGYANG', '\x02PYONGYANG')}\x03`],
    ['&UR; &QL; codes', STORY.replace('Talks held in Pyongyang', '&UR; Talks held in Pyongyang &QL;')],
  ])('%s: same parts as the clean story', (_n, text) => {
    const s = parse(text);
    expect(s.header.headline).toBe('Talks held in Pyongyang');
    expect(s.header.date).toBe('2024-04-12');
    expect(s.dateline).toMatchObject({ location: 'Pyongyang', date: '2024-04-11', agency: 'Xinhua' });
    expect(s.body).toHaveLength(2);
    expect(s.trailers.map((t) => t.text)).toEqual(['Enditem']);
    expect(JSON.stringify(s)).not.toMatch(/\\u000[123]/);
  });

  test.each([
    ['the same story twice', STORY + '\n' + STORY],
    ['two stories', STORY + '\ndate 2024-04-13 Another story\n\nBEIJING, April 13 (Xinhua) -- Other news.\n'],
  ])('%s: the first is parsed, the rest reported', (_n, text) => {
    const s = parse(text);
    expect(s.body).toHaveLength(2);
    expect(s.warnings.map((w) => w.code)).toContain('multiple-stories');
    expect(s.dateline?.date).toBe('2024-04-11');
  });

  test('unplaced text above the dateline is a warning with its span', () => {
    const text = 'Talks held\n\nSome stray words nobody expects here.\n\nPYONGYANG, April 11 (Xinhua) -- Body.\n';
    const s = parse(text);
    const w = s.warnings.find((x) => x.code === 'unplaced-text');
    expect(w && text.slice(w.span!.start, w.span!.end)).toBe('Some stray words nobody expects here.');
  });

  test.each([
    ['empty', ''],
    ['blank lines', '\n\n  \n'],
    ['one word', 'Pyongyang'],
    ['only a dateline', 'PYONGYANG, April 11 (Xinhua) --'],
    ['only trailers', 'Enditem\n-0-\n'],
  ])('%s: no crash', (_n, text) => {
    expect(() => parse(text)).not.toThrow();
  });

  test.each([
    ['spaces', ' '.repeat(1 << 20)],
    ['capital words', 'ABC '.repeat(1 << 18)],
    ['one long line of dashes and brackets', '(Xinhua/'.repeat(1 << 17)],
    ['dateline prefix repeated', 'PYONGYANG, April 11 '.repeat(50000)],
    ['many short lines', 'By JANE DOE\n'.repeat(80000)],
    ['nested parens', '('.repeat(1 << 19) + ')'.repeat(1 << 19)],
    ['one paragraph per line', 'Some words here in a line.\n'.repeat(40000)],
    ['hard-wrapped lower-case lines', 'some words here in a line and\n'.repeat(40000)],
    ['repeated dashes', 'LONDON -- -- -- '.repeat(60000)],
    ['agency sign-offs', 'APS\n'.repeat(250000)],
    ['Factiva codes', 'HD a\nWC 1 words\nPD 8 June 2004\nLP\nCO omvs : x\nIN a b\n'.repeat(20000)],
    ['archive page of many stories', 'Headline\n  Pyongyang, May 3 (KCNA) -- x.\n\nTitle Here\n  Pyongyang, May 3 (KCNA) -- y\n'.repeat(12000)],
    ['code and byline lines', 'PA 23/04/99 14:22 HEALTH\nBy A B | May 4, 2012 at 2:31 PM | C\n::IRNA 1\nMENA 11-02-89 1147\n'.repeat(14000)],
    ['site source, Juche and dateline-field lines', 'a.b.c.d.e.f.g.h | 2015-08-21 | Editor: x\nJuche108(2019).7.4.\nJuche 1 (2 .3.\nDATELINE: LIMA, Peru, Q\n'.repeat(12000)],
    ['one long host', `${'ab-'.repeat(200000)}.cn | 2015-08-21\n${'Juche1'.repeat(100000)}\n`],
  ])('hostile 1 MB input (%s) segments fast', (_n, text) => {
    // A generous bound, as in hostile/pathological.test.ts: a rule that went quadratic on a
    // 1 MB input would take minutes, while a busy machine can slow a linear one several-fold
    // (this took 2 s once with valgrind running on both cores). Speed is `npm run bench`'s job.
    const t0 = Date.now();
    const ctx = segmentOnly(text);
    expect(Date.now() - t0).toBeLessThan(Number(process.env.HOSTILE_BOUND_MS ?? 10_000));
    expect(spanViolations(text, ctx.story)).toEqual([]);
  });

  test('random wire-like text never crashes and keeps spans honest', () => {
    const piece = fc.constantFrom(
      'PYONGYANG, April 11 (Xinhua) -- ', 'By JANE DOE\n', '(AP Photo/Jane Doe)', 'REUTERS/', '\n\n', '\r\n', '\x01', '^', '<',
      '&UR;', 'Enditem', ' -0-', '(Reporting by ', ';', ')', 'date 2024-04-12 ', 'XIE19990313.0229 ', '    * ', '\t', '___\n',
      'Dec. 31', ' (', '/TASS/.', 'Source: ', ' | ', 'words and more words. ', 'ALL CAPS ', 'Photo: ', '4/4/2018\n',
      'English.news.cn | ', 'Juche108(2019).7.4.\n', 'DATELINE: LIMA, Peru\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const s = parseStory(text);
        expect(spanViolations(text, s)).toEqual([]);
        expect(s.warnings.map((w) => w.code)).not.toContain('internal-error');
      }),
      { numRuns: 300 },
    );
  });
});
