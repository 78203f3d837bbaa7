import { parse } from './helpers.js';

// Whole made-up stories in the layouts of particular agencies: the parts each must yield.
describe('agency layouts', () => {
  test('Yonhap: (LEAD) prefix, ATTN line, byline, photo caption credited (Yonhap), (END)', () => {
    const text = '(LEAD) Seoul, Tashkent sign deals\n\n(ATTN: UPDATES with details in paras 4-5)\n\nBy Kim Soo-yeon\n\nSEOUL, Oct. 27 (Yonhap) -- The two sides signed deals.\n\nMore details.\n\nThis photo provided by the ministry shows the two ministers. (PHOTO NOT FOR SALE) (Yonhap)\n\n(END)\n';
    const s = parse(text);
    expect(s.header.headline).toBe('Seoul, Tashkent sign deals');
    expect(s.header.bylines.map((b) => b.name)).toEqual(['Kim Soo-yeon']);
    expect(s.header.advisories.map((a) => a.kind)).toEqual(expect.arrayContaining(['writethru', 'editors-note']));
    expect(s.body).toHaveLength(2);
    expect(s.captions.map((c) => c.credit?.agency)).toEqual(['Yonhap']);
    expect(s.trailers.map((t) => t.text)).toEqual(['(END)']);
  });

  test('Xinhua web: piped source line and a lower-case writer byline, no dateline', () => {
    const text = 'Dairy farmers look to China\n\nSource: Xinhua | 2013-07-02 18:04:11 | Editor: Yang Yi\n\nby Xinhua writer Zhou Xin\n\nOn a misty morning a farmer walks his herd.\n\nExports rose.\n';
    const s = parse(text);
    expect(s.header).toMatchObject({ headline: 'Dairy farmers look to China', date: '2013-07-02', agency: 'Xinhua' });
    expect(s.header.bylines).toEqual([expect.objectContaining({ name: 'Zhou Xin', affiliation: 'Xinhua writer' })]);
    expect(s.dateline).toBeNull();
    expect(s.body).toHaveLength(2);
  });

  test('KCNA: headline straight above the dateline, one paragraph per line, -0-', () => {
    const text = 'Agreement Signed\nPyongyang, March 4 (KCNA) -- An agreement was signed here.\nPresent were officials.\nSpeeches were made. -0-\n';
    const s = parse(text);
    expect(s.header.headline).toBe('Agreement Signed');
    expect(s.dateline).toMatchObject({ location: 'Pyongyang', agency: 'KCNA' });
    expect(s.body.map((p) => p.text)).toEqual(['Pyongyang, March 4 (KCNA) -- An agreement was signed here.', 'Present were officials.', 'Speeches were made.']);
  });

  test('Bernama and PTI sign-offs and desk codes', () => {
    const b = parse('date 2023-08-08 Palm oil pact\n\nKUALA LUMPUR, Aug 8 (Bernama) -- Pact inked.\n\nMore.\n\n-- BERNAMA\n');
    expect(b.trailers.map((t) => [t.kind, t.text])).toEqual([['sign-off', '-- BERNAMA']]);
    expect(b.body).toHaveLength(2);
    const p = parse('Pacts signed\n\nNew Delhi, Sep 12 (PTI) India and Nepal signed pacts.\n\nMore.\n\nPTI ACB ZMN RT\n');
    expect(p.dateline).toMatchObject({ location: 'New Delhi', agency: 'PTI' });
    expect(p.trailers.map((t) => t.kind)).toEqual(['credit']);
    expect(p.body).toHaveLength(2);
  });

  test('press release: PR wire dateline, contact block and SOURCE line', () => {
    const text = 'Firm signs licence deal\n\nST. PAUL, Minn., March 9, 2021 /PRNewswire/ -- The firm announced a deal.\n\nTerms follow.\n\nMedia Contact:\nDana Whitlock\ndana@example.com\n+1 651-555-0142\n\nSOURCE Northfield Biologics, Inc.\n';
    const s = parse(text);
    expect(s.dateline).toMatchObject({ location: 'St. Paul', region: 'Minn.', date: '2021-03-09', agency: 'PRNewswire' });
    expect(s.body).toHaveLength(2);
    expect(s.trailers.map((t) => t.kind)).toEqual(['other', 'source']);
  });

  test('UPI 1995: selector slug, URGENT, byline with agency line, indented paragraphs, copyright', () => {
    const text = 'u i BC-Robocalls-Bill 01-05 0388\r\nURGENT\r\nSenate panel backs bill\r\nBy JOHN T. MERCER\r\nUnited Press International\r\n   WASHINGTON, Jan. 5 (UPI) -- The committee voted.\r\n   A similar bill died.\r\nCopyright 1995 by United Press International. All rights reserved.\r\n';
    const s = parse(text);
    expect(s.header.headline).toBe('Senate panel backs bill');
    expect(s.header.bylines).toEqual([expect.objectContaining({ name: 'John T. Mercer', affiliation: 'United Press International' })]);
    expect(s.dateline).toMatchObject({ location: 'Washington', date: '1995-01-05', agency: 'UPI' });
    expect(s.body).toHaveLength(2);
    expect(s.trailers.map((t) => t.kind)).toEqual(['copyright']);
  });

  test('AP: caption after the ___ contributor trailer', () => {
    const text = 'Rio signs deal\n\nBy CAROLINA PEIXOTO and MARK DENNISON Associated Press\n\nRIO DE JANEIRO (AP) — The state signed a deal.\n\nCritics were less keen.\n\n___\n\nAssociated Press writer Lucia Fernandes in Brasilia contributed to this report.\n\nRescue workers search for victims. (AP Photo/Renata Moura)\n';
    const s = parse(text);
    expect(s.header.bylines.map((b) => b.name)).toEqual(['Carolina Peixoto', 'Mark Dennison']);
    expect(s.dateline).toMatchObject({ location: 'Rio de Janeiro', agency: 'AP' });
    expect(s.body).toHaveLength(2);
    expect(s.trailers.map((t) => t.kind)).toEqual(['other', 'contributor']);
    expect(s.captions.map((c) => c.credit?.photographer)).toEqual(['Renata Moura']);
  });
});
