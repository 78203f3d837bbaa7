import { parse } from './helpers.js';

const top = 'Headline here\n\nLIMA, Jan 21 (Reuters) - Protesters marched on Saturday.\n\nPolice watched.\n';

describe('trailers', () => {
  // [trailer lines, kind, names as [name, role]]
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['Enditem', 'end-mark', []],
    ['-0-', 'end-mark', []],
    [' Reuter', 'sign-off', []],
    ['==Kyodo', 'sign-off', []],
    ['KWS-21:37-09-12-18', 'transmission', []],
    ['AP-WF-02-20-16 0337GMT', 'transmission', []],
    ['(pvs/vi/ji)', 'credit', []],
    ['(Reporting by Marco Aquino and Teresa Cespedes in Lima; Editing by Ed Davies)', 'credit', [['Marco Aquino', 'reporter'], ['Teresa Cespedes', 'reporter'], ['Ed Davies', 'editor']]],
    ['(Additional reporting by Jane Doe)', 'credit', [['Jane Doe', 'reporter']]],
    ['(Reporting by Jane Doe;\nEditing by John Roe)', 'credit', [['Jane Doe', 'reporter'], ['John Roe', 'editor']]],
    ['Associated Press writers Jane Doe in Nairobi and John Roe contributed to this report.', 'contributor', [['Jane Doe', 'contributor'], ['John Roe', 'contributor']]],
    ['Editor: Jane Doe', 'editor', [['Jane Doe', 'editor']]],
    ['Copyright 2019 United Press International, Inc. (UPI). All rights reserved.', 'copyright', []],
    ['MEDIA RELEASE PR67261', 'transmission', []],
    ['Source: Ministry of Health', 'source', []],
    ['Reporting by Jane Doe; Editing by John Roe', 'credit', [['Jane Doe', 'reporter'], ['John Roe', 'editor']]],
    ['bur-jm/ach', 'credit', []],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'other', []],
    ['www.kcna.kp (Juche 108.8.28.)', 'source', []],
    ['(END)', 'end-mark', []],
  ];
  test.each(cases)('%j', (trailer, kind, names) => {
    const text = `${top}\n${trailer}\n`;
    const s = parse(text);
    expect(s.body.map((p) => p.text)).toEqual(['LIMA, Jan 21 (Reuters) - Protesters marched on Saturday.', 'Police watched.']);
    expect(s.trailers).toHaveLength(1);
    expect(s.trailers[0].kind).toBe(kind);
    expect(s.trailers[0].text).toBe(trailer.trim());
    expect(s.trailers[0].names.map((n) => [n.name, n.role])).toEqual(names);
  });

  test('___ then the contributor line', () => {
    const s = parse(`${top}\n___\n\nAssociated Press writer Jane Doe in Nairobi contributed.\n`);
    expect(s.trailers.map((t) => t.kind)).toEqual(['other', 'contributor']);
    expect(s.trailers[1].names.map((n) => n.name)).toEqual(['Jane Doe']);
    expect(s.body).toHaveLength(2);
  });

  test('a credit above closing captions is still a trailer', () => {
    const s = parse(`${top}\n(Reporting by Jane Doe)\n\nMarchers in Lima. REUTERS/John Roe\n`);
    expect(s.trailers.map((t) => t.kind)).toEqual(['credit']);
    expect(s.captions.map((c) => c.credit?.photographer)).toEqual(['John Roe']);
    expect(s.body).toHaveLength(2);
  });

  test('transmission line gives the release date and so the dateline year', () => {
    const s = parse('Storm\n\nHAVANA, Feb. 19 (AP) -- Rain fell.\n\nAP-WF-02-20-16 0337GMT\n');
    expect(s.header.date).toBe('2016-02-20');
    expect(s.dateline?.date).toBe('2016-02-19');
  });
});
