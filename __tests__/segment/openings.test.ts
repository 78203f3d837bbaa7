// Trailer and slug-code rules are tried only on lines opening with a character of their
// `opens` (src/segment/openings.ts), and holding their `cue`: a saving only while every match
// really opens so and holds it. Every
// line of every fixture story, and sample lines of each rule, in three cases, are tried; a
// matching line must open with a listed character, and so must each line made from it by
// putting any ASCII character before it or in place of its first one that still matches.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRAILER_RULES } from '../../src/segment/trailer.js';
import { CODE_RULES } from '../../src/segment/slug-codes.js';
import { rulesByOpening } from '../../src/segment/openings.js';
import { coreOf } from '../../src/segment/noise.js';
import { splitLines } from '../../src/text/lines.js';
import { decode } from '../../src/text/decode.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const stories = path.join(ROOT, 'fixtures', 'stories');
const texts = fs.readdirSync(stories).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(stories, f)))
  .filter((b) => !b.includes(0)).map((b) => decode(b).text);
// lines each rule is written for (the examples in trailer.ts and slug-codes.ts, and a few more)
const samples = [
  'Enditem', 'Enditem/ls', 'End item', '(END)', '-0-', '-30-', '###', '(end)', '***', '== END ==', 'Reuter', 'Reuters', '==Kyodo', '== KYODO',
  '-- BERNAMA', '— Xinhua', 'PTI ACB ZMN RT', 'dpa hb ts', 'IANS ab/cd', 'NAA MNS', 'jwpark@yna.co.kr', '(jane.doe@example.com)',
  '(By Wu Pei-shan and Kevin Lee)', 'Reporter: Ahmad Fauzi', 'Reported by Jane Doe', 'Photographer: Jane Doe', 'Compiled by Jane Doe',
  '::IRNA 12/08/97 14:05', 'MENA 11-02-89 1147', 'Document IFXN000020030314dz3e0009k', 'AN Document AFPR000020040608e0680047y',
  'CO omvs : Senegal River Basin', 'NS gdip : International Relations', 'IPD Politics', 'PUB Agence France Presse', 'RE africaz : Africa',
  '-- Nairobi newsroom +254-2-330261', '(London newsroom, +44 20 7542 0000)', 'SOURCE Acme Corp', 'Xinhua', '(Yonhap)', 'APS', '(MENA)',
  'KWS-21:37-09-12-18', 'AP-WF-02-20-16 0337GMT', '0337GMT', '08-07-98 0122EDT', '(pvs/vi/ji)', '(jd/ak)',
  '(Reporting by Jane Doe in Lima; Editing by John Roe)', '(Additional reporting by Jane Doe)', 'Reporting by Jane Doe; Editing by John Roe',
  'bur-jm/ach', 'ach/pma/jm', 'Our Standards: The Thomson Reuters Trust Principles.', 'www.kcna.kp (Juche 108.8.28.)', '___', '-----', '===',
  'Editor: Jane Doe', 'Edited by Jane Doe', 'Responsible editor: Li Wei', 'Web editor: Li Wei', '[Editor: Li Wei]',
  'Copyright 2019 United Press International', '© 2019 Reuters', '(c) Copyright ANSA 2011', 'All rights reserved',
  'LOAD-DATE: November 13, 2008', 'LANGUAGE: ENGLISH', 'PUBLICATION-TYPE: Newswire', 'MEDIA RELEASE PR67261', 'PRESS RELEASE 1234',
  'Source: Ministry of Health', 'Sources: officials', 'MORE', '(more)', 'END OF STORY', 'End of Story',
  'w2213 &Cx1f; wstm-', 'u i BC-Robocalls-Bill 01-05 0388', '(ATTN: UPDATES with details in paras 4-5)', 'ATTN: editors',
  'BC-Kenya-Explosion, 5th Ld-Writethru', 'AP-Kenya-Explosion', 'APW-Kenya', 'PM-Ocean State Marathon, Bjt,0548', 'AM-Storm Damage, Adv 12',
  'BC-Fire Kills 3, 2nd Ld-Writethru', 'URGENT', 'BULLETIN', 'BREAKING NEWS', 'PRIORITY', 'FLASH 08-07 0122', 'ALERT', 'ADVISORY',
  'AP Photos Planned', 'AP Photo XHG401, XBEJ101', 'LaserPhotos WX6,7', 'WirePhoto NY12', 'TelePhotos AB1', 'UPI Photo available', 'AP Video planned.',
  '(Eds: Minor edits. With AP Photos.)', 'EDITOR\'S NOTE — a note', 'Editor\'s note: a note', '( Note to editors: a note', 'NOTE TO EDITORS',
  'Ed.: a note', 'Writethru', '2nd Ld-Writethru', '3rd Add Writethru, 0540', 'ATTENTION - CHANGES death toll in paragraph 1',
  'CORRECTION', 'CORRECTED', 'REFILE', 'RPT', 'REPEAT', 'Keywords: trade', 'SLUG: x', 'Category: News', 'Topics: x',
];
const lines = [
  ...texts.flatMap((t) => splitLines(t).map((l) => coreOf(t, l).core)),
  ...samples.flatMap((s) => [s, s.toUpperCase(), s.toLowerCase()]),
].filter((l) => l !== '');

const ascii = Array.from({ length: 128 }, (_, k) => String.fromCharCode(k));

describe.each([['trailer', TRAILER_RULES], ['slug code', CODE_RULES]] as const)('%s rules open as they say', (_kind, rules) => {
  test.each(rules.filter((r) => r.opens !== undefined).map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const opens = rule.opens!;
    let matches = 0;
    for (const line of lines) {
      if (!rule.pattern.test(line)) continue;
      matches++;
      if (rule.cue !== undefined) expect([line, line.includes(rule.cue)]).toEqual([line, true]);
      const made = [line, ...ascii.map((c) => c + line), ...ascii.map((c) => c + line.slice(1))];
      for (const l of made)
        if (l.charCodeAt(0) < 128 && rule.pattern.test(l)) expect([l, opens.includes(l[0])]).toEqual([l, true]);
    }
    expect(matches).toBeGreaterThan(0);
  });

  test('a line is tried against the rules that can open with its first character, in their order', () => {
    const rulesFor = rulesByOpening<{ id: string; opens?: string }>(rules);
    for (const line of [...lines, '', 'é', '—x']) {
      const k = line.charCodeAt(0);
      const expected = rules.filter((r) => !(k < 128) || r.opens === undefined || r.opens.includes(line[0]));
      expect(rulesFor(line)).toEqual(expected);
    }
  });
});
