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
