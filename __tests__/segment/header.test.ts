import { parse, slice, BODY } from './helpers.js';

const story = (top: string): string => `${top}\n\nPYONGYANG, April 11 (Xinhua) -- ${BODY}\n`;

describe('headline cleaning', () => {
  // [raw first line(s), headline, advisory texts]
  const cases: Array<[string, string, string[]]> = [
    ['date 2024-04-12 China ready to boost ties: top legislator', 'China ready to boost ties: top legislator', []],
    ['UPDATE 1-Gold rises on Fed bets', 'Gold rises on Fed bets', ['UPDATE 1']],
    ['2nd Ld Writethru: Chinese premier meets Vietnamese deputy PM', 'Chinese premier meets Vietnamese deputy PM', ['2nd Ld Writethru']],
    ['URGENT: Earthquake jolts Taiwan ///', 'Earthquake jolts Taiwan', ['URGENT']],
    ['PRECIOUS-Gold hits record on rate cut hopes', 'Gold hits record on rate cut hopes', ['PRECIOUS']],
    ['REFILE-Oil steady as supply worries ease', 'Oil steady as supply worries ease', ['REFILE']],
    ['CORRECTED-Fire at smelter kills 13 (ADDS details)', 'Fire at smelter kills 13', ['CORRECTED', '(ADDS details)']],
    ['UPDATE 2-Quake hits Chile (pictures) (ADDS details)', 'Quake hits Chile', ['UPDATE 2', '(ADDS details)', '(pictures)']],
    ['Fire at smelter kills 13 ATTENTION - CHANGES death toll', 'Fire at smelter kills 13', ['ATTENTION - CHANGES death toll']],
    ['Urawa win Asian title+', 'Urawa win Asian title', []],
    ['PRIME MINISTER RESIGNS OVER SCANDAL', 'PRIME MINISTER RESIGNS OVER SCANDAL', []],
    ['^Bomb kills 10 in Nairobi<', 'Bomb kills 10 in Nairobi', []],
    ['\x01Bomb kills 10 in Nairobi\x03', 'Bomb kills 10 in Nairobi', []],
    ['GLOBAL MARKETS-Stocks slip as yields climb', 'Stocks slip as yields climb', ['GLOBAL MARKETS']],
    ['XIE19990313.0229 1999-03-13 China, Japan hold talks', 'China, Japan hold talks', []],
    ['1999-03-13 </DATE_TIME><HEADLINE> China, Japan hold talks </HEADLINE>', 'China, Japan hold talks', []],
  ];
  test.each(cases)('%j', (top, headline, advisories) => {
    const text = story(top);
    const s = parse(text);
    expect(s.header.headline).toBe(headline);
    expect(slice(text, s.header.headlineSpan)).toBe(headline);
    expect(s.header.advisories.map((a) => a.text).sort()).toEqual([...advisories].sort());
  });
});

describe('header lines, source lines and document ids', () => {
  test.each([
    ['scraper header', 'date 2024-04-12 Talks held', '2024-04-12', null, null],
    ['source line', 'Talks held\n\nXinhua, April 12, 2024', '2024-04-12', 'Xinhua', null],
    ['piped source line', 'Talks held\nSource: Xinhua | 2024-04-12 09:16:30 | Editor: huaxia', '2024-04-12', 'Xinhua', null],
    ['document id, date, headline', 'XIE19990313.0229 1999-03-13 Talks held', '1999-03-13', 'Xinhua', 'XIE19990313.0229'],
    ['document id and NEWS STORY', 'APW19980807.0122\nNEWS STORY 08/07/1998 06:18:00\n\nTalks held', '1998-08-07', 'AP', 'APW19980807.0122'],
    ['SGML', '<DOC>\n<DOCNO> XIE19990313.0229 </DOCNO>\n<DATE_TIME> 1999-03-13 </DATE_TIME>\n<HEADLINE>\nTalks held\n</HEADLINE>\n<TEXT>', '1999-03-13', 'Xinhua', 'XIE19990313.0229'],
  ])('%s', (_n, top, date, agency, docId) => {
    const text = story(top);
    const s = parse(text);
    expect(s.header.headline).toBe('Talks held');
    expect(s.header.date).toBe(date);
    if (agency) expect(s.header.agency).toBe(agency);
    expect(s.header.documentId?.text ?? null).toBe(docId);
    expect(s.dateline?.date).toBe(`${date.slice(0, 4)}-04-11`);
    expect(s.body).toHaveLength(1);
  });
});

describe('slugs and advisories', () => {
  test('ANPA codes, slug, photo advisories and an editors note', () => {
    const top = [
      '\x01w2213 &Cx1f; wstm-',
      'u i &Cx13; URGENT 08-07 0122',
      'BC-Kenya-Explosion, 5th Ld-Writethru',
      '^Bomb kills 10 in Nairobi<',
      '(Eds: Minor edits. With AP Photos.)',
      'AP Photo XHG401, XBEJ101',
      'LaserPhotos WX6,7',
      'AP Photos Planned',
      "EDITOR'S NOTE — This story contains graphic details.",
    ].join('\n');
    const text = story(top);
    const s = parse(text);
    expect(s.header.slug?.text).toBe('w2213 &Cx1f; wstm-');
    expect(s.header.headline).toBe('Bomb kills 10 in Nairobi');
    const kinds = s.header.advisories.map((a) => [a.kind, a.text]);
    expect(kinds).toEqual(expect.arrayContaining([
      ['priority', 'u i &Cx13; URGENT 08-07 0122'],
      ['writethru', 'BC-Kenya-Explosion, 5th Ld-Writethru'],
      ['editors-note', '(Eds: Minor edits. With AP Photos.)'],
      ['media', 'AP Photo XHG401, XBEJ101'],
      ['media', 'LaserPhotos WX6,7'],
      ['media', 'AP Photos Planned'],
      ['editors-note', "EDITOR'S NOTE — This story contains graphic details."],
    ]));
    expect(s.captions).toEqual([]);
    expect(s.body).toHaveLength(1);
    // no control character ends up in a value
    expect(JSON.stringify(s.header)).not.toMatch(/\\u000[123]/);
  });
});

describe('bylines', () => {
  test.each([
    ['By JANE DOE', [['Jane Doe', null]]],
    ['By JANE DOE and JOHN ROE', [['Jane Doe', null], ['John Roe', null]]],
    ['By Jane Doe, Associated Press Writer', [['Jane Doe', 'Associated Press Writer']]],
    ['By JANE DOE\nAssociated Press Writer', [['Jane Doe', 'Associated Press Writer']]],
    ['By MARIA DE LA CRUZ', [['Maria de la Cruz', null]]],
  ])('%j', (by, expected) => {
    const text = `Storm hits coast\n${by}\n\nMIAMI (AP) — ${BODY}\n`;
    const s = parse(text);
    expect(s.header.bylines.map((b) => [b.name, b.affiliation])).toEqual(expected);
    expect(s.header.headline).toBe('Storm hits coast');
    expect(s.body).toHaveLength(1);
    expect(s.dateline?.agency).toBe('AP');
  });

  test('a byline as its own paragraph (Reuters) is no body paragraph', () => {
    const text = `Fire kills 13\n\nBy Bernadette Sitorus\n\nJAKARTA, Dec 24 (Reuters) - ${BODY}\n\n(Reporting by Bernadette Sitorus; Editing by Ed Davies)\n`;
    const s = parse(text);
    expect(s.header.bylines.map((b) => b.name)).toEqual(['Bernadette Sitorus']);
    expect(s.body).toHaveLength(1);
  });

  test.each([
    ['Tanzania opens new port terminal in Dar es SalaamBy HALIMA JUMA', 'Tanzania opens new port terminal in Dar es Salaam'],
    ['Tanzania opens new port terminal By HALIMA JUMA', 'Tanzania opens new port terminal'],
    ['Market Hit By Heavy Selling', 'Market Hit By Heavy Selling'],
  ])('byline glued to the headline: %j', (top, headline) => {
    const text = `${top}\n\nDAR ES SALAAM, Tanzania (AP) — ${BODY}\n`;
    const s = parse(text);
    expect(s.header.headline).toBe(headline);
    if (headline !== top) expect(s.header.bylines.map((b) => b.name)).toEqual(['Halima Juma']);
    else expect(s.header.bylines).toEqual([]);
  });
});
