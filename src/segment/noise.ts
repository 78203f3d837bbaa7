// Finds the core of each line: the words, without what raw feeds wrap them in.
//   "\x01^WASHINGTON (AP) _ The Senate<\x03"  ->  "WASHINGTON (AP) _ The Senate"
//   "&UR; By JANE DOE &QL;"                   ->  "By JANE DOE"
//   "<P>" / "</TEXT>"                          ->  "" (a tag alone is no text)
//   "&#3;</BODY></TEXT>"                       ->  "" (control characters as SGML entities, Reuters-21578)
import type { Line } from '../text/lines.js';
import type { SegLine } from './model.js';

// Control characters (SOH, STX, ETX, EOT, SUB, ESC...), spaces, the ANPA `^` start code.
const isLead = (c: number): boolean => c < 32 || c === 32 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x5e || c === 0x7f;
// Trailing line codes: `<` and `=` close ANPA lines; control characters; spaces.
const isTail = (c: number): boolean => c < 32 || c === 32 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x7f;

// A markup code or tag at the start / end of the core: `&UR;`, `&QL;`, `&Cx1f;` is kept (slug), `<P>`, `</HEADLINE>`.
const LEAD_CODE = /^(?:&(?:UR|QL|QC|QR|HT|TL|MD|LR|IL|EL|XX|#\d{1,2});|<\/?[A-Za-z][A-Za-z0-9_]{0,20}(?:\s[^<>\n]{0,200})?>)/;
const TAIL_CODE = /(?:&(?:UR|QL|QC|QR|HT|TL|MD|LR|IL|EL|XX|#\d{1,2});|<\/?[A-Za-z][A-Za-z0-9_]{0,20}>)$/;

export function coreOf(text: string, line: Line): SegLine {
  let s = line.start;
  let e = line.end;
  let indent = 0;
  while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) {
    indent += text.charCodeAt(s) === 9 ? 4 : 1;
    s++;
  }
  for (let guard = 0; guard < 20; guard++) {
    const before = s;
    while (s < e && isLead(text.charCodeAt(s))) s++;
    // every lead code opens with `&` or `<`: other lines (nearly all) are not sliced and searched
    const m = text[s] === '&' || text[s] === '<' ? LEAD_CODE.exec(text.slice(s, Math.min(e, s + 240))) : null;
    if (m) s += m[0].length;
    if (s === before) break;
  }
  for (let guard = 0; guard < 20; guard++) {
    const before = e;
    while (e > s && isTail(text.charCodeAt(e - 1))) e--;
    // `^Headline<` and `Text=`: ANPA end-of-line codes (but not `==Kyodo`, which starts the line)
    if (e > s + 1 && (text[e - 1] === '<' || (text[e - 1] === '=' && text[e - 2] !== '='))) e--;
    // every tail code closes with `;` or `>`: only then is the end searched (TAIL_CODE is tried at each of its 240 positions)
    const m = e > s && (text[e - 1] === ';' || text[e - 1] === '>') ? TAIL_CODE.exec(text.slice(Math.max(s, e - 240), e)) : null;
    if (m) e -= m[0].length;
    if (e === before) break;
  }
  return { index: line.index, start: line.start, end: line.end, cs: s, ce: Math.max(s, e), core: text.slice(s, Math.max(s, e)), indent, kind: null };
}
