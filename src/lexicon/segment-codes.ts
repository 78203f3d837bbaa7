// Wire codes, prefixes and advisory words that segmentation recognises. Data only; the
// rules in src/segment/ build their patterns from these lists.

/** Headline prefixes dropped from the headline: `UPDATE 1-`, `REFILE-`, `URGENT:`. */
export const HEADLINE_PREFIX_WORDS = [
  'UPDATE', 'REFILE', 'CORRECTED', 'CORRECTION', 'URGENT', 'PRECIOUS', 'RPT', 'REPEAT', 'WRAPUP', 'BULLETIN', 'FLASH',
  'BREAKING', 'BREAKINGVIEWS', 'EXCLUSIVE', 'ANALYSIS', 'FACTBOX', 'TIMELINE', 'INSTANT VIEW', 'NEWSMAKER', 'PREVIEW',
  'INTERVIEW', 'SPECIAL REPORT', 'FEATURE', 'WRITETHRU', 'ADVISORY', 'CORRECTS', 'RECASTS', 'UPDATES', 'ALERT',
  'GLOBAL MARKETS', 'FOREX', 'METALS', 'OIL', 'GRAINS', 'SOFTS', 'EMERGING MARKETS', 'STOCKS', 'BONDS',
];

/** First words of a parenthesised advisory after a headline: `(pictures)`, `(ADDS details)`. */
export const HEADLINE_ADVISORY_WORDS = [
  'picture', 'pictures', 'photo', 'photos', 'video', 'graphic', 'graphics', 'adds', 'add', 'changes', 'updates', 'update',
  'recasts', 'recast', 'rewrites', 'refiles', 'refile', 'corrects', 'correct', 'corrected', 'writes', 'wraps', 'wrap',
  'repeats', 'fixes', 'new', 'official', 'urgent', 'edits', 'inserts', 'trims', 'moves', 'previously', 'versions',
  'eds', 'for', 'with', 'subs', 'clarifies', 'tops', 'resends', 'expands', 'combines', 'upgrades', 'changing', 'adding',
];

/** Priority marks standing alone on a line. */
export const PRIORITY_WORDS = ['URGENT', 'BULLETIN', 'FLASH', 'ALERT', 'ADVISORY', 'BREAKING NEWS', 'PRIORITY'];

/** Lower-case words kept lower case inside a place name written in capitals: DAR ES SALAAM -> Dar es Salaam. */
export const PLACE_SMALL_WORDS = [
  'es', 'de', 'del', 'la', 'las', 'los', 'el', 'al', 'da', 'das', 'do', 'dos', 'du', 'di', 'of', 'the', 'upon', 'on',
  'sur', 'am', 'an', 'der', 'den', 'y', 'en', 'im', 'le', 'les', 'op', 'aan', 'bin', 'ul',
];

/** Words that start a line but can never be a dateline city. */
export const NOT_A_CITY = [
  'By', 'The', 'A', 'An', 'In', 'On', 'At', 'For', 'From', 'Photo', 'Eds', 'Editor', 'Editors', 'Source', 'Copyright',
  'Reporting', 'Writing', 'Editing', 'Additional', 'Update', 'Urgent', 'But', 'And', 'He', 'She', 'It', 'They', 'We',
  'This', 'That', 'FILE', 'File', 'ATTENTION', 'Attention', 'PHOTO', 'NOTE', 'Note', 'UPDATE', 'CORRECTION', 'EDS', 'BY', 'Last', 'Next', 'Early', 'Late', 'Since', 'Until', 'After', 'Before', 'During', 'When', 'While',
];

/** SGML tags that only hold other parts (Reuters-21578, LDC Gigaword / TDT): their text is read on. */
export const SGML_CONTAINER_TAGS = ['REUTERS', 'DOC', 'DOCUMENT', 'TEXT', 'BODY', 'P', 'STORY', 'ARTICLE', 'NEWSITEM'];
/** SGML fields holding the headline (LDC's `<HEADER>` holds a slug: `MENA-0042 EGYPT-SUDAN-NILE`, metadata). */
export const SGML_HEADLINE_TAGS = ['HEADLINE', 'TITLE', 'HL', 'HEAD'];
/** SGML fields holding the dateline. */
export const SGML_DATELINE_TAGS = ['DATELINE', 'DL'];
/** SGML fields holding the release date. */
export const SGML_DATE_TAGS = ['DATE', 'DATE_TIME', 'DATETIME', 'STORY_DATE', 'PUBDATE', 'DD'];
/** SGML fields holding the byline. */
export const SGML_BYLINE_TAGS = ['AUTHOR', 'BYLINE', 'BY'];

/**
 * Field names of LexisNexis exports (`LENGTH: 412 words`, `LOAD-DATE: May 14, 1998`): metadata,
 * above and below the story. HEADLINE, BYLINE, DATELINE and BODY carry parts and are read as such.
 */
export const NEXIS_FIELDS = [
  'SECTION', 'LENGTH', 'BYLINE', 'DATELINE', 'HEADLINE', 'BODY', 'LOAD-DATE', 'LANGUAGE', 'PUBLICATION-TYPE', 'GRAPHIC',
  'TYPE', 'DOCUMENT-TYPE', 'JOURNAL-CODE', 'ACC-NO', 'DISTRIBUTION', 'HIGHLIGHT', 'NOTES', 'SUBJECT', 'ORGANIZATION',
  'PERSON', 'GEOGRAPHIC', 'CITY', 'STATE', 'COUNTRY', 'INDUSTRY', 'TICKER', 'CORRECTION-DATE', 'CORRECTION', 'URL',
  'COLUMN', 'SERIES', 'EDITION', 'SOURCE', 'LENGTH', 'PUBLICATION', 'COMPANY', 'SERIAL-NUMBER', 'ORIGINAL-SOURCE',
  'CATEGORY', 'DESCRIPTORS', 'PHOTO', 'CAPTION', 'DOC-ID', 'NEWS-SOURCE',
];

/** Time zones after a time in date lines: `3:41 PM GMT`, `08:00 AM Eastern Daylight Time`, `19:40 IST`. */
export const TIME_ZONES = [
  'GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'BST', 'CET', 'CEST', 'IST', 'JST', 'KST', 'BJT',
  'HKT', 'SGT', 'AEST', 'AEDT', 'MSK', 'WIB', 'PHT', 'ET', 'PT', 'CT', 'Z',
  'Eastern Daylight Time', 'Eastern Standard Time', 'Pacific Daylight Time', 'Pacific Standard Time',
  'Central Daylight Time', 'Central Standard Time', 'Mountain Daylight Time', 'Mountain Standard Time',
  'Eastern Time', 'Pacific Time', 'Central European Time', 'British Summer Time', 'Greenwich Mean Time',
];

/**
 * Field codes of Factiva's field-code export (`HD`, `WC 389 words`, `PD 8 June 2004`, `LP`, `TD`,
 * `AN Document …`): metadata on their own lines, read only once the layout is recognised.
 */
export const FACTIVA_TOP_CODES = ['HD', 'BY', 'CR', 'WC', 'PD', 'ET', 'SN', 'SC', 'ED', 'PG', 'VOL', 'LA', 'CY', 'SE', 'CLM', 'ART', 'RF'];
/** Factiva codes that mark where the lead paragraphs (`LP`) and the rest of the text (`TD`) start. */
export const FACTIVA_TEXT_CODES = ['LP', 'TD'];
/** Factiva codes after the text: companies, industries, subjects, regions, publisher, accession number. */
export const FACTIVA_TAIL_CODES = ['CO', 'IN', 'NS', 'RE', 'IPD', 'IPC', 'PUB', 'AN', 'RST'];
/** Languages named alone on a line of an export's metadata block (`English`, `ENGLISH`). */
export const EXPORT_LANGUAGES = ['English', 'French', 'Spanish', 'German', 'Russian', 'Arabic', 'Chinese', 'Portuguese', 'Italian', 'Japanese'];
