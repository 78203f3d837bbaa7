// Titles of people as wire copy writes them: office words (`President`, `Foreign Minister`,
// `General Secretary`), abbreviations (`Gov.`, `Lt. Gen.`, `FM`), honorifics (`Mr.`,
// `Comrade`) and the qualifiers that stand before an office (`former`, `acting`, `vice-`).
// Data only: the entities stage reads it to keep titles out of names and to see
// `President X`; the titles stage builds its rules from it. Every entry is lower case.

/**
 * Office words, one or more words, lower case. Multi-word offices come first in their own
 * list so a matcher can prefer the longest (`general secretary` over `general`,
 * `prime minister` over `minister`).
 */
export const MULTIWORD_OFFICES: readonly string[] = [
  'prime minister', 'deputy prime minister', 'foreign minister', 'defense minister', 'defence minister',
  'finance minister', 'interior minister', 'trade minister', 'state councilor', 'state councillor',
  'general secretary', 'secretary general', 'secretary-general', 'under secretary', 'under-secretary',
  'undersecretary general', 'under-secretary-general', 'assistant secretary', 'permanent secretary',
  'attorney general', 'solicitor general', 'surgeon general', 'inspector general', 'auditor general',
  'postmaster general', 'governor general', 'governor-general', 'director general', 'director-general',
  'chief executive', 'chief executive officer', 'chief operating officer', 'chief financial officer',
  'chief of staff', 'chief justice', 'chief minister', 'chief secretary', 'chief economist',
  'chief negotiator', 'chief spokesman', 'chief spokeswoman', 'chief spokesperson',
  'managing director', 'executive director', 'executive secretary', 'executive vice president',
  'vice president', 'vice-president', 'vice chairman', 'vice-chairman', 'vice chairwoman',
  'vice chair', 'vice premier', 'vice-premier', 'vice minister', 'vice-minister', 'vice admiral',
  'vice marshal', 'deputy minister', 'deputy director', 'deputy chairman', 'deputy governor',
  'deputy mayor', 'deputy secretary', 'deputy speaker', 'deputy chief',
  'first secretary', 'first deputy', 'first lady', 'crown prince', 'crown princess',
  'head of state', 'head of government', 'speaker of the house', 'majority leader', 'minority leader',
  'press secretary', 'national security adviser', 'national security advisor', 'security adviser',
  'special envoy', 'special representative', 'special rapporteur', 'high commissioner',
  'high representative', 'permanent representative', 'foreign secretary', 'home secretary',
  'defense secretary', 'defence secretary', 'treasury secretary', 'commerce secretary',
  'state secretary', 'secretary of state', 'minister of state', 'party secretary',
  'party chief', 'party leader', 'opposition leader', 'supreme leader', 'head coach',
  'board member', 'staff member', 'lieutenant general', 'lieutenant colonel', 'lieutenant governor',
  'major general', 'brigadier general', 'rear admiral', 'air marshal', 'field marshal',
  'chief of general staff', 'police chief', 'army chief', 'team leader', 'group leader',
  'commander in chief', 'commander-in-chief', 'chairman of the board', 'president-elect',
  'prime minister-elect', 'senior adviser', 'senior advisor', 'senior official',
];

/** One-word office words. */
export const OFFICES: readonly string[] = [
  'president', 'premier', 'minister', 'secretary', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'member', 'director', 'governor', 'senator', 'congressman', 'congresswoman', 'representative',
  'lawmaker', 'legislator', 'deputy', 'ambassador', 'envoy', 'consul', 'spokesman', 'spokeswoman',
  'spokesperson', 'mayor', 'chancellor', 'vice-chancellor', 'commissioner', 'councillor', 'councilor',
  'chief', 'head', 'leader', 'commander', 'general', 'admiral', 'colonel', 'major', 'captain',
  'lieutenant', 'sergeant', 'brigadier', 'marshal', 'officer', 'king', 'queen', 'prince', 'princess',
  'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'pope', 'cardinal', 'archbishop', 'bishop',
  'imam', 'ayatollah', 'rabbi', 'patriarch', 'president-elect', 'speaker', 'judge', 'justice',
  'prosecutor', 'attorney', 'lawyer', 'adviser', 'advisor', 'aide', 'official', 'diplomat',
  'negotiator', 'delegate', 'envoy', 'founder', 'co-founder', 'chairman-elect', 'executive',
  'manager', 'economist', 'analyst', 'professor', 'researcher', 'scientist', 'editor',
  'correspondent', 'reporter', 'coach', 'captain', 'inspector', 'superintendent', 'sheriff',
  'treasurer', 'auditor', 'ombudsman', 'counsellor', 'counselor', 'attache', 'attaché', 'secretary-general',
  'vice-president', 'vice-chairman', 'vice-premier', 'vice-minister', 'taoiseach', 'monarch',
  'regent', 'dean', 'rector', 'provost', 'principal', 'ceo', 'cfo', 'coo', 'cto', 'md',
  'advocate', 'barrister', 'solicitor', 'counsel', 'undersecretary', 'under-secretary',
];

/** Words that stand before an office and belong to the title: `former Prime Minister X`. */
export const QUALIFIERS: readonly string[] = [
  'former', 'acting', 'outgoing', 'incoming', 'interim', 'then', 'then-', 'vice', 'vice-', 'deputy',
  'first', 'senior', 'late', 'retired', 'ex-', 'ex', 'newly elected', 'newly appointed',
  'caretaker', 'honorary', 'executive', 'assistant', 'associate', 'joint', 'co-', 'lead',
  'permanent', 'provisional', 'transitional', 'designate', 'elect', 'current', 'sitting',
];

/** Qualifiers written as a prefix joined by a hyphen: `then-Secretary`, `ex-President`. */
export const HYPHEN_QUALIFIERS: readonly string[] = ['then', 'ex', 'vice', 'co', 'former'];

/**
 * Abbreviated titles -> the office they stand for (lower case). Keys keep their period as
 * written; a matcher may accept them with or without it.
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Gov.', 'governor'], ['Lt. Gov.', 'lieutenant governor'], ['Sen.', 'senator'], ['Sens.', 'senator'],
  ['Rep.', 'representative'], ['Reps.', 'representative'], ['Del.', 'delegate'],
  ['Pres.', 'president'], ['Sec.', 'secretary'], ['Secy.', 'secretary'], ['Amb.', 'ambassador'],
  ['Gen.', 'general'], ['Lt.', 'lieutenant'], ['Lt. Gen.', 'lieutenant general'],
  ['Maj. Gen.', 'major general'], ['Brig. Gen.', 'brigadier general'], ['Lt. Col.', 'lieutenant colonel'],
  ['Col.', 'colonel'], ['Maj.', 'major'], ['Capt.', 'captain'], ['Cpt.', 'captain'], ['Cmdr.', 'commander'],
  ['Cdr.', 'commander'], ['Adm.', 'admiral'], ['Vice Adm.', 'vice admiral'], ['Rear Adm.', 'rear admiral'],
  ['Sgt.', 'sergeant'], ['Staff Sgt.', 'staff sergeant'], ['Cpl.', 'corporal'], ['Pvt.', 'private'],
  ['Lt. Cmdr.', 'lieutenant commander'], ['Supt.', 'superintendent'], ['Insp.', 'inspector'],
  ['Det.', 'detective'], ['Atty. Gen.', 'attorney general'], ['Atty.', 'attorney'], ['Sgt. Maj.', 'sergeant major'],
  ['Gov. Gen.', 'governor general'], ['Cllr.', 'councillor'], ['Cllr', 'councillor'], ['Ald.', 'alderman'],
  ['Supt', 'superintendent'], ['Insp', 'inspector'], ['Gen', 'general'], ['Lt', 'lieutenant'],
  ['Col', 'colonel'], ['Maj', 'major'], ['Capt', 'captain'], ['Sgt', 'sergeant'], ['Cmdr', 'commander'],
  ['FM', 'foreign minister'], ['PM', 'prime minister'], ['DPM', 'deputy prime minister'],
  ['VP', 'vice president'], ['CEO', 'chief executive officer'], ['CFO', 'chief financial officer'],
  ['COO', 'chief operating officer'], ['CTO', 'chief technology officer'], ['MD', 'managing director'],
  ['MP', 'member of parliament'], ['MPs', 'member of parliament'], ['MEP', 'member of the european parliament'],
  ['MSP', 'member of the scottish parliament'], ['AG', 'attorney general'], ['DG', 'director general'],
  ['SG', 'secretary general'], ['UNSG', 'secretary general'],
]);

/** Honorifics and forms of address: not offices, but never part of a name. */
export const HONORIFICS: readonly string[] = [
  'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Mx.', 'Dr.', 'Dr', 'Prof.', 'Prof', 'Professor',
  'Sir', 'Dame', 'Lord', 'Lady', 'Baron', 'Baroness', 'Comrade', 'Marshal', 'Rev.', 'Rev', 'Reverend',
  'Fr.', 'Father', 'Sister', 'Brother', 'Msgr.', 'Sheikh', 'Sheik', 'Sheikha', 'Shaikh', 'Haji', 'Hajj',
  'Mullah', 'Maulana', 'Imam', 'Ayatollah', 'Rabbi', 'Pastor', 'Bishop', 'Cardinal', 'Elder',
  'His Excellency', 'Her Excellency', 'H.E.', 'HE', 'His Majesty', 'Her Majesty', 'His Holiness',
  'His Highness', 'Her Highness', 'HRH', 'Hon.', 'Honorable', 'Honourable', 'Rt. Hon.',
  'Datuk', "Dato'", 'Dato', 'Datin', 'Tan Sri', 'Puan Sri', 'Tun', 'Pehin', 'Pengiran',
  // Malaysian and Bruneian honorifics, often stacked: `Minister Datuk Seri Dr X`, `Tan Sri Dato' X`
  'Datuk Seri', "Dato' Seri", 'Dato Seri', "Dato' Sri", 'Dato Sri', 'Datuk Sri', 'Datin Seri', 'Datin Paduka',
  'Dato Paduka', "Dato' Paduka", 'Datuk Patinggi', 'Toh Puan', 'Puan', 'Yang Berhormat', 'Yang Amat Berhormat',
  'Pehin Orang Kaya', 'Pehin Datu', 'Hajjah', 'Hajah', 'Hj.', 'Hj', 'Ir.', 'Ir', 'Engr.', 'Engr', 'Alhaji',
  'Alhaja', 'Ustaz', 'Ustazah', 'Drs.', 'Dra.',
  'Begum', 'Shri', 'Sri', 'Smt.', 'Shrimati', 'Herr', 'Frau', 'Monsieur', 'Madame', 'Mme', 'Mme.',
  'Senor', 'Señor', 'Senora', 'Señora', 'Don', 'Dona', 'Doña', 'Signor', 'Signora', 'Mister', 'Madam',
];

/** Office words that, written before a capitalised name, are read as a title: `President X`. */
export const PRE_NAME_TITLE_WORDS: readonly string[] = [
  'president', 'premier', 'minister', 'secretary', 'chairman', 'chairwoman', 'chair', 'director',
  'governor', 'senator', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'mayor',
  'chancellor', 'commissioner', 'chief', 'commander', 'general', 'admiral', 'colonel', 'major',
  'captain', 'lieutenant', 'sergeant', 'marshal', 'king', 'queen', 'prince', 'princess', 'emperor',
  'empress', 'sultan', 'emir', 'sheikh', 'pope', 'cardinal', 'archbishop', 'bishop', 'imam',
  'ayatollah', 'rabbi', 'patriarch', 'speaker', 'judge', 'justice', 'prosecutor', 'vice', 'deputy',
  'representative', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'councillor',
  'councilor', 'coach', 'inspector', 'superintendent', 'sheriff', 'leader', 'head', 'counselor',
  'counsellor', 'consul', 'taoiseach', 'professor', 'advocate', 'barrister', 'counsel', 'undersecretary',
];

/** Every office word or phrase, lower case, for membership tests. */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([...OFFICES, ...MULTIWORD_OFFICES]);

/** Every word that may appear inside a title before a name (lower case), for tokenising matchers. */
export const TITLE_TOKENS: ReadonlySet<string> = new Set(
  [...OFFICES, ...MULTIWORD_OFFICES, ...QUALIFIERS].flatMap((w) => w.split(/[\s]+/)),
);

/**
 * Honorifics of more than one word, as lower-case words without periods or apostrophes
 * (`['datuk', 'seri']`, `['tan', 'sri']`, `['his', 'excellency']`), longest first: a name
 * matcher strips them word by word (`Seri` alone is no honorific: `Bandar Seri Begawan`).
 */
export const MULTIWORD_HONORIFICS: readonly (readonly string[])[] = HONORIFICS.filter((h) => h.includes(' '))
  .map((h) => h.toLowerCase().replace(/[.'\u2019]/g, '').split(' '))
  .sort((a, b) => b.length - a.length);

/** Honorifics normalised: lower case, no period. */
export const HONORIFIC_WORDS: ReadonlySet<string> = new Set(HONORIFICS.map((h) => h.toLowerCase().replace(/\.$/, '')));

/** True when `word` (any case, with or without its final period) is a title word or honorific. */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return TITLE_TOKENS.has(w) || HONORIFIC_WORDS.has(w) || TITLE_ABBREVIATIONS.has(word) || TITLE_ABBREVIATIONS.has(`${word}.`);
}
