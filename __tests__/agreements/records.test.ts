import { extractAgreements } from '../../src/extract/agreements/index.js';
import { spanViolations } from '../helpers/spans.js';
import { handBuilt } from './story-context.js';
import type { Story } from '../../src/schema/story.js';

const SEED_LIKE = `Zhao Leji held talks with Choe Ryong Hae here on Thursday.

After the talks, Zhao and Choe witnessed the signing of cooperation documents in the fields including customs quarantine, radio and television, and postal delivery.

Zhao Leji, a chairman, and Choe Ryong Hae, a chairman, witness the signing of cooperation documents in the fields including customs quarantine, radio and television, and postal delivery after their talks in Pyongyang, the DPRK, April 11, 2024. (Xinhua/Zhang Ling)`;

const people = { p1: ['Zhao Leji', 'Zhao'], p2: ['Choe Ryong Hae', 'Choe'] };

describe('agreement records', () => {
  test('the same signing in the body and a caption is one agreement with both witnesses, dated and placed', () => {
    const ctx = handBuilt(SEED_LIKE, { people, dateline: { date: '2024-04-11', location: 'Pyongyang' }, captions: true });
    const got = extractAgreements(ctx);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ id: 'a1', kind: 'cooperation documents', status: 'signed', witnesses: ['p1', 'p2'], date: '2024-04-11', location: 'Pyongyang' });
    expect(got[0].topics.map((t) => t.text)).toEqual(['customs quarantine', 'radio and television', 'postal delivery']);
    ctx.story.agreements = got;
    expect(spanViolations(SEED_LIKE, ctx.story as Story)).toEqual([]);
  });

  test('signatories from `signed by`, parties from the subject, a later `the agreement` folds in', () => {
    const text = 'Bangladesh and Bhutan on Wednesday signed an agreement on the movement of traffic in transit.\n\nThe agreement was signed in Dhaka by Anisur Rahman and Karma Tshering.';
    const ctx = handBuilt(text, {
      people: { p1: ['Anisur Rahman'], p2: ['Karma Tshering'] },
      locations: { l1: ['country', 'Bangladesh'], l2: ['country', 'Bhutan'], l3: ['city', 'Dhaka'] },
      dateline: { date: '2018-04-04', location: 'Dhaka' },
    });
    const got = extractAgreements(ctx);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ parties: ['l1', 'l2'], signatories: ['p1', 'p2'], date: '2018-04-04', status: 'signed' });
  });

  test('background agreements are kept with a status other than signed and no topics', () => {
    const ctx = handBuilt('Jiang said the two countries signed a land border treaty in 1999.', { dateline: { date: '2005-11-02', location: 'Beijing' } });
    expect(extractAgreements(ctx).map((a) => [a.kind, a.status, a.topics.length])).toEqual([['treaty', 'mentioned', 0]]);
  });

  test('linear time on hostile input', () => {
    const hostile = 'They signed an agreement on ' + 'a, '.repeat(300_000) + ' and ' + 'agreement '.repeat(20_000) + '"' + 'x '.repeat(100_000);
    const t0 = Date.now();
    extractAgreements(handBuilt(hostile));
    expect(Date.now() - t0).toBeLessThan(8000);
  });
});

describe('headline subjects', () => {
  test('stand in only when the body names none', () => {
    const text = 'Bolivia, Peru sign agreements on water, fisheries\n\nThe agreements were signed in La Paz on Monday.';
    const ctx = handBuilt(text, { dateline: { date: '2019-10-21', location: 'La Paz' } });
    ctx.story.body = ctx.story.body.slice(1);
    ctx.story.header.headlineSpan = { start: 0, end: text.indexOf('\n') };
    const got = extractAgreements(ctx);
    expect(got.map((a) => [a.status, a.topics.map((t) => t.text)])).toEqual([['signed', ['water', 'fisheries']]]);
  });
});

describe('a reference back by kind is a label, not a subject (issue 4)', () => {
  const DL = { dateline: { date: '2016-05-02', location: 'Seoul' } };
  const topicsOf = (text: string) => extractAgreements(handBuilt(text, DL)).filter((a) => a.topics.length).map((a) => a.topics.map((t) => t.text));
  test.each([
    ['The two countries signed an agreement on the mutual recognition of driving permits.\n\nUnder the permit deal, residents will be able to swap their licences.',
      [['mutual recognition of driving permits']]],
    ['The firms signed a dozen agreements Monday, including deals on a joint refinery in the south and the sale of trucks.\n\nThe minister said the power deal would help.',
      [['joint refinery in the south', 'sale of trucks']]],
    // `Under the protocol, ...`: a list of fields in the clause names the subjects, anything else none
    ['A protocol of the 3rd session of the joint committee was signed in Seoul on Monday.\n\nUnder the protocol, the two sides will expand cooperation in such areas as forestry, fishery and tourism.',
      [['forestry', 'fishery', 'tourism']]],
    ['The firms signed an agreement on a joint refinery.\n\nUnder the agreement, each will hold a 50 percent stake in the plant.', [['joint refinery']]],
    // `The document envisages ...` right after a signing refers back to it; a year opening the sentence dates a signing as history
    ['The two firms signed a memorandum of understanding on Friday. The document envisages joint research on polar weather and the training of ice pilots, the firm said.\n\nIn 2012, the two countries signed a memorandum on port development.',
      [['joint research on polar weather', 'training of ice pilots']]],
    ['Court documents show the firm lied.', []],
    // `One provides for A, the other for B`: the contents of the agreements just signed
    ['The two countries signed two agreements here today.\n\nOne provides for the building of a dam on the upper river, the other for the sale of 1,500 tonnes of rice to the north by 2030.\n\nOne covers it all.',
      [['building of a dam on the upper river', 'sale of 1,500 tonnes of rice to the north']]],
    // a label that names the only thing known stands in
    ['The two countries signed two agreements here today.\n\nThe minister said the power deal would help pay for imports.', [['power']]],
  ])('%s', (text, want) => expect(topicsOf(text)).toEqual(want));
});
