import { parse, slice, BODY } from './helpers.js';

// Export and agency layouts (Factiva, RCV1, LDC, agency code lines, archive pages with two
// stories), and what closes a story. Every story here is made up.
const lines = (...xs: string[]): string => xs.join('\n');

describe('Factiva exports', () => {
  test.each([
    [
      'field codes, value on the code line',
      lines('HD Chad, Niger sign water accords', 'WC 212 words', 'PD 3 May 2006', 'ET 10:12 AM', 'SN Agence France Presse', 'SC AFPR',
        'LA English', 'CY (c) 2006 Agence France Presse', '', 'LP ', `NIAMEY, May 3 (AFP) - ${BODY}`, '', 'TD ', 'More talks follow.', '',
        'CO nbao : Niger Basin Authority', 'NS gdip : International Relations', 'RE chad : Chad | niger : Niger', 'IPD Politics',
        'PUB Agence France Presse', 'AN Document AFPR000020060503e2530004a'),
      'Chad, Niger sign water accords', '2006-05-03', 2, 6,
    ],
    [
      'field codes alone, value on the next line; text on the LP line',
      lines('HD', 'Chad, Niger sign water accords', 'WC', '212 words', 'PD', '3 May 2006', 'SN', 'Agence France Presse', '',
        `LP NIAMEY, May 3 (AFP) - ${BODY}`, '', 'TD', 'More talks follow.', '', 'AN Document AFPR000020060503e2530004a'),
      'Chad, Niger sign water accords', '2006-05-03', 2, 1,
    ],
    [
      'plain export: word count, day-first date, time, source, code, language, copyright',
      lines('Chad, Niger sign water accords', '', '212 words', '3 May 2006', '10:12', 'Interfax News Agency', 'IFXN', 'English',
        '(c) 2006 Interfax Information Services', '', `NIAMEY. May 3 (Interfax) - ${BODY}`, '', 'More talks follow.', '',
        'Document IFXN000020060503e2530004a'),
      'Chad, Niger sign water accords', '2006-05-03', 2, 1,
    ],
  ])('%s', (_name, text, headline, date, paragraphs, trailers) => {
    const s = parse(text);
    expect(s.header.headline).toBe(headline);
    expect(s.header.date).toBe(date);
    expect(s.dateline).toMatchObject({ location: 'Niamey', date });
    expect(s.body).toHaveLength(paragraphs);
    expect(s.trailers).toHaveLength(trailers);
    expect(s.body.map((b) => b.text).join(' ')).not.toMatch(/\b(?:WC|PD|SN|LP|TD|AN) /);
  });

  test('a word in capitals inside the text of a field-code export stays text', () => {
    const s = parse(lines('HD Talks end', 'WC 90 words', 'PD 3 May 2006', 'LA English', '', 'LP', `NIAMEY, May 3 (AFP) - ${BODY}`, '',
      'TD', 'IN brief, the talks ended without a deal.', '', 'AN Document AFPR000020060503e2530004a'));
    expect(s.body.map((b) => b.text)).toEqual([`NIAMEY, May 3 (AFP) - ${BODY}`, 'IN brief, the talks ended without a deal.']);
  });
});

describe('corpus XML and SGML', () => {
  test('RCV1 newsitem: declaration, date attribute, <headline> over <title>, ISO date in <dateline>', () => {
    const text = lines('<?xml version="1.0" encoding="iso-8859-1" ?>', '<newsitem itemid="9" id="root" date="1997-02-11" xml:lang="en">',
      '<title>GHANA: Ghana, Togo sign border deal.</title>', '<headline>Ghana, Togo sign border deal.</headline>',
      '<dateline>ACCRA 1997-02-11</dateline>', '<text>', `<p>${BODY}</p>`, '<p>More talks follow.</p>', '<p>-- Accra newsroom +233 21 000000</p>',
      '</text>', '<copyright>(c) Reuters Limited 1997</copyright>', '<metadata>', '<codes class="bip:countries:1.0">',
      '  <code code="GHANA">', '    <editdetail attribution="Reuters BIP Coding Group" action="confirmed" date="1997-02-11"/>', '  </code>',
      '</codes>', '</metadata>', '</newsitem>');
    const s = parse(text);
    expect(s.header).toMatchObject({ headline: 'Ghana, Togo sign border deal.', date: '1997-02-11' });
    expect(s.dateline).toMatchObject({ location: 'Accra', date: '1997-02-11' });
    expect(s.body).toHaveLength(2);
    expect(s.trailers.map((t) => t.kind)).toEqual(['source', 'copyright']);
  });

  test('LDC <HEADER> holds a slug, not the headline; the agency code line in <TRAILER> is day first', () => {
    const text = lines('<DOC>', '<DOCNO> MEN19900305.0007 </DOCNO>', '<DOCTYPE> NEWS STORY </DOCTYPE>', '<HEADER>', 'MENA-0007 EGYPT-LIBYA-TRADE',
      '</HEADER>', '<BODY>', '<HEADLINE>', 'Egypt, Libya widen border trade', '</HEADLINE>', '<TEXT>', '<P>', `CAIRO, March 5 (MENA) - ${BODY}`, '</P>',
      '</TEXT>', '</BODY>', '<TRAILER>', 'MENA 05-03-90 1020', '</TRAILER>', '</DOC>');
    const s = parse(text);
    expect(s.header.headline).toBe('Egypt, Libya widen border trade');
    expect(s.header.date).toBe('1990-03-05');
    expect(s.body).toHaveLength(1);
    expect(s.trailers.map((t) => t.text)).toEqual(['MENA 05-03-90 1020']);
  });
});

describe('agency lines and code lines above the headline', () => {
  test.each([
    ['agency short and full name', lines('IRNA -- Islamic Republic News Agency', 'Monday, March 2, 1998  10:05 GMT', '', 'Iran, Oman sign fisheries deal', '',
      `Tehran, March 2, IRNA -- ${BODY}`, '', 'More talks follow.', '', '::IRNA 02/03/98 10:05'), 'Iran, Oman sign fisheries deal', 'IRNA', 'Tehran', '1998-03-02', 'IRNA'],
    ['full name with an accent, time stamp, city glued to a dash', lines('Algérie Presse Service', '', 'Algeria, Tunisia link grids', '',
      'Monday, 02 March 2009 11:40', '', `ALGIERS- ${BODY}`, '', 'More talks follow.', '', 'APS'), 'Algeria, Tunisia link grids', 'APS', 'Algiers', '2009-03-02', 'APS'],
    ['archive page: agency, News of date with Juche year', lines('Korean Central News Agency of DPRK', 'News of June 4, 2003 Juche 92', '',
      'DPRK-Cuba Agreement Signed', `  Pyongyang, June 4 (KCNA) -- ${BODY}`, '  More talks follow. -0-'), 'DPRK-Cuba Agreement Signed', 'KCNA', 'Pyongyang', '2003-06-04', 'KCNA'],
    ['PA code line with a day-first date, byline with role and agency', lines('PA 04/05/01 09:12 POLITICS Schools', 'SCHOOLS TO SHARE SPORTS GROUNDS',
      'By Jane Holt, Education Correspondent, PA News', BODY, '', 'More talks follow.', '', 'end'), 'SCHOOLS TO SHARE SPORTS GROUNDS', 'PA', null, '2001-05-04', null],
  ])('%s', (_name, text, headline, agency, location, date, datelineAgency) => {
    const s = parse(text);
    expect(s.header.headline).toBe(headline);
    expect(s.header.agency).toBe(agency);
    expect(s.dateline?.location ?? null).toBe(location);
    expect(s.dateline?.date ?? s.header.date).toBe(date);
    if (datelineAgency) expect(s.dateline?.agency).toBe(datelineAgency);
    expect(s.body).toHaveLength(2);
  });

  test('PA byline: the role and agency are the affiliation, not names', () => {
    const s = parse(lines('PA 04/05/01 09:12 POLITICS Schools', 'SCHOOLS TO SHARE GROUNDS', 'By Jane Holt, Education Correspondent, PA News', BODY));
    expect(s.header.bylines).toEqual([expect.objectContaining({ name: 'Jane Holt', affiliation: 'Education Correspondent, PA News' })]);
  });

  test('ITAR-TASS: reported as its own agency, the span on the form as written', () => {
    const text = lines('Copyright 1996 ITAR-TASS', '', 'HEADLINE: RUSSIA, BELARUS SIGN OIL ACCORD', '',
      'BYLINE: By ITAR-TASS correspondent Pavel Orlov', '', 'BODY:', '', `   MOSCOW, May 5 (Itar-Tass) -- ${BODY}`);
    const s = parse(text);
    expect(s.dateline).toMatchObject({ location: 'Moscow', agency: 'ITAR-TASS' });
    expect(slice(text, s.dateline!.agencySpan)).toBe('Itar-Tass');
    expect(s.header.bylines.map((b) => b.name)).toEqual(['Pavel Orlov']);
  });
});

describe('what closes a story', () => {
  test.each([
    ['CNA: caption credited with a date, closing byline, Enditem with initials',
      [`Lin (right) and Ruiz exchange documents in Taipei on Wednesday. CNA photo Feb. 3, 2021`, '', '(By Jane Doe and Wu Mei-ling)', 'Enditem/ab'], 1, 2],
    ['Antara: Reporter, Editor, copyright', ['Reporter: Budi Hartono', 'Editor: Sri Wahyuni', 'COPYRIGHT © ANTARA 2019'], 0, 3],
    ['IRNA closing code and sign-off', ['::IRNA 02/03/98 10:05'], 0, 1],
    ['an agency alone on the last line', ['', 'MENA'], 0, 1],
    ['Nexis fields below the story', ['LANGUAGE: ENGLISH', '', 'LOAD-DATE: May 6, 1996'], 0, 2],
  ])('%s', (_name, tail, captions, trailers) => {
    const s = parse(lines('Talks end', '', `TAIPEI, Feb. 3 (CNA) -- ${BODY}`, '', 'More talks follow.', '', ...tail));
    expect(s.body).toHaveLength(2);
    expect(s.captions).toHaveLength(captions);
    expect(s.trailers).toHaveLength(trailers);
  });

  test('closing byline and Reporter line name people with their roles', () => {
    const s = parse(lines('Talks end', '', `TAIPEI, Feb. 3 (CNA) -- ${BODY}`, '', '(By Jane Doe and Wu Mei-ling)', 'Reporter: Budi Hartono'));
    expect(s.trailers.flatMap((t) => t.names.map((n) => `${n.name}/${n.role}`))).toEqual(['Jane Doe/writer', 'Wu Mei-ling/writer', 'Budi Hartono/reporter']);
  });

  test('captions: (AGENCY FOTO/Name), (AGENCY photo); a photo mentioned inside a sentence is no credit', () => {
    const s = parse(lines('Talks end', '', 'Two ministers shake hands in Jakarta on Tuesday. (ANTARA FOTO/Budi Hartono)', '',
      `Jakarta (ANTARA) - ${BODY}`, '', 'The minister waves to reporters in Tehran. (IRNA photo)', '', 'He showed them a Reuters photo.'));
    expect(s.captions.map((c) => [c.credit?.agency, c.credit?.photographer])).toEqual([['Antara', 'Budi Hartono'], ['IRNA', null]]);
    expect(s.body).toHaveLength(2);
  });

  test('web byline with a date and a comments link; Xinhua source line with an editor', () => {
    const a = parse(lines('Talks end', 'By Jane Doe   |   May 4, 2013 at 1:31 PM   |   Comments', '', `BEIRUT, May 4 (UPI) -- ${BODY}`));
    expect(a.header.bylines.map((b) => b.name)).toEqual(['Jane Doe']);
    expect(a.header.date).toBe('2013-05-04');
    const b = parse(lines('Talks end', 'Source: Xinhua| 2018-11-20 17:05:31|Editor: Li Ming', '', `WELLINGTON, Nov. 20 (Xinhua) -- ${BODY}`));
    expect(b.trailers.flatMap((t) => t.names.map((n) => `${n.name}/${n.role}`))).toEqual(['Li Ming/editor']);
    expect(b.body).toHaveLength(1);
  });
});

describe('two stories on one archive page', () => {
  test('a headline over a second dateline of the same agency starts the second story', () => {
    const s = parse(lines('Korean Central News Agency of DPRK', 'News of June 4, 2003 Juche 92', '', 'DPRK-Cuba Agreement Signed',
      `  Pyongyang, June 4 (KCNA) -- ${BODY}`, '  Speeches were made. -0-', '', 'Delegation Leaves for Laos',
      `  Pyongyang, June 4 (KCNA) -- ${BODY}`, '  It was seen off. -0-'));
    expect(s.header.headline).toBe('DPRK-Cuba Agreement Signed');
    expect(s.body).toHaveLength(2);
    expect(s.warnings.map((w) => w.code)).toContain('multiple-stories');
  });

  test('a subhead over a paragraph without a dateline stays in the story', () => {
    const s = parse(lines('Talks end', '', `PYONGYANG, June 4 (KCNA) -- ${BODY}`, '', 'Background', '', 'The talks began in May.'));
    expect(s.warnings.map((w) => w.code)).not.toContain('multiple-stories');
  });
});
