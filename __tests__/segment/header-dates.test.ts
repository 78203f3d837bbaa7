import { parse, slice, BODY } from './helpers.js';
import { parseDateline } from '../../src/segment/dateline.js';
import { jucheForm } from '../../src/segment/date-forms.js';
import { agencyBySite } from '../../src/lexicon/agencies.js';

// Where the date (and place) of a story stands outside its dateline: a Nexis DATELINE: field,
// KCNA's Juche date line, a web source line with the site's host. All stories are made up.
const lines = (...ls: string[]): string => `${ls.join('\n')}\n`;

describe('Nexis DATELINE: field when the body has no dateline', () => {
  const nexis = (exportDate: string, field: string): string =>
    lines(
      '                              4 of 31 DOCUMENTS', '', '', '                            The Associated Press', '',
      `                  ${exportDate}`, '', 'Ministers sign border accord', '', 'BYLINE: By JANE ROWE, Associated Press Writer', '',
      'SECTION: INTERNATIONAL NEWS', '', 'LENGTH: 210 words', '', `DATELINE: ${field}`, '', '',
      'The two governments signed an accord on Tuesday to open a second crossing.', '', BODY, '', '',
      'LOAD-DATE: March 9, 2011', '', 'LANGUAGE: ENGLISH', '', '                   Copyright 2011 Associated Press',
    );
  // [export date line, field value, location, location span, region, date, date span text]
  test.each([
    ['March 8, 2011 Tuesday 4:12 PM GMT', 'LIMA, Peru', 'Lima', 'LIMA', 'Peru', '2011-03-08', 'March 8, 2011'],
    ['March 8, 2011 Tuesday 4:12 PM GMT', 'Moscow', 'Moscow', 'Moscow', null, '2011-03-08', 'March 8, 2011'],
    ['July 5, 2011 Tuesday', 'WASHINGTON, July 4', 'Washington', 'WASHINGTON', null, '2011-07-04', 'July 4'],
    ['January 1, 2012 Sunday 1:05 AM GMT', 'OSLO, Dec. 31', 'Oslo', 'OSLO', null, '2011-12-31', 'Dec. 31'],
    ['August 3, 2011 Wednesday', 'QUITO, Ecuador, Aug. 3', 'Quito', 'QUITO', 'Ecuador', '2011-08-03', 'Aug. 3'],
    ['May 2, 2011 Monday', 'SANTA CRUZ, Bolivia', 'Santa Cruz', 'SANTA CRUZ', 'Bolivia', '2011-05-02', 'May 2, 2011'],
  ])('%s / DATELINE: %s', (exportDate, field, location, locationText, region, date, dateText) => {
    const text = nexis(exportDate, field);
    const s = parse(text);
    expect(s.header.headline).toBe('Ministers sign border accord');
    expect(s.dateline).toMatchObject({ text: field, location, region, date });
    expect(slice(text, s.dateline!.span)).toBe(field);
    expect(slice(text, s.dateline!.locationSpan)).toBe(locationText);
    expect(slice(text, s.dateline!.regionSpan)).toBe(region);
    expect(slice(text, s.dateline!.dateSpan)).toBe(dateText);
    expect(s.body).toHaveLength(2);
    expect(s.warnings.map((w) => w.code)).not.toContain('no-dateline');
  });

  test('a dateline field in SGML: <DATELINE>LIMA, Peru</DATELINE>', () => {
    const text = lines(
      '<DOC id="APW_ENG_20110308.0042" type="story" >', '<HEADLINE>', 'Ministers sign border accord', '</HEADLINE>',
      '<DATELINE>', 'LIMA, Peru', '</DATELINE>', '<TEXT>', '<P>', BODY, '</P>', '</TEXT>', '</DOC>',
    );
    const s = parse(text);
    expect(s.dateline).toMatchObject({ location: 'Lima', region: 'Peru', agency: 'AP' });
    expect(slice(text, s.dateline!.locationSpan)).toBe('LIMA');
  });

  test('a place alone is a dateline only as a field value', () => {
    for (const v of ['LIMA, Peru', 'Moscow', 'SANTA CRUZ, Bolivia']) {
      expect(parseDateline(v)).toBeNull();
      expect(parseDateline(v, true)).toMatchObject({ length: v.length, agency: null, date: null });
    }
    // still no dateline: sentence words, lower case
    for (const v of ['The talks ended', 'officials said', 'LIMA, Peru and Chile signed']) expect(parseDateline(v, true)).toBeNull();
  });
});

describe("KCNA's Juche date line above the headline", () => {
  const kcna = (top: string, dateline: string): string =>
    lines(top, 'Delegation Leaves for Talks on Fisheries', `${dateline} -- A delegation left here on Wednesday for talks.`, 'The talks will cover fisheries and trade. -0-');
  // [date line, header date, date span text, dateline, dateline date]
  test.each([
    ['Juche108(2019).7.4.', '2019-07-04', 'Juche108(2019).7.4', 'Pyongyang, July 3 (KCNA)', '2019-07-03'],
    ['Juche 108 (2019).7.4.', '2019-07-04', 'Juche 108 (2019).7.4', 'Pyongyang, July 3 (KCNA)', '2019-07-03'],
    ['Juche108(2019).07.04', '2019-07-04', 'Juche108(2019).07.04', 'Pyongyang, July 3 (KCNA)', '2019-07-03'],
    ['Juche110(2021).1.1.', '2021-01-01', 'Juche110(2021).1.1', 'Pyongyang, December 31 (KCNA)', '2020-12-31'],
    ['Juche 108.7.4.', '2019-07-04', 'Juche 108.7.4', 'Pyongyang, July 3 (KCNA)', '2019-07-03'],
  ])('%s', (top, date, dateText, dateline, datelineDate) => {
    const text = kcna(top, dateline);
    const s = parse(text);
    expect(s.header.headline).toBe('Delegation Leaves for Talks on Fisheries');
    expect(s.header.date).toBe(date);
    expect(slice(text, s.header.dateSpan)).toBe(dateText);
    expect(s.dateline).toMatchObject({ location: 'Pyongyang', date: datelineDate, agency: 'KCNA' });
    expect(s.body).toHaveLength(2);
    expect(s.warnings.map((w) => w.code)).not.toContain('unplaced-text');
  });

  test.each([
    ['Juche108(2019).7.4.', '2019-07-04', 0],
    ['News of Juche108(2019).7.4', '2019-07-04', 8],
    ['Juche108(2019).13.4', null, -1],
    ['Juche108(2019).2.30', null, -1],
    ['in Juche 108 the talks', null, -1],
  ])('jucheForm(%j)', (s, iso, index) => {
    const d = jucheForm(s);
    expect(d?.iso ?? null).toBe(iso);
    expect(d?.index ?? -1).toBe(index);
  });
});

describe('web source lines with the site host', () => {
  const web = (source: string, dateline: string): string =>
    lines('Two countries agree to reopen crossing', source, '', `${dateline} -- ${BODY}`, '', 'More talks are planned. Enditem');
  // [source line, header date, date span, header agency, agency span text, dateline, dateline date]
  test.each([
    ['English.news.cn | 2015-08-21 02:41:33 | Editor: huaxia', '2015-08-21', '2015-08-21', 'Xinhua', null, 'NAIROBI, Aug. 20 (Xinhua)', '2015-08-20'],
    ['Source: Xinhua | 2016-01-01 03:10:00 | Editor: huaxia', '2016-01-01', '2016-01-01', 'Xinhua', 'Xinhua', 'LUSAKA, Dec. 31 (Xinhua)', '2015-12-31'],
    ['xinhuanet.com | 2012-05-09 18:22:10', '2012-05-09', '2012-05-09', 'Xinhua', null, 'HARARE, May 9 (Xinhua)', '2012-05-09'],
    ['Source: www.xinhuanet.com | 2013-01-05 09:00:12 | Editor: Han Lirong', '2013-01-05', '2013-01-05', 'Xinhua', null, 'KIGALI, Jan. 4 (Xinhua)', '2013-01-04'],
    ['www.chinadaily.com.cn | 2014-11-18 07:30', '2014-11-18', '2014-11-18', null, null, 'BEIJING, Nov. 17 -', '2014-11-17'],
  ])('%s', (source, date, dateText, agency, agencyText, dateline, datelineDate) => {
    const text = web(source, dateline);
    const s = parse(text);
    expect(s.header.headline).toBe('Two countries agree to reopen crossing');
    expect(s.header.date).toBe(date);
    expect(slice(text, s.header.dateSpan)).toBe(dateText);
    expect(s.header.agency).toBe(agency);
    if (agencyText) expect(slice(text, s.header.agencySpan)).toBe(agencyText);
    expect(s.dateline?.date).toBe(datelineDate);
    expect(s.body).toHaveLength(2);
    expect(s.warnings.map((w) => w.code)).not.toContain('unplaced-text');
    // a named editor is a person (a trailer); the desk name `huaxia` is none
    const editors = s.trailers.filter((t) => t.kind === 'editor').flatMap((t) => t.names.map((n) => slice(text, n.span)));
    expect(editors).toEqual(source.includes('Han Lirong') ? ['Han Lirong'] : []);
  });

  test.each([
    ['English.news.cn', 'Xinhua'],
    ['www.xinhuanet.com', 'Xinhua'],
    ['en.yna.co.kr', 'Yonhap'],
    ['www.reuters.com', 'Reuters'],
    ['tass.com', 'TASS'],
    ['www.chinadaily.com.cn', null],
    ['news.com', null],
    ['cn', null],
  ])('agencyBySite(%j)', (host, short) => {
    expect(agencyBySite(host)?.short ?? null).toBe(short);
  });
});
