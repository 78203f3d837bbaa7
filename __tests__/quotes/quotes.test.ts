import { extractQuotes } from '../../src/extract/quotes/index.js';
import { handBuilt } from '../agreements/story-context.js';

const people = { p1: ['Zhao Leji', 'Zhao'], p2: ['Choe Ryong Hae', 'Choe'], p3: ['Xi Jinping', 'Xi'], p4: ['Li Ming'], p5: ['Claire Dawson', 'Dawson'] };
const orgs = { o1: ['Foreign Ministry'] };
const quotes = (text: string) =>
  extractQuotes(handBuilt(text, { people, organizations: orgs })).map((q) => [q.speaker, q.speakerText, q.cue, q.text, q.direct, q.rule]);

describe('direct speech', () => {
  test.each([
    ['"This agreement is a landmark," Dawson told a joint news conference.', [['p5', 'Dawson', 'told', 'This agreement is a landmark', true, 'direct-subject-cue']]],
    ['\u201cWe are ready to work together,\u201d said Li Ming, a spokesman.', [['p4', 'Li Ming', 'said', 'We are ready to work together', true, 'direct-cue-subject']]],
    ['Dawson said: "We will not back down."', [['p5', 'Dawson', 'said', 'We will not back down.', true, 'direct-lead-in']]],
    ['``The talks went well,\'\' Li Ming said.', [['p4', 'Li Ming', 'said', 'The talks went well', true, 'direct-subject-cue']]],
    ['"We have signed two agreements today," Li Ming said. "More are ready."', [
      ['p4', 'Li Ming', 'said', 'We have signed two agreements today', true, 'direct-subject-cue'],
      ['p4', 'Li Ming', 'said', 'More are ready.', true, 'direct-continuation'],
    ]],
    ['They designated 2024 as the "China-DPRK Friendship Year" and launched activities.', []],
    ['An opening quote " that never ends, Zhao said', [['p1', 'Zhao', 'said', 'An opening quote " that never ends', false, 'reported-trailing-cue']]],
  ])('%s', (text, want) => expect(quotes(text)).toEqual(want));
});

describe('reported speech', () => {
  test.each([
    ['Exchanges between legislative bodies have been an important part of relations, Zhao noted.', [['p1', 'Zhao', 'noted', 'Exchanges between legislative bodies have been an important part of relations', false, 'reported-trailing-cue']]],
    ['Choe said the blood-cemented friendship has a long history.', [['p2', 'Choe', 'said', 'the blood-cemented friendship has a long history', false, 'reported-leading-cue']]],
    ['Zhao, also a member of the committee, told Choe, a member of the presidium, that the friendship was established by elders.', [['p1', 'Zhao', 'told', 'the friendship was established by elders', false, 'reported-leading-cue']]],
    ['Xi Jinping has repeatedly said that the CPC attaches great importance to relations, Zhao said.', [['p1', 'Zhao', 'said', 'Xi Jinping has repeatedly said that the CPC attaches great importance to relations', false, 'reported-trailing-cue']]],
    ['Noting that this year marks the anniversary, Zhao said that the leaders have exchanged messages.', [['p1', 'Zhao', 'said', 'the leaders have exchanged messages', false, 'reported-leading-cue']]],
    ['Trade will grow by 12 percent this year, the Foreign Ministry said.', [['o1', 'the Foreign Ministry', 'said', 'Trade will grow by 12 percent this year', false, 'reported-trailing-cue']]],
    ['According to the Foreign Ministry, trade grew by 12 percent last year.', [['o1', 'the Foreign Ministry', 'According to', 'trade grew by 12 percent last year', false, 'according-to']]],
    ['Li Ming said in a statement on Friday that the talks would resume.', [['p4', 'Li Ming', 'said', 'the talks would resume', false, 'reported-leading-cue']]],
    ['The economy is recovering faster than expected, said Li Ming.', [['p4', 'Li Ming', 'said', 'The economy is recovering faster than expected', false, 'reported-trailing-cue']]],
  ])('%s', (text, want) => expect(quotes(text)).toEqual(want));
});

describe('he and she', () => {
  test('resolve to the last subject in the paragraph or the one before', () => {
    const text = 'Relations have entered a new era under Xi and Kim, Choe said.\n\nThe DPRK is willing to join hands with China, he said.';
    expect(quotes(text).map((q) => [q[0], q[1]])).toEqual([['p2', 'Choe'], ['p2', 'he']]);
  });

  test('linear time on quotes without end and a million commas', () => {
    const hostile = '"'.repeat(50_000) + ' said, '.repeat(100_000) + '\u201c'.repeat(50_000) + ', '.repeat(300_000);
    const t0 = Date.now();
    extractQuotes(handBuilt(hostile, { people }));
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
