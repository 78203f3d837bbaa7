// The output of newsparse: one zod schema is the source of the TypeScript types
// (z.infer), of the validation every record passes before it is written, and of the
// published JSON Schema (`newsparse schema`). Field names are a contract read by
// ../shared/eval/score.mjs and by users' jq filters: rename nothing without a major
// schemaVersion bump.
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0.0';

const offset = z.number().int().nonnegative();

/** Half-open character range [start, end) in the decoded input (UTF-16 code units). */
export const Span = z
  .object({ start: offset, end: offset })
  .meta({ description: 'Half-open [start, end) offsets into the decoded input text, in UTF-16 code units; input.slice(start, end) is the value as written.' });

const rule = z.string().meta({ description: 'Id of the rule that produced this value, e.g. "appositive-title".' });
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({ description: 'ISO 8601 calendar date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY).' });

/** A piece of the input kept as written, with where it came from. */
export const TextSpan = z.object({ text: z.string(), span: Span });

export const Warning = z
  .object({
    code: z.string().meta({ description: 'Stable machine-readable code, e.g. "no-dateline", "invalid-utf8".' }),
    message: z.string(),
    span: Span.optional(),
  })
  .meta({ description: 'Something odd about the input; never fatal.' });

export const Source = z.object({
  path: z.string().nullable().meta({ description: 'Input path as given on the command line, "-" for stdin, or the id of an --ndjson-in record; null when parsed from a string.' }),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be']),
  bom: z.boolean(),
});

export const Byline = z.object({
  name: z.string().meta({ description: 'Person named in the byline, normal case.' }),
  span: Span,
  affiliation: z.string().nullable().meta({ description: 'Agency or role line, e.g. "Associated Press Writer".' }),
});

export const Advisory = z.object({
  kind: z.enum(['editors-note', 'writethru', 'priority', 'update', 'correction', 'media', 'code', 'other']),
  text: z.string(),
  span: Span,
});

export const Header = z.object({
  headline: z.string().nullable().meta({ description: 'Headline cleaned of wire codes, markup, prefixes and advisories.' }),
  headlineSpan: Span.nullable().meta({ description: 'Where the cleaned headline stands in the input.' }),
  date: isoDate.nullable().meta({ description: 'Release date from the header line, source line or document id.' }),
  dateSpan: Span.nullable(),
  agency: z.string().nullable().meta({ description: 'Agency named in the header or source line, short form.' }),
  agencySpan: Span.nullable(),
  documentId: TextSpan.nullable(),
  slug: TextSpan.nullable(),
  bylines: z.array(Byline),
  advisories: z.array(Advisory),
});

export const Dateline = z.object({
  text: z.string().meta({ description: 'The dateline as written, e.g. "PYONGYANG, April 11 (Xinhua) --".' }),
  span: Span,
  location: z.string().nullable().meta({ description: 'City in normal case: "Dar es Salaam".' }),
  locationSpan: Span.nullable(),
  region: z.string().nullable().meta({ description: 'State or country written after the city.' }),
  regionSpan: Span.nullable(),
  date: isoDate.nullable(),
  dateSpan: Span.nullable(),
  agency: z.string().nullable().meta({ description: 'Agency short form as written: Xinhua, AP, Reuters, AFP, KCNA, TASS, Kyodo…' }),
  agencySpan: Span.nullable(),
});

export const Paragraph = z.object({ text: z.string(), span: Span });

export const Caption = z.object({
  text: z.string(),
  span: Span,
  credit: z
    .object({
      text: z.string(),
      span: Span,
      agency: z.string().nullable(),
      photographer: z.string().nullable(),
    })
    .nullable(),
});

export const TrailerName = z.object({ name: z.string(), role: z.string(), span: Span });

export const Trailer = z.object({
  kind: z.enum(['end-mark', 'sign-off', 'credit', 'copyright', 'transmission', 'contributor', 'source', 'editor', 'other']),
  text: z.string(),
  span: Span,
  names: z.array(TrailerName).meta({ description: 'People named in reporting, editing or contributor credits.' }),
});

// ---- entities -------------------------------------------------------------------------

export const Mention = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  form: z
    .string()
    .meta({ description: 'How the entity is named here: full, family, given, title+family, acronym, demonym, …' }),
  rule,
});

export const Title = z.object({
  text: z.string().meta({ description: "The title in the story's words." }),
  role: z.string().nullable().meta({ description: 'The office word: president, chairman, minister…' }),
  organization: z.string().nullable(),
  country: z.string().nullable(),
  span: Span,
  rule,
});

export const NameParts = z.object({
  given: z.string().nullable(),
  family: z.string().nullable(),
  order: z.enum(['given-first', 'family-first']),
});

export const Person = z.object({
  id: z.string(),
  name: z.string().meta({ description: 'Fullest form in the story, normal case, no honorific or title.' }),
  nameParts: NameParts,
  aliases: z.array(z.string()),
  titles: z.array(Title),
  roles: z.array(z.string()).meta({ description: 'Where the person appears: byline, photographer, reporter, editor, speaker, …' }),
  mentions: z.array(Mention),
});

export const Organization = z.object({
  id: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  aliases: z.array(z.string()),
  kind: z.enum([
    'government', 'party', 'legislature', 'military', 'company', 'international', 'news-agency',
    'court', 'education', 'media', 'sports', 'religious', 'ngo', 'other',
  ]),
  mentions: z.array(Mention),
});

export const Location = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['city', 'country', 'region', 'continent', 'landmark', 'other']),
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
  demonyms: z
    .array(Mention)
    .meta({ description: 'Adjectives and nouns of the place that are not its name (Chinese -> China), kept apart from name mentions.' }),
});

// ---- events -----------------------------------------------------------------------------

export const DateMention = z.object({
  text: z.string(),
  value: isoDate.nullable().meta({ description: 'Resolved calendar date, month or year; null when it cannot be resolved.' }),
  span: Span,
  rule,
});

export const Agreement = z.object({
  id: z.string(),
  kind: z.string().meta({ description: 'agreement, treaty, memorandum of understanding, accord, protocol, contract, deal, cooperation documents…' }),
  status: z.enum(['signed', 'reached', 'initialed', 'concluded', 'ratified', 'proposed', 'negotiating', 'mentioned']),
  text: z.string(),
  span: Span,
  topics: z.array(TextSpan),
  parties: z.array(z.string()).meta({ description: 'Ids of locations (countries) or organizations.' }),
  signatories: z.array(z.string()).meta({ description: 'Person ids.' }),
  witnesses: z.array(z.string()).meta({ description: 'Person ids.' }),
  date: isoDate.nullable(),
  location: z.string().nullable().meta({ description: 'Place name where it was signed.' }),
  rule,
});

export const Event = z.object({
  id: z.string(),
  type: z.enum(['meeting', 'talks', 'visit', 'signing', 'statement', 'other']),
  cameo: z.string().nullable().meta({ description: 'CAMEO event code: 040 consult, 042 make a visit, 043 host a visit, 057 sign formal agreement.' }),
  text: z.string(),
  span: Span,
  participants: z.array(z.string()).meta({ description: 'Ids of the people, organizations or places (countries acting as parties) taking part.' }),
  date: isoDate.nullable(),
  location: z.string().nullable(),
  rule,
});

export const Quote = z.object({
  speaker: z.string().nullable().meta({ description: 'Person or organization id, or null.' }),
  speakerText: z.string().nullable(),
  cue: z.string().meta({ description: 'The reporting verb: said, told, noted…' }),
  text: z.string(),
  span: Span,
  direct: z.boolean(),
  rule,
});

export const Story = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: Source,
    header: Header,
    dateline: Dateline.nullable(),
    body: z.array(Paragraph),
    bullets: z.array(Paragraph),
    captions: z.array(Caption),
    trailers: z.array(Trailer),
    people: z.array(Person),
    organizations: z.array(Organization),
    locations: z.array(Location),
    agreements: z.array(Agreement),
    quotes: z.array(Quote),
    events: z.array(Event),
    dates: z.array(DateMention),
    warnings: z.array(Warning),
  })
  .meta({ title: 'newsparse story', description: 'One news-agency wire story, split into its parts, with what it says; every value keeps its span.' });

export type Span = z.infer<typeof Span>;
export type TextSpan = z.infer<typeof TextSpan>;
export type Warning = z.infer<typeof Warning>;
export type Source = z.infer<typeof Source>;
export type Byline = z.infer<typeof Byline>;
export type Advisory = z.infer<typeof Advisory>;
export type Header = z.infer<typeof Header>;
export type Dateline = z.infer<typeof Dateline>;
export type Paragraph = z.infer<typeof Paragraph>;
export type Caption = z.infer<typeof Caption>;
export type Trailer = z.infer<typeof Trailer>;
export type TrailerName = z.infer<typeof TrailerName>;
export type Mention = z.infer<typeof Mention>;
export type Title = z.infer<typeof Title>;
export type NameParts = z.infer<typeof NameParts>;
export type Person = z.infer<typeof Person>;
export type Organization = z.infer<typeof Organization>;
export type Location = z.infer<typeof Location>;
export type DateMention = z.infer<typeof DateMention>;
export type Agreement = z.infer<typeof Agreement>;
export type Event = z.infer<typeof Event>;
export type Quote = z.infer<typeof Quote>;
export type Story = z.infer<typeof Story>;
