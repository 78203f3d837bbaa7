import { findDates } from '../../src/extract/dates/index.js';
import { parseIso } from '../../src/extract/dates/calendar.js';

// Story dated Thursday 2024-04-11 unless the case says otherwise.
const dates = (text: string, ref = '2024-04-11') =>
  findDates(text, { start: 0, end: text.length }, parseIso(ref)).map((d) => [d.text, d.value, d.rule]);

describe('explicit dates', () => {
  test.each([
    ['in Pyongyang, the DPRK, April 11, 2024.', [['April 11, 2024', '2024-04-11', 'month-day']]],
    ['BEIJING talks on Nov. 2 ended', [['Nov. 2', '2023-11-02', 'month-day']]],
    ['rewritten as Nov. 2 , 2005 in archives', [['Nov. 2 , 2005', '2005-11-02', 'month-day']]],
    ['held on 11 April 2024 in Paris', [['11 April 2024', '2024-04-11', 'day-month']]],
    ['released 2024-04-11 at noon', [['2024-04-11', '2024-04-11', 'iso-date']]],
    ['a bare line 4/4/2018 here', [['4/4/2018', '2018-04-04', 'numeric-date']]],
    ['on 25/12/2019 there', [['25/12/2019', '2019-12-25', 'numeric-date']]],
    ['the war that ended in 1998 was long', [['1998', '1998', 'year']]],
    ['They met in March.', [['March', '2024-03', 'month-alone']]],
    ['It was founded in April 1998.', [['April 1998', '1998-04', 'month-year']]],
    ['a 2018 agreement between them', [['2018', '2018', 'year']]],
    ['by mid-2025 the plant', [['2025', '2025', 'year']]],
    ['Sept 30 2019 was the day', [['Sept 30 2019', '2019-09-30', 'month-day']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want));

  test('a month and day without a year takes the nearer year', () => {
    expect(dates('The deal was signed on Dec. 30.', '2024-01-02')).toEqual([['Dec. 30', '2023-12-30', 'month-day']]);
    expect(dates('The summit opens on Jan. 5.', '2023-12-30')).toEqual([['Jan. 5', '2024-01-05', 'month-day']]);
  });

  test('may the verb and march the verb are no months', () => {
    expect(dates('They may 2 times march in protest')).toEqual([]);
  });

  test('counts are no years', () => {
    expect(dates('in 2000 people gathered, in 1999 percent')).toEqual([]);
    expect(dates('some 2000 troops, 1,999 votes, $2010 and 1950 yuan')).toEqual([]);
  });

  test('a bare year is a year', () => {
    expect(dates('They jointly designated 2024 as the friendship year.')).toEqual([['2024', '2024', 'bare-year']]);
  });
});

describe('relative dates', () => {
  test.each([
    ['held talks with him here on Thursday.', [['Thursday', '2024-04-11', 'weekday']]],
    ['The two met on Monday.', [['Monday', '2024-04-08', 'weekday']]],
    ['He will visit Seoul on Monday.', [['Monday', '2024-04-15', 'weekday']]],
    ['talks are scheduled for Friday', [['Friday', '2024-04-12', 'weekday']]],
    ['Protesters marched last Thursday', [['last Thursday', '2024-04-04', 'weekday']]],
    ['They meet again next Thursday', [['next Thursday', '2024-04-18', 'weekday']]],
    ['The ministry said yesterday', [['yesterday', '2024-04-10', 'relative-day']]],
    ['Today the market fell', [['Today', '2024-04-11', 'relative-day']]],
    ['He arrives tomorrow', [['tomorrow', '2024-04-12', 'relative-day']]],
    ['Noting that this year marks the 75th anniversary', [['this year', '2024', 'relative-unit']]],
    ['sales fell last year', [['last year', '2023', 'relative-unit']]],
    ['elections next month', [['next month', '2024-05', 'relative-unit']]],
    ['a storm last week', [['last week', '2024-04-01', 'relative-unit']]],
    ['two years ago the plant shut', [['two years ago', '2022', 'ago']]],
    ['on Saturday, the team lost', [['Saturday', '2024-04-06', 'weekday']]],
  ])('%s', (text, want) => expect(dates(text)).toEqual(want));

  test('without a reference date the value is null but the mention is kept', () => {
    const text = 'They met on Monday.';
    expect(findDates(text, { start: 0, end: text.length }, null).map((d) => [d.text, d.value])).toEqual([['Monday', null]]);
  });
});

describe('spans', () => {
  test('offsets are input offsets for a region inside the text', () => {
    const text = 'HEADER\n\nThe talks on Monday, April 8, 2024 ended.';
    const start = text.indexOf('The');
    const got = findDates(text, { start, end: text.length }, parseIso('2024-04-11'));
    expect(got.map((d) => [text.slice(d.span.start, d.span.end), d.text, d.value])).toEqual([
      ['Monday', 'Monday', '2024-04-08'],
      ['April 8, 2024', 'April 8, 2024', '2024-04-08'],
    ]);
  });

  test('linear time on hostile input', () => {
    const hostile = 'April '.repeat(50_000) + '1, '.repeat(100_000) + 'in in in '.repeat(30_000) + 'Thursday '.repeat(20_000);
    const t0 = Date.now();
    findDates(hostile, { start: 0, end: hostile.length }, parseIso('2024-04-11'));
    expect(Date.now() - t0).toBeLessThan(4000);
  });
});
