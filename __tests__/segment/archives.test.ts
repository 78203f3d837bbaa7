import { parse, slice, BODY } from './helpers.js';

// Archive and export layouts: their metadata gives date, agency, headline and dateline from its
// fields, and is never taken for the headline or for body text. All stories are made up.
describe('archive layouts', () => {
  test('LexisNexis export: result position, publication, date, fields above; fields, copyright below', () => {
    const text = [
      '                    3 of 27 DOCUMENTS', '',
      '                 Xinhua General News Service', '',
      '              March 4, 2002 Monday 9:12 AM Eastern Standard Time', '',
      'Laos, Vietnam sign power deal', '',
      'BYLINE: Tran Van Minh', '', 'SECTION: WORLD NEWS', '', 'LENGTH: 312 words', '', 'DATELINE: VIENTIANE, March 4', '', '',
      `VIENTIANE, March 4 (Xinhua) -- ${BODY}`, '', 'More details followed.', '',
      'LOAD-DATE: March 5, 2002', '', 'LANGUAGE: ENGLISH', '', 'PUBLICATION-TYPE: Newswire', '',
      'Copyright 2002 Xinhua News Agency', 'All Rights Reserved', '',
    ].join('\n');
    const s = parse(text);
    expect(s.header).toMatchObject({ headline: 'Laos, Vietnam sign power deal', date: '2002-03-04', agency: 'Xinhua' });
    expect(s.header.bylines.map((b) => b.name)).toEqual(['Tran Van Minh']);
    expect(s.dateline).toMatchObject({ location: 'Vientiane', date: '2002-03-04', agency: 'Xinhua' });
    expect(s.body).toHaveLength(2);
  });

  test('Nexis HEADLINE:/BODY: fields and a dateline only in the DATELINE: field', () => {
    const text = [
      'Copyright 1997 Kyodo News Service', 'Japan Economic Newswire', '', 'June 3, 1997, Tuesday', '',
      'HEADLINE: Nissan to cut output at two plants', '', 'DATELINE: TOKYO, June 3', '', 'BODY:',
      '  Nissan Motor Co. said Tuesday it will cut output.', '  The cuts follow weak sales.', '',
    ].join('\n');
    const s = parse(text);
    expect(s.header.headline).toBe('Nissan to cut output at two plants');
    expect(s.dateline).toMatchObject({ location: 'Tokyo', date: '1997-06-03', agency: 'Kyodo' });
    expect(s.body).toHaveLength(2);
  });

  test('Reuters-21578 SGML: DATE, metadata, UNKNOWN block, TITLE, DATELINE field glued to BODY', () => {
    const text = [
      '<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" NEWID="42">', '<DATE>14-APR-1987 11:02:45.10</DATE>',
      '<TOPICS><D>grain</D></TOPICS>', '<PLACES><D>usa</D></PLACES>', '<PEOPLE></PEOPLE>', '<UNKNOWN> ', '&#5;&#5;&#5;C',
      '&#22;&#22;&#1;f1234&#31;reute', 'u f BC-WHEAT-SALES   04-14 0123</UNKNOWN>', '<TEXT>&#2;',
      '<TITLE>U.S. WHEAT SALES RISE</TITLE>', '<DATELINE>    CHICAGO, April 14 - </DATELINE><BODY>Export sales of wheat rose',
      'sharply last week, the Agriculture Department said.', '    Traders had expected a smaller rise.', ' Reuter', '&#3;</BODY></TEXT>', '</REUTERS>', '',
    ].join('\n');
    const s = parse(text);
    expect(s.header).toMatchObject({ headline: 'U.S. WHEAT SALES RISE', date: '1987-04-14' });
    expect(s.dateline).toMatchObject({ location: 'Chicago', date: '1987-04-14', agency: 'Reuters' });
    expect(s.body.map((p) => p.text.split('\n')[0])).toEqual(['Export sales of wheat rose', 'Traders had expected a smaller rise.']);
  });

  test.each([
    ['XIN_ENG', 'Xinhua'],
    ['AFP_ENG', 'AFP'],
    ['APW_ENG', 'AP'],
    ['NYT_ENG', 'NYT'],
  ])('Gigaword %s document: year, agency from the id, headline and dateline fields', (prefix, agency) => {
    const text = [
      `<DOC id="${prefix}_20030915.0042" type="story" >`, '<HEADLINE>', 'Floods cut rail link', '</HEADLINE>', '<DATELINE>',
      'HANOI, Sept. 15', '</DATELINE>', '<TEXT>', '<P>', 'Floods cut the rail link between the', 'capital and the port.', '</P>',
      '<P>', 'Repairs will take a week.', '</P>', '</TEXT>', '</DOC>', '',
    ].join('\n');
    const s = parse(text);
    expect(s.header).toMatchObject({ headline: 'Floods cut rail link', date: '2003-09-15', agency });
    expect(s.dateline).toMatchObject({ location: 'Hanoi', date: '2003-09-15', agency });
    expect(s.body).toHaveLength(2);
  });

  test('UPI transmission line and selector slug above the headline', () => {
    const text = `UPI 03-22-91 08:15 pes\r\nu i BC-GULF-TALKS 03-22 0311\r\nGulf talks resume\r\nBy JOHN A. REED\r\nUnited Press International\r\n   BAGHDAD, Iraq (UPI) -- ${BODY}\r\n   More talks are planned.\r\n`;
    const s = parse(text);
    expect(s.header).toMatchObject({ headline: 'Gulf talks resume', date: '1991-03-22', agency: 'UPI' });
    expect(s.dateline).toMatchObject({ location: 'Baghdad', date: '1991-03-22', agency: 'UPI' });
    expect(s.body).toHaveLength(2);
  });

  test.each([
    '^PM-Harbor Fire, Bjt,0480<',
    '^AM-Storm Damage, Adv 12<',
    '^BC-Fire Kills 3, 2nd Ld-Writethru<',
  ])('AP slug line with spaces %j is a slug, not the headline', (slugLine) => {
    const text = `\x01a0101 &Cx1f; BC-Fire 04-02 0480\x02\n${slugLine}\n^Fire guts harbor warehouse<\n   BOSTON (AP) _ ${BODY}\n`;
    const s = parse(text);
    expect(s.header.headline).toBe('Fire guts harbor warehouse');
    expect(s.body).toHaveLength(1);
  });

  test.each([
    ['Deutsche Presse-Agentur, May 12, 1998', 'dpa', '1998-05-12'],
    ['Agence France Presse -- English', 'AFP', null],
    ['Japan Economic Newswire', 'Kyodo', null],
  ])('publication or source line %j gives the agency, not a dateline', (line, agency, date) => {
    const text = `Court upholds ban\n${line}\n\nBONN, May 12 (dpa) - ${BODY}\n`;
    const s = parse(text);
    expect(s.header.headline).toBe('Court upholds ban');
    expect(s.header.agency).toBe(agency);
    if (date) expect(s.header.date).toBe(date);
    expect(s.dateline?.location).toBe('Bonn');
    expect(s.body).toHaveLength(1);
  });

  test.each([
    ['November 12, 2008 Wednesday 3:41 PM GMT', '2008-11-12'],
    ['August 28, 1995, Monday', '1995-08-28'],
    ['March 18, 2014 08:00 AM Eastern Daylight Time', '2014-03-18'],
    ['04 JUN 2021, 14:05', '2021-06-04'],
  ])('date line %j is the release date', (line, iso) => {
    const text = `Talks end\n\n${line}\n\nHANOI, June 4 (AFP) - ${BODY}\n`;
    const s = parse(text);
    expect(s.header.date).toBe(iso);
    expect(s.header.headline).toBe('Talks end');
    expect(s.body).toHaveLength(1);
  });

  test('web byline with a day-first date: byline and release date', () => {
    const text = `Pipeline deal signed\n\nOmer Kaya   |05.07.2019 - Update : 05.07.2019\n\nANKARA, July 5 (AA) - ${BODY}\n`;
    const s = parse(text);
    expect(s.header.bylines.map((b) => b.name)).toEqual(['Omer Kaya']);
    expect(s.header.date).toBe('2019-07-05');
    expect(slice(text, s.header.dateSpan)).toBe('05.07.2019');
    expect(s.body).toHaveLength(1);
  });
});

describe('datelines of web, press-release and day-first layouts', () => {
  test.each([
    ['HOUSTON--(BUSINESS WIRE)--Acme Corp. today announced a deal.', 'Houston', 'Business Wire'],
    ['NEW YORK--(BUSINESS WIRE)--Acme Corp. today announced a deal.', 'New York', 'Business Wire'],
    ['BOSTON, March 3, 2015 /PRNewswire/ -- Acme Corp. today announced a deal.', 'Boston', 'PRNewswire'],
    ['OSLO, Norway, March 3, 2015 (GLOBE NEWSWIRE) -- Acme ASA today announced a deal.', 'Oslo', 'GLOBE NEWSWIRE'],
    ['Madrid, 14 June (EFE).- Spain and Chile signed a deal.', 'Madrid', 'EFE'],
  ])('%j', (line, location, agency) => {
    const text = `Acme signs deal\n\n${line}\n\nMore follows.\n`;
    const s = parse(text);
    expect(s.dateline).toMatchObject({ location, agency });
    expect(slice(text, s.dateline!.locationSpan)).toBe(line.slice(0, location.length));
    expect(s.body).toHaveLength(2);
  });

  test.each([
    ['ANKARA', 'Ankara'],
    ['DAR ES SALAAM', 'Dar es Salaam'],
    ['ST. PETERSBURG', 'St. Petersburg'],
  ])('a city in capitals alone under the headline (%s) is the dateline', (city, location) => {
    const text = `Ministers sign trade deal\n\nOmer Kaya   |05.07.2019 - Update : 05.07.2019\n\n${city}\n\n${BODY}\n\nMore follows in a second paragraph of text.\n`;
    const s = parse(text);
    expect(s.dateline).toMatchObject({ location, agency: null });
    expect(s.body).toHaveLength(2);
  });

  test.each([
    'PRIME MINISTER RESIGNS',
    'URGENT',
  ])('a line in capitals that is the headline or a mark (%j) is no bare city', (top) => {
    const s = parse(`${top}\n\n${BODY}\n`);
    expect(s.dateline).toBeNull();
  });
});

describe('photo credits of many agencies', () => {
  // [caption paragraph, agency, photographer]
  test.each([
    ['Ministers shake hands after the signing ceremony in Rabat. EFE/Karim Benali', 'EFE', 'Karim Benali'],
    ['Ministers attend the ceremony in Ankara on March 12, 2021. ( Omer Kaya - Anadolu Agency )', 'AA', 'Omer Kaya'],
    ['Ministers attend the ceremony in Ankara. (Omer Kaya - AA)', 'AA', 'Omer Kaya'],
    ['Workers sort fish at a market in Lima on May 2, 2019. AFP PHOTO/Rafael TORRES', 'AFP', 'Rafael Torres'],
    ['Firefighters work at the scene in Genoa. ANSA/Luca Neri', 'ANSA', 'Luca Neri'],
    ['Firefighters work at the scene in Genoa. EPA/LUCA NERI', 'EPA', 'Luca Neri'],
    ['Firefighters work at the scene in Genoa. Photo by Luca Neri / ANSA', 'ANSA', 'Luca Neri'],
    ['Firefighters work at the scene in Genoa. Photo: Luca Neri/ANSA', 'ANSA', 'Luca Neri'],
    ["Seoul's Lee Min-ho (R) celebrates after scoring in Busan. (Yonhap)", 'Yonhap', null],
    ['Lee Min-ho celebrates after scoring in Busan on June 11, 2019. (Yonhap)', 'Yonhap', null],
  ])('%j', (caption, agency, photographer) => {
    const text = `Ministers sign deal\n\nSEOUL, June 11 (Yonhap) -- ${BODY}\n\n${caption}\n`;
    const s = parse(text);
    expect(s.captions.map((c) => [c.credit?.agency, c.credit?.photographer])).toEqual([[agency, photographer]]);
    expect(s.body).toHaveLength(1);
  });

  test.each([
    'The ministry said it would publish the figures later, the agency reported (Yonhap).',
    'He said the talks were useful (AFP - Reuters).',
  ])('a body paragraph ending in an agency is no caption: %j', (para) => {
    const s = parse(`Talks held\n\nSEOUL, June 11 (Yonhap) -- ${BODY}\n\n${para}\n`);
    expect(s.captions).toEqual([]);
    expect(s.body).toHaveLength(2);
  });
});

describe('what closes a story is not body', () => {
  test('press release: About boilerplate, Forward-Looking Statements and a Contacts block', () => {
    const text = [
      'Acme licenses compound', '', 'March 3, 2015 08:00 AM Eastern Standard Time', '',
      `AUSTIN, Texas--(BUSINESS WIRE)--${BODY}`, '', 'The deal closes next month.', '',
      'About Acme Corp.', '', 'Acme Corp. is a company based in Austin. For more information, visit www.acme.example.', '',
      'Forward-Looking Statements', '', 'This release contains forward-looking statements.', '',
      'Media Contact', '', 'Acme Corp.', 'Jane Doe, 512-555-0100', 'jdoe@acme.example', '',
    ].join('\n');
    const s = parse(text);
    expect(s.dateline).toMatchObject({ location: 'Austin', agency: 'Business Wire' });
    expect(s.body).toHaveLength(2);
    expect(s.trailers.length).toBeGreaterThanOrEqual(4);
  });

  test('an About line inside the story text is body', () => {
    const s = parse(`Talks held\n\nHANOI, June 4 (AFP) - ${BODY}\n\nAbout 200 people attended the ceremony in the capital.\n`);
    expect(s.body).toHaveLength(2);
  });

  test.each([
    ['-- BERNAMA\n\nNAA MNS', 2],
    ['dpa hb ts', 1],
    ['PTI AVI NSK', 1],
    ['jwpark@yna.co.kr\n(END)', 2],
    ['(jd/xx)', 1],
  ])('closing codes %j are trailers', (tail, n) => {
    const s = parse(`Talks held\n\nHANOI, June 4 (AFP) - ${BODY}\n\nMore follows.\n\n${tail}\n`);
    expect(s.body).toHaveLength(2);
    expect(s.trailers).toHaveLength(n);
  });
});
