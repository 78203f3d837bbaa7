import { extractEvents } from '../../src/extract/events/index.js';
import { handBuilt } from '../agreements/story-context.js';

const people = { p1: ['Zhao Leji', 'Zhao'], p2: ['Choe Ryong Hae', 'Choe'], p3: ['Sonexay Siphandone'], p4: ['Guo Shenglin', 'Guo'] };
const locations = { l1: ['city', 'Pyongyang'], l2: ['city', 'Astana'] };
const DATELINE = { date: '2024-04-11', location: 'Pyongyang' };
const events = (text: string) =>
  extractEvents(handBuilt(text, { people, locations, dateline: DATELINE, captions: true })).map((e) => [e.type, e.cameo, e.participants, e.date, e.location, e.rule]);

describe('events', () => {
  test.each([
    ['Zhao Leji, chairman of the committee, held talks with Choe Ryong Hae, chairman of the assembly, here on Thursday.', [['talks', '040', ['p1', 'p2'], '2024-04-11', 'Pyongyang', 'held-talks']]],
    ['Sonexay Siphandone met with Zhao on Monday.', [['meeting', '040', ['p3', 'p1'], '2024-04-08', 'Pyongyang', 'met']]],
    ['Guo paid an official visit to Astana last week.', [['visit', '042', ['p4'], '2024-04-01', 'Astana', 'visit']]],
    ['Zhao and Choe witnessed the signing of cooperation documents.', [['signing', '057', ['p1', 'p2'], '2024-04-11', 'Pyongyang', 'signing']]],
    ['The ministry said in a statement that prices would rise.', [['statement', '010', [], '2024-04-11', 'Pyongyang', 'statement']]],
    ['Guo said in a statement that prices would rise.', [['statement', '010', ['p4'], '2024-04-11', 'Pyongyang', 'statement']]],
    ['The two sides exchanged views on the situation.', []],
  ])('%s', (text, want) => expect(events(text)).toEqual(want));

  test('the same talks in the lead, later and in a caption are one event with all participants', () => {
    const text = [
      'Zhao Leji held talks with Choe Ryong Hae here on Thursday.',
      'After the talks, Zhao and Choe witnessed the signing of cooperation documents.',
      'Sonexay Siphandone met with Zhao later on Thursday.',
      'Zhao Leji held talks with Choe Ryong Hae in Pyongyang on Thursday. (Xinhua/Zhang Ling)',
    ].join('\n\n');
    expect(events(text)).toEqual([
      ['talks', '040', ['p1', 'p2'], '2024-04-11', 'Pyongyang', 'held-talks'],
      ['signing', '057', ['p1', 'p2'], '2024-04-11', 'Pyongyang', 'signing'],
      ['meeting', '040', ['p3', 'p1'], '2024-04-11', 'Pyongyang', 'met'],
    ]);
  });

  test('linear time on hostile input', () => {
    const hostile = 'Zhao held talks with Choe, '.repeat(30_000) + 'met with '.repeat(50_000);
    const t0 = Date.now();
    extractEvents(handBuilt(hostile, { people }));
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
