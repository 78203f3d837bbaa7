import { parse, slice, BODY } from './helpers.js';

// [name, header above the dateline, dateline as written, location, region, date, agency]
type Case = [string, string, string, string | null, string | null, string | null, string | null];
const cases: Case[] = [
  ['Xinhua', 'date 2024-04-12 Talks held', 'PYONGYANG, April 11 (Xinhua) --', 'Pyongyang', null, '2024-04-11', 'Xinhua'],
  ['Xinhua comma year, no dash', 'Premier meets minister', 'BEIJING, Nov. 2 , 2005 (Xinhua)', 'Beijing', null, '2005-11-02', 'Xinhua'],
  ['AP em dash, no date', 'date 2024-03-05 Court hears case', 'WASHINGTON (AP) —', 'Washington', null, '2024-03-05', 'AP'],
  ['AP region, underscore', 'XIE19980807.0122 1998-08-07 Blast', 'NAIROBI, Kenya (AP) _', 'Nairobi', 'Kenya', '1998-08-07', 'AP'],
  ['AP double dash', 'Cuba frees prisoners', 'HAVANA (AP) --', 'Havana', null, null, 'AP'],
  ['AP state region', 'Storm hits plains', 'ROSCOE, South Dakota (AP) —', 'Roscoe', 'South Dakota', null, 'AP'],
  ['Reuters', 'date 2023-01-22 Protests grow', 'LIMA, Jan 21 (Reuters) -', 'Lima', null, '2023-01-21', 'Reuters'],
  ['Reuters no city', 'date 2023-01-30 Chipmaker beats forecasts', 'Jan 30 (Reuters) -', null, null, '2023-01-30', 'Reuters'],
  ['AFP with year', 'Sweden votes', 'STOCKHOLM, Aug 29, 2014 (AFP) -', 'Stockholm', null, '2014-08-29', 'AFP'],
  ['KCNA title case', 'date 2019-08-29 Delegation leaves', 'Pyongyang, August 28 (KCNA) --', 'Pyongyang', null, '2019-08-28', 'KCNA'],
  ['TASS slashes', 'date 2021-01-21 Talks planned', 'MOSCOW, January 21. /TASS/.', 'Moscow', null, '2021-01-21', 'TASS'],
  ['Kyodo bare agency with region', 'date 2018-12-10 Quake drill', 'SAITAMA, Japan, Dec. 9 Kyodo -', 'Saitama', 'Japan', '2018-12-09', 'Kyodo'],
  ['Yonhap', 'date 2024-04-11 Talks', 'SEOUL, April 11 (Yonhap) --', 'Seoul', null, '2024-04-11', 'Yonhap'],
  ['ANSA agency first', 'date 2017-10-11 Italy budget', '(ANSA) - Rome, October 11 -', 'Rome', null, '2017-10-11', 'ANSA'],
  ['PR wire', 'New plant opens', 'KYOTO, Japan, Feb. 1, 2017 /Kyodo JBN-AsiaNet/ --', 'Kyoto', 'Japan', '2017-02-01', 'Kyodo JBN-AsiaNet'],
  ['UPI city', 'date 2019-06-03 General named', 'NEW YORK, June 3 (UPI) --', 'New York', null, '2019-06-03', 'UPI'],
  ['PTI no dash', 'date 2020-05-05 Rains', 'NEW DELHI, May 5 (PTI)', 'New Delhi', null, '2020-05-05', 'PTI'],
  ['Bernama', 'date 2020-05-05 Budget', 'KUALA LUMPUR, May 5 (Bernama) --', 'Kuala Lumpur', null, '2020-05-05', 'Bernama'],
  ['dpa', 'date 2020-05-05 Vote', 'BERLIN, May 5 (dpa) -', 'Berlin', null, '2020-05-05', 'dpa'],
  ['EFE', 'date 2020-05-05 Vote', 'MADRID, May 5 (EFE)', 'Madrid', null, '2020-05-05', 'EFE'],
  ['AA', 'date 2020-05-05 Vote', 'ANKARA (AA) -', 'Ankara', null, '2020-05-05', 'AA'],
  ['agency alone', 'date 2020-05-05 Vote', '(UPI) --', null, null, '2020-05-05', 'UPI'],
  ['many-word capital city', 'date 2022-03-02 Port opens', 'DAR ES SALAAM, Tanzania (AP) —', 'Dar es Salaam', 'Tanzania', '2022-03-02', 'AP'],
  ['St. Petersburg', 'date 2022-06-17 Forum', 'ST. PETERSBURG, June 17 (TASS) --', 'St. Petersburg', null, '2022-06-17', 'TASS'],
  ['December dateline, January release', 'date 2024-01-02 Year ends', 'TOKYO, Dec. 31 (Kyodo) --', 'Tokyo', null, '2023-12-31', 'Kyodo'],
  ['day before month', 'date 2024-01-22 Pound slips', 'LONDON, 21 January (Reuters) -', 'London', null, '2024-01-21', 'Reuters'],
  ['two cities', 'date 2024-05-06 EU talks', 'BRUSSELS/PARIS, May 5 (Reuters) -', 'Brussels', null, '2024-05-05', 'Reuters'],
  ['agency with more words', 'date 2024-01-06 Deal view', 'NEW YORK, Jan 5 (Reuters Breakingviews) -', 'New York', null, '2024-01-05', 'Reuters'],
  ['glued dash', 'date 2005-11-03 Talks', 'BEIJING, Nov. 2 (Xinhua)--', 'Beijing', null, '2005-11-02', 'Xinhua'],
  ['accented capitals with region', 'date 2022-03-02 Floods', 'SÃO PAULO, Brazil (AP) —', 'São Paulo', 'Brazil', '2022-03-02', 'AP'],
  ['en dash', 'date 2020-05-05 Vote', 'PARIS, May 5 (AFP) –', 'Paris', null, '2020-05-05', 'AFP'],
];

describe('dateline shapes', () => {
  test.each(cases)('%s', (_n, header, dateline, location, region, date, agency) => {
    const text = `${header}\n\n${dateline} ${BODY}\n\nSecond paragraph of the story.\n`;
    const s = parse(text);
    expect(s.dateline).not.toBeNull();
    const d = s.dateline!;
    expect(d.text).toBe(dateline);
    expect(d.span.start).toBe(text.indexOf(dateline));
    expect(d.location).toBe(location);
    expect(d.region).toBe(region);
    expect(d.date).toBe(date);
    expect(d.agency).toBe(agency);
    if (location) expect(slice(text, d.locationSpan)!.toLowerCase()).toBe(location.toLowerCase());
    if (agency) expect(slice(text, d.agencySpan)).not.toBeNull();
    // a dateline that opens a paragraph stays in it
    expect(s.body[0].text.startsWith(dateline)).toBe(true);
    expect(s.body).toHaveLength(2);
    expect(s.warnings.map((w) => w.code)).not.toContain('no-dateline');
  });

  test('1987 Reuters: no agency in the dateline, the sign-off gives it', () => {
    const text = `Shares fall\n\n   LONDON, March 2 - Shares fell sharply in early trading\non the London stock exchange, dealers said.\n   They said the market was nervous.\n Reuter\n`;
    const s = parse(text);
    expect(s.dateline).toMatchObject({ text: 'LONDON, March 2 -', location: 'London', agency: 'Reuters' });
    expect(s.body).toHaveLength(2);
    expect(s.trailers).toEqual([expect.objectContaining({ kind: 'sign-off', text: 'Reuter' })]);
  });

  test('Kyodo dateline without agency: agency from ==Kyodo, year from a full date in the story', () => {
    const text = `China urges Japan\n\n    BEIJING, July 23 - China on Tuesday urged Japan\nto face history, a spokesman said on July 23, 2019.\n    He spoke at a briefing.\n==Kyodo\n`;
    const s = parse(text);
    expect(s.dateline).toMatchObject({ location: 'Beijing', date: '2019-07-23', agency: 'Kyodo' });
    expect(s.body).toHaveLength(2);
  });

  test('a dateline alone on its line is not a paragraph', () => {
    const text = `Drill held\n\nBEIJING, July 23\n\n${BODY}\n\nMore text.\n==Kyodo\n`;
    const s = parse(text, { referenceDate: '2019-07-24' });
    expect(s.dateline).toMatchObject({ text: 'BEIJING, July 23', location: 'Beijing', date: '2019-07-23', agency: 'Kyodo' });
    expect(s.body.map((p) => p.text)).toEqual([BODY, 'More text.']);
  });

  test('a bare numeric date line is a date-only dateline', () => {
    const text = `Two states sign pact\n4/4/2018\n\n${BODY}\n`;
    const s = parse(text);
    expect(s.header.headline).toBe('Two states sign pact');
    expect(s.dateline).toMatchObject({ text: '4/4/2018', location: null, date: '2018-04-04' });
    expect(s.body).toHaveLength(1);
  });

  test.each([
    ['Wikinews date line', `Robots win prize\n\nFriday, July 21, 2017\n\n${BODY}\n`, '2017-07-21'],
    ['no dateline at all', `Robots win prize\n\n${BODY}\n\nMore.\n`, null],
    ['a caption opening FILE - is no dateline', `Court hears case\n\nFILE - The court is seen in Washington, Oct. 4, 2023. (AP Photo/Lena Marsh, File)\n\n${BODY}\n`, null],
  ])('%s: no fake dateline', (_n, text, date) => {
    const s = parse(text);
    expect(s.dateline).toBeNull();
    expect(s.header.date).toBe(date);
    expect(s.warnings.map((w) => w.code)).toContain('no-dateline');
  });

  test.each([
    ['On Monday, March 2 - the talks', 'a sentence'],
    ['Yesterday, March 2 (maybe) - they met', 'a sentence'],
    ['WASHINGTON The Senate voted', 'capitals then words'],
  ])('%s is no dateline (%s)', (line) => {
    const s = parse(`Headline here\n\n${line} on the budget for next year and beyond.\n`);
    expect(s.dateline).toBeNull();
  });
});
