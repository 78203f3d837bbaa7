// News agencies as wire copy names them. Data only: the short form newsparse reports
// (`short`), every way it is written in datelines, credits and sign-offs (`written`,
// matched without regard to case), full names, and the prefixes of LDC/Gigaword document
// ids (`XIE19990313.0229` -> Xinhua).

export interface AgencyEntry {
  /** The short form reported in `dateline.agency` / `header.agency`. */
  short: string;
  /** Forms seen in datelines, photo credits and sign-offs. */
  written: string[];
  /** Full names, as in bylines and source lines. */
  full: string[];
  /** Document-id prefixes (`XIE`, `APW`, `AFP_ENG_`). */
  docPrefixes?: string[];
  /** Numeric dates in its code lines are day first (`PA 23/04/99`, `MENA 11-02-89`, `::IRNA 12/08/97`). */
  dayFirst?: boolean;
  /** Web hosts of its own sites, as source lines name them (`English.news.cn | 2015-08-21 …`); subdomains match too. */
  sites?: string[];
}

export const AGENCIES: readonly AgencyEntry[] = [
  { short: 'Xinhua', written: ['Xinhua', 'Xinhuanet', 'XINHUA'], full: ['Xinhua News Agency', 'Xinhua News', 'Xinhua General News Service', 'Xinhua General Overseas News Service', 'Xinhua Economic News Service'], docPrefixes: ['XIE', 'XIN'], sites: ['xinhuanet.com', 'news.cn', 'xinhua.org', 'xinhuanet.cn'] },
  { short: 'AP', written: ['AP', 'AP Photo'], full: ['Associated Press', 'The Associated Press', 'Associated Press Worldstream', 'AP Worldstream', 'AP Online', 'Associated Press Online', 'Associated Press International', 'The Associated Press State & Local Wire'], docPrefixes: ['APW', 'APE'], sites: ['apnews.com', 'ap.org'] },
  { short: 'Reuters', written: ['Reuters', 'Reuter', 'REUTERS'], full: ['Thomson Reuters', 'Reuters News', 'Reuters Limited', 'Reuters Business Report', 'Reuters Financial Service', 'Reuters World Service'], sites: ['reuters.com'] },
  { short: 'AFP', written: ['AFP', 'AFP PHOTO', 'AFP Photo'], full: ['Agence France-Presse', 'Agence France Presse'], docPrefixes: ['AFP', 'AFE'], sites: ['afp.com'] },
  { short: 'KCNA', written: ['KCNA'], full: ['Korean Central News Agency', 'Korean Central News Agency of DPRK', 'Korean Central News Agency of Korea'], sites: ['kcna.kp'] },
  { short: 'TASS', written: ['TASS', 'Tass'], full: ['TASS Russian News Agency', 'TASS World Service'], sites: ['tass.com', 'tass.ru'] },
  // the agency's name 1992-2014, written so in datelines of those years: `MOSCOW, April 3 (Itar-Tass) --`
  { short: 'ITAR-TASS', written: ['ITAR-TASS', 'Itar-Tass', 'ITAR TASS'], full: ['Information Telegraph Agency of Russia', 'ITAR-TASS News Agency', 'ITAR-TASS World Service'] },
  { short: 'Kyodo', written: ['Kyodo', 'Kyodo News'], full: ['Kyodo News', 'Kyodo News Service', 'Kyodo News International', 'Japan Economic Newswire'], sites: ['kyodonews.net', 'kyodonews.jp'] },
  // Press releases carried by Kyodo's PR wire: `/Kyodo JBN-AsiaNet/`. One short form for all.
  { short: 'Kyodo JBN-AsiaNet', written: ['Kyodo JBN-AsiaNet', 'Kyodo JBN', 'JBN-AsiaNet'], full: ['Kyodo JBN-AsiaNet'] },
  { short: 'PRNewswire', written: ['PRNewswire', 'PR Newswire', 'PRNewswire-AsiaNet', 'PRNewswire-FirstCall', 'PRNewswire-Xinhua'], full: ['PR Newswire'] },
  { short: 'Business Wire', written: ['BUSINESS WIRE', 'Business Wire'], full: ['Business Wire'] },
  { short: 'GLOBE NEWSWIRE', written: ['GLOBE NEWSWIRE', 'GlobeNewswire'], full: ['GlobeNewswire'] },
  { short: 'Yonhap', written: ['Yonhap'], full: ['Yonhap News Agency', 'Yonhap News', 'Yonhap English News'], sites: ['yna.co.kr', 'yonhapnews.co.kr'] },
  { short: 'ANSA', written: ['ANSA'], full: ['Agenzia Nazionale Stampa Associata', 'ANSA English Media Service'], sites: ['ansa.it'] },
  { short: 'UPI', written: ['UPI'], full: ['United Press International', 'UPI NewsTrack'], sites: ['upi.com'] },
  { short: 'PTI', written: ['PTI'], full: ['Press Trust of India', 'The Press Trust of India'], sites: ['ptinews.com'] },
  { short: 'IANS', written: ['IANS'], full: ['Indo-Asian News Service'] },
  { short: 'Bernama', written: ['Bernama'], full: ['Malaysian National News Agency', 'Bernama Daily Malaysian News', 'BERNAMA'], sites: ['bernama.com'] },
  { short: 'dpa', written: ['dpa', 'DPA'], full: ['Deutsche Presse-Agentur', 'Deutsche Presse Agentur', 'dpa International Service in English', 'DPA International'], sites: ['dpa.com', 'dpa-international.com'] },
  { short: 'EFE', written: ['EFE'], full: ['Agencia EFE', 'EFE News Service', 'Spanish Newswire Services'], sites: ['efe.com'] },
  { short: 'AA', written: ['AA'], full: ['Anadolu Agency', 'Anadolu Ajansi'], sites: ['aa.com.tr'] },
  { short: 'Interfax', written: ['Interfax'], full: ['Interfax News Agency', 'Interfax Information Services'], sites: ['interfax.com', 'interfax.ru'] },
  { short: 'RIA Novosti', written: ['RIA Novosti', 'RIA'], full: ['RIA Novosti'], sites: ['ria.ru'] },
  { short: 'Sputnik', written: ['Sputnik'], full: ['Sputnik News'], sites: ['sputniknews.com'] },
  { short: 'Antara', written: ['Antara', 'ANTARA'], full: ['Antara News Agency'], sites: ['antaranews.com'] },
  { short: 'VNA', written: ['VNA'], full: ['Vietnam News Agency'], sites: ['vnanet.vn'] },
  { short: 'KUNA', written: ['KUNA'], full: ['Kuwait News Agency'], sites: ['kuna.net.kw'] },
  { short: 'IRNA', written: ['IRNA'], full: ['Islamic Republic News Agency'], dayFirst: true, sites: ['irna.ir'] },
  { short: 'APS', written: ['APS'], full: ['Algérie Presse Service', 'Algerie Presse Service', 'Algeria Press Service'], dayFirst: true, sites: ['aps.dz'] },
  { short: 'WAM', written: ['WAM'], full: ['Emirates News Agency'], sites: ['wam.ae'] },
  { short: 'SPA', written: ['SPA'], full: ['Saudi Press Agency'], sites: ['spa.gov.sa'] },
  { short: 'QNA', written: ['QNA'], full: ['Qatar News Agency'], sites: ['qna.org.qa'] },
  { short: 'MENA', written: ['MENA'], full: ['Middle East News Agency'], dayFirst: true, sites: ['mena.org.eg'] },
  { short: 'APP', written: ['APP'], full: ['Associated Press of Pakistan'] },
  { short: 'BSS', written: ['BSS'], full: ['Bangladesh Sangbad Sangstha'] },
  { short: 'PNA', written: ['PNA'], full: ['Philippine News Agency'], sites: ['pna.gov.ph'] },
  { short: 'CNA', written: ['CNA'], full: ['Central News Agency'], sites: ['focustaiwan.tw'] },
  { short: 'Prensa Latina', written: ['Prensa Latina', 'PL'], full: ['Prensa Latina'], sites: ['prensa-latina.cu', 'plenglish.com'] },
  { short: 'CP', written: ['CP'], full: ['The Canadian Press', 'Canadian Press'] },
  { short: 'AAP', written: ['AAP'], full: ['Australian Associated Press'], dayFirst: true },
  { short: 'PA', written: ['PA', 'PA News'], full: ['Press Association', 'PA Media', 'PA News'], dayFirst: true },
  { short: 'NZPA', written: ['NZPA'], full: ['New Zealand Press Association'], dayFirst: true },
  { short: 'MTI', written: ['MTI'], full: ['Hungarian News Agency'] },
  { short: 'CTK', written: ['CTK'], full: ['Czech News Agency'] },
  { short: 'PAP', written: ['PAP'], full: ['Polish Press Agency'] },
  { short: 'BTA', written: ['BTA'], full: ['Bulgarian News Agency'] },
  { short: 'Ukrinform', written: ['Ukrinform'], full: ['Ukrinform'] },
  { short: 'Belga', written: ['Belga'], full: ['Belga News Agency'] },
  { short: 'APA', written: ['APA'], full: ['Austria Presse Agentur'] },
  { short: 'SDA', written: ['SDA'], full: ['Swiss News Agency'] },
  { short: 'Notimex', written: ['Notimex'], full: ['Notimex'] },
  { short: 'NNA', written: ['NNA'], full: ['National News Agency'] },
  { short: 'SANA', written: ['SANA'], full: ['Syrian Arab News Agency'] },
  { short: 'Petra', written: ['Petra'], full: ['Jordan News Agency'] },
  { short: 'Bloomberg', written: ['Bloomberg'], full: ['Bloomberg News'], sites: ['bloomberg.com'] },
  { short: 'NYT', written: ['NYT'], full: ['The New York Times', 'New York Times News Service'], docPrefixes: ['NYT'] },
  { short: 'LTW', written: ['LTW'], full: ['Los Angeles Times-Washington Post News Service'], docPrefixes: ['LTW'] },
  { short: 'CNS', written: ['CNS'], full: ['China News Service'] },
  { short: 'IPS', written: ['IPS'], full: ['Inter Press Service', 'IPS-Inter Press Service'] },
  // photo agencies, seen in credits: `EPA/JANE DOE`, `EPA-EFE/Jane Doe`, `Getty Images/Jane Doe`
  { short: 'EPA', written: ['EPA', 'EPA-EFE'], full: ['European Pressphoto Agency'] },
  { short: 'Getty Images', written: ['Getty Images', 'GETTY IMAGES'], full: [] },
  { short: 'Jiji', written: ['Jiji', 'Jiji Press'], full: ['Jiji Press'], sites: ['jiji.com'] },
];

const BY_NAME: ReadonlyMap<string, AgencyEntry> = new Map(
  AGENCIES.flatMap((a) => [...a.written, ...a.full, a.short].map((w) => [w.toLowerCase(), a] as const)),
);

// JavaScript's \s, by character code
export const isSpace = (k: number): boolean => k === 32 || (k >= 9 && k <= 13) || k === 0xa0 || k === 0x1680
  || (k >= 0x2000 && k <= 0x200a) || k === 0x2028 || k === 0x2029 || k === 0x202f || k === 0x205f || k === 0x3000 || k === 0xfeff;
let maxName = 0;
for (const k of BY_NAME.keys()) maxName = Math.max(maxName, k.length);

/** Whether `written` has more characters other than spaces than any name holds: trimming and
 *  collapsing spaces keep them all, and lower case never shortens a character (checked over
 *  every code point). */
function tooLongForName(written: string): boolean {
  if (written.length <= maxName) return false;
  let n = 0;
  for (let i = 0; i < written.length; i++) if (!isSpace(written.charCodeAt(i)) && ++n > maxName) return true;
  return false;
}

/** The agency a written form names (`REUTERS`, `Reuter`, `Associated Press`), or undefined. */
export const agencyByName = (written: string): AgencyEntry | undefined =>
  // most callers pass whole lines: those longer than any name are no name, with no string built
  tooLongForName(written) ? undefined : BY_NAME.get(written.trim().replace(/\s+/g, ' ').toLowerCase());

const BY_SITE: ReadonlyMap<string, AgencyEntry> = new Map(AGENCIES.flatMap((a) => (a.sites ?? []).map((h) => [h, a] as const)));

/** The agency whose site a web host is (`English.news.cn`, `www.xinhuanet.com` -> Xinhua), or undefined. */
export function agencyBySite(host: string): AgencyEntry | undefined {
  const labels = host.trim().toLowerCase().split('.');
  // english.news.cn -> news.cn: the host itself, then each parent domain of two labels or more
  for (let k = 0; k + 2 <= labels.length; k++) {
    const a = BY_SITE.get(labels.slice(k).join('.'));
    if (a) return a;
  }
  return undefined;
}

/** The agency of a document-id prefix (`XIE`, `APW`), or undefined. */
export function agencyByDocPrefix(prefix: string): AgencyEntry | undefined {
  const p = prefix.toUpperCase();
  return AGENCIES.find((a) => a.docPrefixes?.includes(p));
}

/** Every written form of every agency, longest first (for credits such as `EFE/Karim Benali`). */
export const AGENCY_FORMS: readonly string[] = [...new Set(AGENCIES.flatMap((a) => [a.short, ...a.written, ...a.full]))].sort((a, b) => b.length - a.length);

/** Agencies that close a story with desk or reporter codes: `PTI ACB ZMN`, `dpa hb ts`. */
export const DESK_CODE_AGENCIES = ['PTI', 'IANS', 'UNI', 'ANI', 'dpa', 'DPA', 'EFE', 'ANSA', 'APA', 'KUNA', 'WAM', 'BSS', 'APP'];

/** Agency roles written after a byline: `Associated Press Writer`, `Reuters Correspondent`. */
export const BYLINE_AFFILIATION_WORDS = [
  'writer', 'writers', 'correspondent', 'correspondents', 'reporter', 'reporters', 'editor', 'staff',
  'business writer', 'sports writer', 'science writer', 'medical writer', 'political writer', 'diplomatic writer',
  'economics writer', 'special correspondent', 'military writer', 'entertainment writer', 'religion writer',
];
