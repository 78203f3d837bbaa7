// Names looked up by their caseless forms (src/segment/caseless.ts) must answer as the
// case-insensitive regex alternation they stand for: the affiliation test against the regex
// it replaced, over fixture lines and lines made from every name and role in many cases and
// with characters that fold oddly (ſ, ı, İ, the Kelvin sign, ß, é).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGENCIES, BYLINE_AFFILIATION_WORDS } from '../../src/lexicon/agencies.js';
import { isAffiliation, rolePrefix, trailingAffiliation } from '../../src/segment/byline.js';
import { caseless } from '../../src/segment/caseless.js';
import { splitLines } from '../../src/text/lines.js';
import { decode } from '../../src/text/decode.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const stories = path.join(ROOT, 'fixtures', 'stories');
const texts = fs.readdirSync(stories).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(stories, f)))
  .filter((b) => !b.includes(0)).map((b) => decode(b).text);

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES = [...new Set(AGENCIES.flatMap((a) => [...a.full, ...a.written]))].sort((a, b) => b.length - a.length);
const ROLES = [...BYLINE_AFFILIATION_WORDS].sort((a, b) => b.length - a.length);
const AFFILIATION = new RegExp(`^(?:The\\s)?(?:${NAMES.map(esc).join('|')})(?:\\s(?:${ROLES.map(esc).join('|')}))?$|^(?:Staff|Special)\\s(?:${ROLES.map(esc).join('|')})$`, 'i');

const odd = ['ſ', 'ı', 'İ', '\u212a', 'ß', 'é', 'É', 'ﬀ', '\u0131', 'µ', 'ÿ', 'Ÿ'];
const cases = (s: string): string[] => [s, s.toUpperCase(), s.toLowerCase(), s.replace(/\b\w/g, (c) => c.toUpperCase())];
const variants = (s: string): string[] => [
  ...cases(s), s.replace(/ /g, '\t'), s.replace(/ /g, '  '), ` ${s}`, `${s} `, `${s}s`, s.slice(1), s.slice(0, -1),
  ...odd.flatMap((c) => [s.replace(/s/, c), s.replace(/S/, c), s.replace(/i/, c), s.replace(/I/, c), s.replace(/k/i, c), s.replace(/e/, c)]),
];
const lines = [
  ...texts.flatMap((t) => splitLines(t).map((l) => l.text.trim())),
  ...NAMES.flatMap((n) => [n, `The ${n}`, `The\u00a0${n}`, `THE ${n}`, ...ROLES.slice(0, 4).map((r) => `${n} ${r}`)]).flatMap(variants),
  ...ROLES.flatMap((r) => [`Staff ${r}`, `Special ${r}`, `AP ${r}`, `Reuters\u2003${r}`, r]).flatMap(variants),
  '', 'The', 'The ', 'Staff', 'Staff ', 'Algérie Presse Service', 'ALGÉRIE PRESSE SERVICE', 'algérie presse service', 'ALGERIE PRESSE SERVICE',
];

test('isAffiliation answers as the regex alternation it replaced', () => {
  let matches = 0;
  const differ: string[] = [];
  for (const line of lines) {
    const want = AFFILIATION.test(line);
    if (want) matches++;
    if (isAffiliation(line) !== want) differ.push(line);
  }
  expect(differ).toEqual([]);
  expect(matches).toBeGreaterThan(500);
});

const TRAILING = new RegExp(`\\s((?:The\\s)?(?:${NAMES.map(esc).filter((n) => n.length > 3).join('|')})(?:\\s(?:[A-Za-z]+\\s)?(?:${ROLES.map(esc).join('|')}))?)$`, 'i');

test('trailingAffiliation finds what the regex alternation it replaced found', () => {
  // (bylines are at most 160 characters; every fourth line of the affiliation test, with words before it)
  const base = lines.filter((l, i) => l.length <= 200 && i % 4 === 0);
  const made = [
    ...base.flatMap((l) => [`JANE DOE ${l}`, `By Jane Doe and John Roe\t${l}`, `X ${l.replace(/ (?=\S+$)/, ' Science ')}`, `A B ${l.replace(/ (?=\S+$)/, ' S\u017fience ')}`]),
    'JANE DOE Associated Press Science Writer', 'JANE DOE Associated Press  Writer', 'JANE DOE The Associated Press Sports Writer Writer',
    'JANE DOE AP Writer', 'JANE DOE Reuters', ' Reuters', 'Reuters', 'JANE DOE Reuters 1 Writer', 'JANE DOE Reuters Writer ',
  ];
  let matches = 0;
  const differ: string[] = [];
  for (const line of [...base, ...made]) {
    const m = TRAILING.exec(line);
    const want = m ? { index: m.index, text: m[1] } : null;
    if (want) matches++;
    if (JSON.stringify(trailingAffiliation(line)) !== JSON.stringify(want)) differ.push(line);
  }
  expect(differ).toEqual([]);
  expect(matches).toBeGreaterThan(500);
});

const ROLE_PREFIX = new RegExp(`^(?:(?:${NAMES.map(esc).join('|')})\\s)?(?:staff\\s|special\\s|senior\\s)?(?:writers?|correspondents?|reporters?|journalists?)\\s`, 'i');

test('rolePrefix takes what the regex alternation it replaced took', () => {
  const roles = ['writer', 'writers', 'Correspondent', 'REPORTERS', 'journalist', 'staff writer', 'Special Correspondents', 'senior reporter',
    'senior  writer', 'staff\twriter', 'writerss', 'write', 'staffwriter', 'Staff Editor', 'ſtaff writer', 'wrıter'];
  const made = [
    ...NAMES.flatMap((n) => roles.flatMap((r) => [`${n} ${r} Jane Doe`, `${n.toUpperCase()} ${r}\tJANE DOE`, `The ${n} ${r} Jane`, `${n} ${r}`, `${n}  ${r} X`])),
    ...roles.flatMap((r) => [`${r} Jane Doe`, `${r}`, `${r} `]),
    'Associated Press Worldstream writer Jane', 'AP Photo writer Jane', 'AP Online reporter X', 'Kyodo News Service correspondent X',
  ];
  let matches = 0;
  const differ: string[] = [];
  for (const line of [...lines.filter((l, i) => l.length <= 200 && i % 4 === 0), ...made]) {
    const want = ROLE_PREFIX.exec(line)?.[0] ?? null;
    if (want) matches++;
    if (rolePrefix(line) !== want) differ.push(line);
  }
  expect(differ).toEqual([]);
  expect(matches).toBeGreaterThan(500);
});

test('caseless forms are equal exactly when a case-insensitive regex matches one string by the other', () => {
  const chars = [...Array.from({ length: 0x250 }, (_, k) => String.fromCharCode(k)), ...odd, '\u1e9e', '\u2126', '\u03c2', '\u03a3', '\u1f80'];
  const differ: string[] = [];
  for (const a of chars) {
    const re = new RegExp(`^${esc(a)}$`, 'i');
    for (const b of ['a', 'k', 's', 'i', 'e', 'é', 'É', 'ß', 'ÿ', 'σ', 'Σ', 'ς', a, a.toUpperCase().length === 1 ? a.toUpperCase() : a, a.toLowerCase().length === 1 ? a.toLowerCase() : a])
      if ((caseless(a) === caseless(b)) !== re.test(b)) differ.push(a + b);
  }
  expect(differ).toEqual([]);
});
