// Finds capitalised name runs in one sentence and cuts them into candidate names with the
// context the classifier needs. Linear in the sentence's tokens.
//
//   `General Secretary of the CPC Central Committee Hu Weimin has repeatedly said`
//     run: General Secretary of the CPC Central Committee Hu Weimin
//     -> title dropped, `of the` dropped   -> CPC Central Committee | Hu Weimin (titled)
//   `the Workers' Party of Korea (WPK)`   -> Workers' Party of Korea, acronym WPK
//   `China's National People's Congress`  -> China | National People's Congress
import type { Token } from '../../text/tokens.js';
import { NOT_NAMES, NAME_CONNECTORS, PLACE_HEADS, NAME_INITIAL_WORDS, PERSON_PARTICLES, ROLE_LEADS, ADJECTIVE_TAILS, SAINT_LEADS } from '../../lexicon/name-words.js';
import { OFFICES, MULTIWORD_OFFICES, QUALIFIERS, TITLE_ABBREVIATIONS, HONORIFIC_WORDS } from '../../lexicon/titles.js';
import { fold, orgHead, lookupOrg, lookupPlace, lookupDemonym } from './gazetteer.js';
import { FAMILY_FIRST_NAMES } from '../../lexicon/family-names.js';
import { GENERIC_BODIES, MEDIA_TAILS, ORG_LEADS } from '../../lexicon/organizations.js';
import { THING_HEADS } from '../../lexicon/name-kinds.js';
import { isGivenName, isCommonWord } from './gazetteer.js';
import { HEADLINE_VERBS, WIRE_LABELS, PORTFOLIO_WORDS } from '../../lexicon/org-context.js';

export interface Candidate {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  /** A title or honorific stood right before the name: `President X`, `Mr. X`. */
  titled: boolean;
  /** The word before and after the candidate in the sentence (lower case), or ''. */
  prev: string;
  next: string;
  /** The word before `prev` and the one after `next` (lower case), or ''. */
  prev2: string;
  next2: string;
  /** The same two words as written. */
  prev2Raw: string;
  next2Raw: string;
  /** The candidate is the first word of its sentence. */
  initial: boolean;
  /** `(ACR)` written right after it. */
  acronym: Token | null;
  /** All-capital sentence (headline, CoNLL title): capitals say nothing there. */
  caps: boolean;
  /** Title-case sentence (`China, Vietnam Sign Agreements on Rail Freight`): capitals say little. */
  titleCase: boolean;
}

// Capitalised words that end a name run when they follow it: pronouns and function words.
const RUN_BREAKERS = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'Or', 'In', 'On', 'At', 'His', 'Her', 'Their', 'Its', 'This', 'That', 'Image', 'Photo', 'File']);
// Plural nouns whose possessive stays inside a name: `People's Republic`, `Workers' Party`.
const PLURAL_POSSESSORS = new Set(['people', 'peoples', 'children', 'women', 'men', 'workers', 'farmers', 'citizens', 'veterans', 'nations', 'martyrs', 'heroes', 'teachers', 'states', 'lawyers', 'officers', 'soldiers', 'seamen', 'traders', 'journalists', 'writers', 'artists', 'students', 'youth', 'employers']);
const NAME_PREFIX = /^(?:al|el|bin|ibn|de|di|da|van|von|le|la|ul)-\p{Lu}/u;
/** `al-Assad`, `bin-Salman`: a particle joined to a name by a hyphen (its place is tested first: most words have none there). */
const namePrefixed = (s: string): boolean => (s.charCodeAt(2) === 45 || s.charCodeAt(3) === 45) && NAME_PREFIX.test(s);
const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
/**
 * Capitalised words that are never part of a name and end a run: headline verbs
 * (`China, Vietnam Sign Agreements`), wire labels in capitals (`FILE PHOTO:`, `SOURCE Acme`)
 * and weekdays (`Prime Minister's Questions Wednesday`).
 */
const RUN_ENDERS: ReadonlySet<string> = new Set([...HEADLINE_VERBS, ...WIRE_LABELS, ...WEEKDAYS]);
const endsRun = (t: Token): boolean => RUN_ENDERS.has(t.text);
const MAX_RUN = 40;

// Titles as whole words or phrases (`General Secretary`, `Prime Minister`), not every word
// that occurs in some title (`Party` in `party secretary` is no title by itself).
// (`Del Piero`, `Van Gaal`: a particle that abbreviates some title, `Del.`, is a name's part without its period)
const ONE_WORD_TITLES = new Set([...OFFICES, ...HONORIFIC_WORDS, ...[...TITLE_ABBREVIATIONS.keys()].filter((k) => !k.includes(' ')).map((k) => k.toLowerCase().replace(/\.$/, '')).filter((k) => !PERSON_PARTICLES.has(k))]);
const PHRASE_TITLES = new Set(MULTIWORD_OFFICES.filter((m) => !/\b(of|the)\b/.test(m)));
const TITLE_QUALIFIERS = new Set(QUALIFIERS);
// The first words of the phrase titles (`prime` of `prime minister`); tokens hold no space, so a
// phrase built from tokens can only be one whose first word is here.
const PHRASE_LEADS = new Set([...PHRASE_TITLES].filter((m) => m.includes(' ')).map((m) => m.slice(0, m.indexOf(' '))));

/** Number of run tokens from k that form a title (`General Secretary` -> 2), 0 if none. */
function titleLength(run: Token[], k: number, lower?: string[]): number {
  const n = titleWordsAt(run, k, lower ?? titleWords(run));
  // `Sri Lanka`, `Sri Lankan`, `SriLankan Airlines`: an honorific that begins a known place is part of it
  // (asked only of a title: most words are none, and the place lookup builds and folds a string)
  if (n > 0 && run[k + 1]?.upper && placeOrDemonym(`${run[k].text} ${run[k + 1].text}`)) return 0;
  return n;
}

/** titleLength before the place check. */
function titleWordsAt(run: Token[], k: number, lw: string[]): number {
  const a = lw[k] ?? '';
  // (a lower-case word begins no title: every test below asks for a word at k, `ROLE_LEADS` too)
  if (!a) return 0;
  const b = lw[k + 1] ?? '';
  const c = lw[k + 2] ?? '';
  // a phrase is looked up only from one of its first words, so most words build no string
  if (b && PHRASE_LEADS.has(a)) {
    if (c && PHRASE_TITLES.has(`${a} ${b} ${c}`)) return 3;
    if (PHRASE_TITLES.has(`${a} ${b}`)) return 2;
  }
  if (ONE_WORD_TITLES.has(a)) return 1;
  // `Lieutenant-Colonel`, `Vice-President`: a hyphenated title; `Striker X`, `Rival X Corp`: a role word
  if (a.includes('-') && a.split('-').every((x) => ONE_WORD_TITLES.has(x) || TITLE_QUALIFIERS.has(x))) return 1;
  if (k === 0 && ROLE_LEADS.has(a) && run[1]?.upper) return 1;
  if (TITLE_QUALIFIERS.has(a) && b && (ONE_WORD_TITLES.has(b) || (PHRASE_LEADS.has(b) && PHRASE_TITLES.has(`${b} ${c}`)))) return 1;
  return 0;
}

const placeOrDemonym = (s: string): boolean => !!lookupPlace(s) || !!lookupDemonym(s);

/** The run's words as title lookups read them: lower case, no final period; '' for lower-case words. */
const titleWords = (run: Token[]): string[] => run.map((t) => (t.upper ? (t.text.endsWith('.') ? t.text.slice(0, -1) : t.text).toLowerCase() : ''));

// The letter cases of a word in one pass over its characters: CASE_UPPER and CASE_LOWER bits for
// ASCII text (most wire copy), -1 when another character is there (the Unicode classes decide).
const CASE_UPPER = 1;
const CASE_LOWER = 2;
function asciiCases(s: string): number {
  let f = 0;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    if (k >= 128) return -1;
    if (k >= 65 && k <= 90) f |= CASE_UPPER;
    else if (k >= 97 && k <= 122) f |= CASE_LOWER;
  }
  return f;
}
/** `KCNA`, `U.S.`, `SHEARER`: a capital and no small letter. */
const capsText = (s: string, cases = asciiCases(s)): boolean => (cases < 0 ? /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s) : cases === CASE_UPPER);
const isCapsWord = (t: Token): boolean => t.kind === 'word' && capsText(t.text);
/** `Chinese-built`, `Lankan-run`: a hyphenated adjective of a place names no one. */
const adjectiveWord = (t: Token): boolean => {
  const h = t.text.lastIndexOf('-');
  return h > 0 && ADJECTIVE_TAILS.has(t.text.slice(h + 1));
};
const isNameWord = (t: Token): boolean => t.kind === 'word' && (t.upper || namePrefixed(t.text)) && t.text !== "'s" && t.text !== "'S" && !adjectiveWord(t);

/** Whether a sentence is written in capitals (more than 3 words, 80% of them all capitals). */
export function isCapsSentence(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const cases = asciiCases(t.text);
    if (cases < 0 ? !/\p{L}/u.test(t.text) : cases === 0) continue;
    words++;
    if (capsText(t.text, cases) && t.text.length > 1) caps++;
    // 80% is 4 capitals to each other word: once even all the tokens left as capitals could
    // not reach it, the answer is no (a sentence in lower case stops after a fifth of its words)
    else if (caps + (tokens.length - 1 - i) < 4 * (words - caps)) return false;
  }
  return words >= 3 && caps / words >= 0.8;
}

/** Whether a sentence is a title-case headline: 4+ words of 4+ letters, 80% of them capitalised, no end stop. */
export function isTitleCaseSentence(tokens: Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (t.upper) upper++;
  }
  const lastTok = tokens[tokens.length - 1];
  return words >= 4 && upper / words >= 0.8 && !(lastTok && lastTok.kind === 'punct' && /^[.!?]$/.test(lastTok.text));
}

/** Title abbreviation with its period (`Mr.`, `Gen.`, `Lt.`): the length in tokens, 0 if none. */
function titleAbbrevAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (t.kind === 'word' && n && n.text === '.' && !n.spaceBefore) {
    const w = t.text;
    if (TITLE_ABBREVIATIONS.has(`${w}.`) || HONORIFIC_WORDS.has(w.toLowerCase())) return 2;
  }
  return 0;
}

const wordAt = (tokens: Token[], i: number): string => (i >= 0 && i < tokens.length ? tokens[i].text.toLowerCase() : '');

/** Whether the line that ends before `at` (a line's first token) is a table row: no word in lower case (`68 Frank Dollo ( Spain ) , Jean Marvin`). */
function tableLineBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 32)) i--;
  for (let n = 0; i >= 0 && n < 200; i--, n++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return true;
    if (/\p{Ll}/u.test(ch) && (i === 0 || /[\s(]/.test(text[i - 1]))) return false;
  }
  return i < 0;
}

/**
 * `PT Aneka Tambang (Antam)`: a short form in parentheses made of the name's letters in order,
 * starting with a word's first letter; `Paris (France)` is no short form of Paris.
 */
function shortFormOf(short: string, run: Token[]): boolean {
  if (!/^\p{Lu}\p{Ll}{2,11}$/u.test(short)) return false;
  const s = short.toLowerCase();
  const name = run.map((t) => t.text.toLowerCase()).join(' ');
  let i = name.indexOf(` ${s[0]}`) + 1 || (name[0] === s[0] ? 0 : -1);
  if (i < 0) return false;
  let n = 0;
  for (; i < name.length && n < s.length; i++) if (name[i] === s[n]) n++;
  return n === s.length;
}

const LIST_ITEMS = 8;
const LIST_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u;

/**
 * From a comma at `j`: `, Trade, Scientific and Technological` -> the index after the closing
 * item's first word, or -1. Items are single capitalised words that are no given name or place
 * (`Trade`, `Post`), so a list of people or places is not read as one; bounded, so linear.
 */
function complementListEnd(tokens: Token[], j: number): number {
  let i = j;
  for (let items = 0; items < LIST_ITEMS; items++) {
    // a separator: `,` or `, and` or `and`
    if (tokens[i]?.text === ',') i++;
    const closing = tokens[i]?.text === 'and';
    if (closing) i++;
    const w = tokens[i];
    if (!w || !w.upper || !LIST_WORD.test(w.text) || NOT_NAMES.has(w.text.toLowerCase()) || isGivenName(w.text) || isFamilyFirstStart(w) || !!lookupPlace(w.text)) return -1;
    if (closing) return i + 1;
    i++;
    if (tokens[i]?.text !== ',' && tokens[i]?.text !== 'and') return -1;
  }
  return -1;
}

/** Candidates of one sentence; `headline` when it is the story's headline (title case is read there only). */
export function findCandidates(text: string, tokens: Token[], headline = false): Candidate[] {
  const out: Candidate[] = [];
  const caps = isCapsSentence(tokens);
  if (caps) return capsCandidates(text, tokens);
  const titleCase = headline && isTitleCaseSentence(tokens);
  let titledNext = false;
  let i = 0;
  while (i < tokens.length) {
    // most tokens are lower-case words: one that no period follows starts no title abbreviation
    // and, with no name particle (`al-Assad`), no name, so it is passed over here, before the calls below
    // (numbers and punctuation start neither; of them only a period keeps a title's mark for the name after it)
    const t0 = tokens[i];
    if (t0.kind !== 'word') {
      if (!(t0.kind === 'punct' && t0.text === '.')) titledNext = false;
      i++;
      continue;
    }
    if (!t0.upper && !namePrefixed(t0.text)) {
      const n = tokens[i + 1];
      if (!(n && n.text === '.' && !n.spaceBefore)) {
        titledNext = false;
        i++;
        continue;
      }
    }
    const ab = titleAbbrevAt(tokens, i);
    if (ab) {
      titledNext = true;
      i += ab;
      continue;
    }
    const t = tokens[i];
    let startsName = isNameWord(t) && !endsRun(t) && !(t.text.length === 1 && t.text !== t.text.toUpperCase());
    if (startsName) {
      const lower = t.text.toLowerCase();
      // (`A Commission spokesperson`: a one-letter capital is no acronym)
      if (NOT_NAMES.has(lower) && (!isCapsWord(t) || t.text.length === 1)) {
        // `New Zealand`, `National Park Service`, `New People's Party`: a word that names nothing alone may begin a name
        const n = tokens[i + 1];
        const nl = n ? n.text.toLowerCase() : '';
        startsName = NAME_INITIAL_WORDS.has(lower) && !!n && n.spaceBefore && isNameWord(n) && !RUN_BREAKERS.has(n.text)
          && (!NOT_NAMES.has(nl) || NAME_INITIAL_WORDS.has(nl));
      }
    }
    if (!startsName) {
      if (!(t.kind === 'punct' && t.text === '.')) titledNext = false;
      i++;
      continue;
    }
    // Collect the run: name words, with connectors and inner possessives between them.
    const run: Token[] = [t];
    let j = i + 1;
    while (j < tokens.length && run.length < MAX_RUN) {
      const u = tokens[j];
      // `American League` / `NEW YORK 5 Seattle 3`: a line break where capitals change ends the run
      // `... , Jean Marvin` / `Dollo had six birdies`: a table row is no wrapped paragraph
      if (u.newlineBefore && (isCapsWord(u) !== isCapsWord(tokens[j - 1]) || tableLineBefore(text, u.start))) break;
      if (isNameWord(u) && !RUN_BREAKERS.has(u.text) && !endsRun(u)) {
        run.push(u);
        j++;
        continue;
      }
      // `Workers' Party`, `People's Republic`
      if ((u.text === "'" || u.text === '\u2019' || u.text === "'s" || u.text === '\u2019s') && !u.spaceBefore && tokens[j + 1] && isNameWord(tokens[j + 1])) {
        run.push(u);
        j++;
        continue;
      }
      const last = run[run.length - 1];
      // `Joint Committee on Railway Cooperation`, `Council on Foreign Relations`: `on` after a deliberative body's head
      // `Ministry of Economy, Trade and Industry`: a comma list closed by `and` inside a head's complement
      if (u.kind === 'punct' && u.text === ',' && isNameWord(tokens[j + 1] ?? u) && tokens[j + 2]?.text === 'and' && tokens[j + 3] && isNameWord(tokens[j + 3])
        && !(tokens[j + 4] && isNameWord(tokens[j + 4])) && !NOT_NAMES.has(tokens[j + 1].text.toLowerCase()) && run.some((t, x) => x > 0 && t.text === 'of' && !!orgHead(run[x - 1].text))) {
        for (let m = j; m <= j + 3; m++) run.push(tokens[m]);
        j += 4;
        continue;
      }
      // `Ministry of Communication, Transport, Post and Construction`, `Committee for Economic, Trade,
      // Scientific and Technological Cooperation`, `Cabinet Secretary for Industry, Trade and Cooperatives X`:
      // a longer list closed by `and` after a head's or an office's `of`/`for`
      if (u.kind === 'punct' && u.text === ',') {
        const end = complementListEnd(tokens, j);
        if (end > j && run.some((t, x) => x > 0 && (t.text === 'of' || t.text === 'for') && (!!orgHead(run[x - 1].text) || ONE_WORD_TITLES.has(run[x - 1].text.toLowerCase())))) {
          for (let m = j; m < end; m++) run.push(tokens[m]);
          j = end;
          continue;
        }
      }
      const onBody = u.text === 'on' && /^(?:committee|council|commission|conference|panel|forum)$/i.test(last.text) && !!tokens[j + 1] && isNameWord(tokens[j + 1])
        && !lookupPlace(tokens[j + 1].text) && !lookupDemonym(tokens[j + 1].text);
      // `Bank of the West`, `Bosnia and Herzegovina`, `Osama bin Laden`
      if (u.kind === 'word' && (NAME_CONNECTORS.has(u.text.toLowerCase()) || onBody) && !u.upper) {
        let k = j + 1;
        if (tokens[k] && tokens[k].text === 'the') k++;
        // (`Association of New Zealand`: a word that begins names may follow)
        const nk = tokens[k] ? tokens[k].text.toLowerCase() : '';
        if (tokens[k] && isNameWord(tokens[k]) && !RUN_BREAKERS.has(tokens[k].text) && !endsRun(tokens[k])
          && (!NOT_NAMES.has(nk) || (NAME_INITIAL_WORDS.has(nk) && !!tokens[k + 1] && isNameWord(tokens[k + 1])))) {
          for (let m = j; m < k; m++) run.push(tokens[m]);
          j = k;
          continue;
        }
      }
      if (u.kind === 'punct' && u.text === '&' && tokens[j + 1] && isNameWord(tokens[j + 1])) {
        run.push(u);
        j++;
        continue;
      }
      break;
    }
    // `Ken Griffey Jr.`: a generation suffix keeps its period
    if (tokens[j]?.text === '.' && !tokens[j].spaceBefore && /^(?:Jr|Sr)$/.test(run[run.length - 1].text)) run.push(tokens[j++]);
    let acronym: Token | null = null;
    if (tokens[j]?.text === '(' && tokens[j + 1] && tokens[j + 2]?.text === ')' && (/^[A-Z][A-Za-z0-9.&]*[A-Z0-9]\.?$/.test(tokens[j + 1].text) || shortFormOf(tokens[j + 1].text, run))) acronym = tokens[j + 1];
    const prevIdx = i - 1;
    const segments = splitRun(run, titledNext);
    for (let g = 0; g < segments.length; g++) {
      const seg = segments[g];
      const first = tokens.indexOf(seg.tokens[0], Math.max(0, prevIdx));
      const last = first + seg.tokens.length - 1;
      out.push({
        tokens: seg.tokens,
        start: seg.tokens[0].start,
        end: seg.tokens[seg.tokens.length - 1].end,
        // (a one-word name is its token's text: the same string, whose hash the lookups have cached)
        text: seg.tokens.length === 1 ? seg.tokens[0].text : text.slice(seg.tokens[0].start, seg.tokens[seg.tokens.length - 1].end),
        titled: seg.titled,
        prev: wordAt(tokens, first - 1),
        next: wordAt(tokens, last + 1),
        prev2: wordAt(tokens, first - 2),
        next2: wordAt(tokens, last + 2),
        prev2Raw: tokens[first - 2]?.text ?? '',
        next2Raw: tokens[last + 2]?.text ?? '',
        initial: first === 0 || (first <= 2 && tokens.slice(0, first).every((x) => x.kind === 'punct')),
        acronym: seg.tokens[seg.tokens.length - 1] === run[run.length - 1] ? acronym : null,
        caps: false,
        titleCase,
      });
    }
    titledNext = false;
    i = j;
  }
  return out;
}

interface Segment { tokens: Token[]; titled: boolean }

const isConnector = (t: Token): boolean => !t.upper && (t.kind === 'punct' || NAME_CONNECTORS.has(t.text.toLowerCase()) || t.text === "'s" || t.text === '\u2019s');

function trim(seg: Token[]): Token[] {
  let a = 0;
  let b = seg.length;
  while (a < b && (isConnector(seg[a]) || seg[a].text === 'The')) a++;
  while (b > a && isConnector(seg[b - 1]) && seg[b - 1].text !== "'" && !(seg[b - 1].text === '.' && b - 2 >= a && /^(?:Jr|Sr)$/.test(seg[b - 2].text))) b--;
  // `Workers'` keeps its apostrophe only inside the name
  if (b > a && (seg[b - 1].text === "'" || seg[b - 1].text === '\u2019')) b--;
  return seg.slice(a, b);
}

const isFamilyFirstStart = (t: Token | undefined): boolean => !!t && FAMILY_FIRST_NAMES.has(t.text);

/** Cuts one run at titles, possessives of names, `of`/`and` between two names and after organization heads. */
export function splitRun(run: Token[], titledBefore: boolean): Segment[] {
  // most runs are one word: nothing inside it to cut at, so of the steps below only the title
  // test, the trim and the generic-body test apply (`President` alone names no one)
  if (run.length === 1) {
    if (run[0].upper && titleLength(run, 0)) return [];
    const tokens = trim(run);
    return tokens.length && !GENERIC_BODIES.has(tokens[0].text.toLowerCase()) ? [{ tokens, titled: titledBefore }] : [];
  }
  // 1. titles and honorifics are not names: they cut the run and mark what follows
  const parts: Segment[] = [];
  let cur: Token[] = [];
  let titled = titledBefore;
  // `Minister of Finance`, `Minister of Economic Affairs Budi Santoso`: the words after a
  // title's `of` are its portfolio, part of the title, not a name (unless a known place or body)
  let portfolio = false;
  const flush = (): void => {
    const tr = trim(cur);
    if (tr.length && !(portfolio && !isName(tr))) parts.push({ tokens: tr, titled: titled && !portfolio });
    cur = [];
    titled = portfolio;
    portfolio = false;
  };
  const lower = titleWords(run);
  for (let k = 0; k < run.length; k++) {
    const t = run[k];
    const tl = t.upper ? titleLength(run, k, lower) : 0;
    if (tl && !keepsTitle(run, k + tl - 1)) {
      if (PORTFOLIO_OFFICES.has(run[k + tl - 1].text.toLowerCase())) cur = dropPortfolio(cur);
      flush();
      titled = true;
      k += tl - 1;
      if ((run[k + 1]?.text === 'of' || run[k + 1]?.text === 'for') && run[k + 2] && run[k + 2].text !== 'the') portfolio = true;
      continue;
    }
    if (portfolio && cur.length && t.upper && (personTail(run, k) || personBeforeAnd(run, k))) {
      flush();
      titled = true;
    }
    // `China's National People's Congress`: a possessive after a name ends it
    if ((t.text === "'s" || t.text === '\u2019s') && cur.length && !PLURAL_POSSESSORS.has(cur[cur.length - 1].text.toLowerCase())) {
      flush();
      continue;
    }
    // `... Central Committee Hu Weimin`: an organization head followed by a person's name
    // (the checks on the tokens' shape first: they cost no lookup)
    if (cur.length && t.upper && run[k + 1]?.upper && orgHead(cur[cur.length - 1].text) && !orgHead(t.text) && (isFamilyFirstStart(t) || isGivenName(t.text))) {
      flush();
    }
    // `ambassador to the United States Hamdullah Mohib`, `NASA Bill Ingalls`, `Refugee Council Enver Solomon`:
    // a known place or body, then two or three words shaped like a person's name and nothing more
    // (`PT Aneka Tambang`: a company form before the name is part of it)
    if (cur.length && t.upper && personTail(run, k) && !isName(trim([...cur, t])) && (isName(trim(cur)) || orgHead(cur[cur.length - 1].text) || isCapsWord(cur[cur.length - 1]))
      && !(cur.length === 1 && ORG_LEADS.has(cur[0].text.toLowerCase()))) {
      flush();
    }
    // `Scientologist Tom Cruise`, `Pan-democrat Lam Cheuk-ting`: a description before a full name
    if (cur.length && cur[cur.length - 1].upper && run[k + 1]?.upper && !isGivenName(cur[cur.length - 1].text) && !SAINT_LEADS.has(cur[cur.length - 1].text.toLowerCase()) && (isGivenName(t.text) || isFamilyFirstStart(t)) && !orgHead(t.text)
      && !orgHead(run[k + 1].text) && (!run[k + 2] || (run[k + 2].upper && !run[k + 3] && !orgHead(run[k + 2].text)))
      && !isFamilyFirstStart(cur[0]) && !isGivenName(cur[0].text)) {
      flush();
    }
    cur.push(t);
  }
  flush();
  // 2. `of`, `and`: keep `X of Y` when X ends in a head word and Y is no name by itself
  const out: Segment[] = [];
  for (const p of parts) out.push(...splitConnectors(p));
  cutLeadingPlace(out);
  // `the Central Committee`, `the Standing Committee`: no name by itself
  return out.filter((p) => !GENERIC_BODIES.has(joinTokens(p.tokens).toLowerCase()));
}

/** Cuts a place before a body off it, in place. */
function cutLeadingPlace(parts: Segment[]): void {
  // `US National Park Service`: a country written as an acronym before a body's full name is a name of its own
  for (let i = 0; i < parts.length; i++) {
    const tk = parts[i].tokens;
    // (`U.S. Environmental Protection Agency` with periods is written as one name)
    const countryAcronym = tk.length >= 3 && isCapsWord(tk[0]) && !tk[0].text.includes('.') && !!lookupPlace(tk[0].text) && tk[1].upper && !!orgHead(tk[tk.length - 1].text);
    // `Greek Ministry of Culture`, `Italian Supreme Court of Cassation`: a nationality before a state body's own name
    const demonymBody = tk.length >= 3 && !!lookupDemonym(tk[0].text) && ((!!orgHead(tk[1].text) && tk[2].text === 'of') || /^(?:Supreme|Constitutional|High)$/.test(tk[1].text));
    if ((countryAcronym || demonymBody) && !lookupOrg(joinTokens(tk))) {
      parts.splice(i, 1, { tokens: [tk[0]], titled: false }, { tokens: tk.slice(1), titled: parts[i].titled });
      i++;
    }
  }
}

// Offices that take a portfolio before them: `Energy Minister`, `Economic Affairs Secretary`.
const PORTFOLIO_OFFICES = new Set(['minister', 'ministers', 'secretary', 'commissioner', 'minister-president']);
const isPlaceWord = (t: Token): boolean => t.upper && (COMPASS.has(t.text.toLowerCase()) || !!lookupDemonym(t.text) || !!lookupPlace(t.text));
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/**
 * The words between a country (or its demonym) and a minister's office are the portfolio,
 * part of the title, never a name: `Bolivian Environment Minister X` -> `Bolivian` only,
 * `Russian Deputy Energy Minister X`, `External Affairs Minister X` -> nothing. A word that
 * names an organization or is no common word stays (`Chukyo Gas`, `Apple`).
 */
function dropPortfolio(cur: Token[]): Token[] {
  const isPortfolio = (t: Token): boolean => (t.upper && (PORTFOLIO_WORDS.has(t.text.toLowerCase()) || TITLE_QUALIFIERS.has(t.text.toLowerCase()) || ONE_WORD_TITLES.has(t.text.toLowerCase()))
    && !orgHead(t.text) && !lookupOrg(t.text) && !lookupPlace(t.text) && !isGivenName(t.text));
  // the portfolio: the last words of the run, with `and` / `,` between them (`Water and Electricity`)
  let j = cur.length;
  while (j > 0 && (isPortfolio(cur[j - 1]) || (j < cur.length && (cur[j - 1].text === ',' || (!cur[j - 1].upper && cur[j - 1].text === 'and'))))) j--;
  while (j < cur.length && !cur[j].upper) j++;
  if (j === cur.length) return cur;
  // before it: a country or demonym (`Bolivian`), `and` (`X and External Affairs`), or nothing
  let p = j;
  for (;;) {
    if (p > 0 && isPlaceWord(cur[p - 1])) p--;
    // `Sri Lankan External Affairs Minister`: a place of two words
    else if (p > 1 && cur[p - 2].upper && placeOrDemonym(`${cur[p - 2].text} ${cur[p - 1].text}`)) p -= 2;
    else break;
  }
  const before = cur[p - 1];
  if (p > 0 && p === j && !(before && !before.upper && NAME_CONNECTORS.has(before.text))) return cur;
  return cur.slice(0, j);
}

/** run[k..] is the end of the run and looks like a person's name: 2-3 capitalised words, no heads or places, a given name first or no common word. */
function personTail(run: Token[], k: number): boolean {
  // (asked at every word of a run: the length first, before the rest is copied)
  if (run.length - k < 2 || run.length - k > 3) return false;
  const rest = run.slice(k);
  // (`U.S. Geological Survey`: a thing's word ends no person's name)
  if (THING_HEADS.has(rest[rest.length - 1].text.toLowerCase())) return false;
  if (!rest.every((t) => t.kind === 'word' && (t.upper || namePrefixed(t.text)) && /\p{Ll}/u.test(t.text) && !orgHead(t.text) && !PLACE_HEADS.has(t.text.toLowerCase()) && !lookupPlace(t.text) && !lookupDemonym(t.text))) return false;
  return isGivenName(rest[0].text) || isFamilyFirstStart(rest[0]) || (rest.length === 2 && rest.every((t) => !isCommonWord(t.text) && !NOT_NAMES.has(t.text.toLowerCase())));
}

/** `... Trade and Cooperatives Charles Wambua and Tanzanian Deputy Minister X`: a given name's person-shaped words up to `and`. */
function personBeforeAnd(run: Token[], k: number): boolean {
  if (!isGivenName(run[k].text)) return false;
  let e = k;
  while (e < run.length && e - k <= 3 && run[e].upper) e++;
  return e < run.length && run[e].text === 'and' && personTail(run.slice(0, e), k);
}

// A title word that belongs to an organization name: `General Assembly`, `General Motors`,
// and a company suffix that is also a title abbreviation: `Ruhrgas AG`, `Acme MD`.
function keepsTitle(run: Token[], k: number): boolean {
  if (k > 0 && !run[k + 1] && run[k - 1].upper && orgHead(run[k].text) === 'company') return true;
  const next = run[k + 1];
  if (next && next.upper && orgHead(next.text)) return true;
  const prev = run[k - 1];
  // `Supreme Leader` is a title; `Office of the President` keeps it only after `of the`
  if (prev && prev.text === 'the' && run[k - 2]?.text === 'of' && !run[k + 1]) return true;
  // `International Court of Justice`, `Ministry of Justice`: an office word as a head's complement
  if (prev && prev.text === 'of' && run[k - 2] && !!orgHead(run[k - 2].text) && !run[k].text.endsWith('.')) return true;
  return false;
}

/** Tokens written back as in the text, spaces only where the text had them. */
const joinTokens = (tokens: Token[]): string => (tokens.length === 1 ? tokens[0].text : tokens.map((t, i) => (i && t.spaceBefore ? ' ' : '') + t.text).join(''));

function isName(tokens: Token[]): boolean {
  const s = joinTokens(tokens);
  return !!(lookupPlace(s) || lookupOrg(s));
}

// Words before `of` that make what follows part of the name: `Bank of X`, `University of X`.
const OF_HEADS = /^(republic|kingdom|university|bank|ministry|department|secretary|federation|union|church|museum|house|office)$/i;
const headBeforeOf = (t: Token | undefined): boolean => !!t && (!!orgHead(t.text) || PLACE_HEADS.has(t.text.toLowerCase()) || OF_HEADS.test(t.text));
const isOfLike = (t: Token): boolean => !t.upper && /^(?:of|for|on|at)$/.test(t.text);

/** The head of a name: its last word, or the word before its first `of`/`for` (`Block Museum of Art` -> Museum). */
function nameHead(toks: Token[]): boolean {
  if (!toks.length) return false;
  if (orgHead(toks[toks.length - 1].text)) return true;
  const of = toks.findIndex(isOfLike);
  return of > 0 && !!orgHead(toks[of - 1].text);
}

/** `Union of Rationalist Atheists`: a head word then `of`/`for` - what follows is its complement. */
const hasComplement = (toks: Token[]): boolean => toks.some((t, i) => i > 0 && isOfLike(t) && headBeforeOf(toks[i - 1]));

/** Cuts a name at `and`/`&` between two names, then at `of`/`for`/`at`/`on` before another name. */
function splitConnectors(seg: Segment): Segment[] {
  const toks = seg.tokens;
  // a run with no `and`/`&` or `of`-like word inside is never split (both passes below look for one):
  // most runs, answered before the whole run is joined and looked up
  if (!hasConnector(toks)) return [seg];
  const whole = joinTokens(toks);
  if (lookupPlace(whole) || lookupOrg(whole)) return [seg];
  // 1. `and` first, so `Massachusetts Institute of Technology and Colorado State University` is two names
  for (let k = 1; k < toks.length - 1; k++) {
    const w = toks[k].text.toLowerCase();
    if (toks[k].upper || (w !== 'and' && w !== '&')) continue;
    const left = toks.slice(0, k);
    const right = trim(toks.slice(k + 1));
    if (!right.length) continue;
    const cut = (): Segment[] => [...splitConnectors({ tokens: trim(left), titled: seg.titled }), ...splitConnectors({ tokens: right, titled: false })];
    // `Buddhists and the United Nations`: an article starts another name
    if (toks[k + 1]?.text === 'the') return cut();
    const rightHead = nameHead(right) || right.some((t) => t.upper && orgHead(t.text));
    const leftHead = left.some((t) => orgHead(t.text));
    // `Union of Rationalist Atheists and Agnostics`, `Ministry of Culture and Sports`, `Arab Fund for Economic and Social Development`
    if (hasComplement(left) && !rightHead && !isName(right)) continue;
    // `National Air and Space Museum`, `Mary and Leigh Block Museum of Art`
    if (rightHead && !leftHead && !isName(left)) continue;
    // `The Globe and Mail`, `Mail and Guardian`: two one-word paper names are one paper
    if (left.length === 1 && right.length === 1 && [left[0], right[0]].every((t) => orgHead(t.text) === 'media' || MEDIA_TAILS.has(t.text.toLowerCase()))) continue;
    // `Research and Development Institute` is one name; two words of no kind joined are one name too
    if (THING_HEADS.has(right[right.length - 1].text.toLowerCase()) && !leftHead && !isFamilyFirstStart(right[0]) && !isFamilyFirstStart(left[0]) && !isGivenName(right[0].text)) continue;
    return cut();
  }
  // 2. `of`, `for`, `at`, `on`: keep `X of Y` when X is a head word and Y no other name
  let complement = false;
  for (let k = 1; k < toks.length - 1; k++) {
    if (!isOfLike(toks[k])) continue;
    const left = toks.slice(0, k);
    const right = trim(toks.slice(k + 1));
    const lastLeft = left[left.length - 1].text;
    const head = headBeforeOf(left[left.length - 1]);
    const rightText = joinTokens(right);
    // `of the Political Bureau`, `of the Democratic People's Republic of Korea`: another name
    // `Church of Scientology` keeps a one-word name that is no acronym; `Committee of the WPK` does not
    // (`of Communication, Transport, Post and Construction`: a head word inside a comma list is an item, no head)
    const rightIsBody = right.some((t, x) => t.upper && orgHead(t.text) && right[x + 1]?.text !== ',' && right[x - 1]?.text !== ',') || !!(right.length && lookupOrg(rightText) && (right.length > 1 || /^[A-Z]{2,}$/.test(rightText)))
      || (toks[k + 1]?.text === 'the' && !!lookupPlace(rightText) && (!!orgHead(lastLeft) || complement));
    // `University of North Carolina at Chapel Hill`, `Centre for Control of Iodine Deficiency`: still the complement;
    // a company takes `of` only (`Kyowa Seiyaku for NB-214` is a deal), and a code is no complement
    const companyFor = toks[k].text !== 'of' && orgHead(lastLeft) === 'company' && !/^bank$/i.test(lastLeft);
    if ((head || complement) && !rightIsBody && !companyFor && !(right[0] && /\d/.test(right[0].text))) {
      complement = true;
      continue;
    }
    const l = trim(left);
    const leftGeneric = l.length <= 3 && l.every((t) => orgHead(t.text) || /^(standing|central|political|executive|supreme|general|national|permanent)$/i.test(t.text));
    const rightSegs = splitConnectors({ tokens: right, titled: false });
    return leftGeneric && rightIsBody ? rightSegs : [...splitConnectors({ tokens: l, titled: seg.titled }), ...rightSegs];
  }
  return [seg];
}

/** Whether a token inside the run (neither end) is one splitConnectors may cut at. */
function hasConnector(toks: Token[]): boolean {
  for (let k = 1; k < toks.length - 1; k++) {
    const t = toks[k];
    if (!t.upper) {
      const w = t.text.toLowerCase();
      if (w === 'and' || w === '&') return true;
    }
    if (isOfLike(t)) return true;
  }
  return false;
}

/** In an all-capitals sentence only known names count: `SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .` */
function capsCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found = 0;
    if (tokens[i].kind === 'word') {
      for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
        const slice = tokens.slice(i, i + n);
        if (slice.some((t) => t.kind !== 'word' && t.text !== '&')) continue;
        const s = text.slice(slice[0].start, slice[n - 1].end);
        if (lookupPlace(s) || lookupOrg(s) || (n === 1 && lookupDemonym(s))) {
          found = n;
          break;
        }
      }
    }
    // a word no table knows: a short name, kept only if a fuller mention in the story owns it
    if (!found && isCapsWord(tokens[i]) && tokens[i].text.length > 1 && /^\p{L}+$/u.test(tokens[i].text) && !NOT_NAMES.has(tokens[i].text.toLowerCase())) found = 1;
    if (found) {
      const slice = tokens.slice(i, i + found);
      out.push({
        tokens: slice, start: slice[0].start, end: slice[found - 1].end, text: text.slice(slice[0].start, slice[found - 1].end),
        titled: false, prev: wordAt(tokens, i - 1), next: wordAt(tokens, i + found), prev2: wordAt(tokens, i - 2), next2: wordAt(tokens, i + found + 1), prev2Raw: tokens[i - 2]?.text ?? '', next2Raw: tokens[i + found + 1]?.text ?? '', initial: i === 0, acronym: null, caps: true, titleCase: false,
      });
      i += found;
    } else i++;
  }
  return out;
}

export { fold };
