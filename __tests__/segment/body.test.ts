import { parse, slice } from './helpers.js';

const texts = (s: { body: Array<{ text: string }> }): string[] => s.body.map((p) => p.text);

describe('body paragraph shapes', () => {
  test.each([
    ['blank-line separated', 'SEOUL, April 11 (Yonhap) -- One.\n\nTwo.\n\nThree.\n', 3],
    ['one paragraph per line (KCNA)', 'Pyongyang, August 28 (KCNA) -- The delegation left here on Wednesday for home.\nIt was seen off by officials of the ministry at the airport.\nThe talks were held in a friendly atmosphere. -0-\n', 3],
    ['hard-wrapped, indented paragraph starts (Reuters 1987)', '   LONDON, March 2 - Shares fell sharply in early trading\non the London stock exchange as dealers took profits after\nlast week\'s rise.\n   Dealers said the market was nervous ahead of the budget\nand trade figures due this week.\n Reuter\n', 2],
    ['hard-wrapped with tabs', '\tBEIJING, July 23 - China on Tuesday urged Japan to handle\nhistorical issues properly after lawmakers visited a shrine.\n\tThe spokeswoman spoke at a regular press briefing in the\ncapital.\n==Kyodo\n', 2],
    ['ANPA spacer lines', '   WASHINGTON (AP) _ The Senate voted on Tuesday to pass the\nbill after a long debate.\n \n   The House is expected to follow suit later this\nweek, aides said.\n \n', 2],
    ['wrapped blocks without indent (SGML <P>)', '<P>\nBEIJING, March 13 (Xinhua) -- China and Japan held talks here\ntoday on trade and investment issues of common concern.\n</P>\n<P>\nThe two sides agreed to meet again in Tokyo in the\nautumn of this year.\n</P>\n', 2],
  ])('%s', (_n, bodyText, count) => {
    const text = `Headline of the story\n\n${bodyText}`;
    const s = parse(text);
    expect(s.body).toHaveLength(count);
    for (const p of s.body) expect(slice(text, p.span)).toBe(p.text);
    expect(s.dateline).not.toBeNull();
  });

  test('the whole body on one line, paragraphs joined by two spaces', () => {
    const para = 'The minister said the plan would be ready by the end of the year and would be put to parliament.';
    const line = `BEIJING, May 5 (Xinhua) -- ${para}  ${para}  ${para}  ${para}  ${para}  ${para}  ${para}`;
    const s = parse(`Plan announced\n\n${line}\n`);
    expect(s.body).toHaveLength(7);
    expect(s.body[1].text).toBe(para);
  });

  test('KCNA end mark: the last paragraph stops before -0-', () => {
    const text = 'Pyongyang, August 28 (KCNA) -- The delegation left here on Wednesday.\nIt was seen off by officials. -0-\n';
    const s = parse(text);
    expect(texts(s)[1]).toBe('It was seen off by officials.');
    expect(s.trailers).toEqual([expect.objectContaining({ kind: 'end-mark', text: '-0-' })]);
  });

  test('summary bullets go to bullets, not body', () => {
    const text = 'Gold steadies\n\n    * Spot gold may rise to $2,400\n    * Fed minutes due on\n      Wednesday\n\nLONDON, May 5 (Reuters) - Gold held steady on Monday.\n\nMore text follows here.\n';
    const s = parse(text);
    expect(s.bullets.map((b) => b.text)).toEqual(['* Spot gold may rise to $2,400', '* Fed minutes due on\n      Wednesday']);
    expect(s.body).toHaveLength(2);
  });
});

describe('captions', () => {
  // [caption paragraph, agency, photographer]
  const cases: Array<[string, string | null, string | null, string]> = [
    ['Zhao Leji holds talks with officials in Pyongyang, April 11, 2024. (Xinhua/Zhang Ling)', 'Xinhua', 'Zhang Ling', '(Xinhua/Zhang Ling)'],
    ['Rescuers search the rubble in Nairobi. (AP Photo/Jane Doe)', 'AP', 'Jane Doe', '(AP Photo/Jane Doe)'],
    ['FILE - The Supreme Court in Washington, Oct. 4, 2023. (AP Photo/Lena Marsh, File)', 'AP', 'Lena Marsh', '(AP Photo/Lena Marsh, File)'],
    ['Traders work on the floor in New York. REUTERS/Jane Doe', 'Reuters', 'Jane Doe', 'REUTERS/Jane Doe'],
    ['Traders work on the floor in New York. REUTERS/Jane Doe/File Photo', 'Reuters', 'Jane Doe', 'REUTERS/Jane Doe/File Photo'],
    ['Supporters cheer in Stockholm on August 29. AFP PHOTO / JANE DOE', 'AFP', 'Jane Doe', 'AFP PHOTO / JANE DOE'],
    ['Delegates pose for a picture in Ankara. (Photo by Jane Doe)', null, 'Jane Doe', '(Photo by Jane Doe)'],
    ['Delegates pose for a picture in Ankara. Photo: Jane Doe/Xinhua', 'Xinhua', 'Jane Doe', 'Photo: Jane Doe/Xinhua'],
    ['The new plant in Kyoto. (Photo 1: https://example.com/img/1.jpg)', null, null, '(Photo 1: https://example.com/img/1.jpg)'],
    ['Photo: Spokeswoman Liu Yan speaks in Beijing on July 23, 2019. (Kyodo)', 'Kyodo', null, '(Kyodo)'],
  ];
  test.each(cases)('%s', (caption, agency, photographer, credit) => {
    const text = `Headline here\n\n${caption}\n\nSEOUL, April 11 (Yonhap) -- Body text here.\n\nMore body.\n\n${caption}\n`;
    const s = parse(text);
    // before the dateline and after the body: both kept
    expect(s.captions).toHaveLength(2);
    for (const c of s.captions) {
      expect(c.text).toBe(caption);
      expect(c.credit).toMatchObject({ text: credit, agency, photographer });
    }
    expect(s.body).toHaveLength(2);
    expect(s.dateline?.location).toBe('Seoul');
  });

  test.each([
    'The photo exhibition opened on Monday, the organisers said.',
    'He posted a photo of the meeting online (AP reported).',
    'AP Photo XHG401, XBEJ101',
  ])('no caption: %s', (para) => {
    const s = parse(`Headline here\n\nSEOUL, April 11 (Yonhap) -- Body text here.\n\n${para}\n`);
    expect(s.captions).toEqual([]);
  });
});
