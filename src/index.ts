// newsparse's public API: a pure function from a story's text to its structured record.
// No file system, process, console or colour here: the CLI is a thin shell around this.
import { createHash } from 'node:crypto';
import type { Context, ParseOptions } from './context.js';
import { STAGES } from './pipeline.js';
import { Story, SCHEMA_VERSION } from './schema/story.js';
import { splitLines } from './text/lines.js';
import { decode, BinaryInputError } from './text/decode.js';

export type { ParseOptions } from './context.js';
export * from './schema/story.js';
export { decode, BinaryInputError } from './text/decode.js';
export { storyJsonSchema } from './schema/json-schema.js';

// zod's compiled fast path for the schema costs ~7 ms to generate and pays back only over
// many records; `newsparse extract one.txt` validates one. The first records of a process
// are checked without it (same checks, same result), later ones with it.
const INTERPRETED_VALIDATIONS = 8;
let validations = 0;

/** Thrown when a record fails its own schema: a bug in newsparse, never in the input. */
export class InvalidRecordError extends Error {}

function emptyStory(text: string, options: ParseOptions): Story {
  const src = options.source ?? {};
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: options.path ?? src.path ?? null,
      bytes: src.bytes ?? Buffer.byteLength(text, 'utf8'),
      sha256: src.sha256 ?? createHash('sha256').update(text, 'utf8').digest('hex'),
      encoding: src.encoding ?? 'utf-8',
      bom: src.bom ?? false,
    },
    header: {
      headline: null, headlineSpan: null, date: null, dateSpan: null, agency: null, agencySpan: null,
      documentId: null, slug: null, bylines: [], advisories: [],
    },
    dateline: null,
    body: [], bullets: [], captions: [], trailers: [],
    people: [], organizations: [], locations: [],
    agreements: [], quotes: [], events: [], dates: [],
    warnings: [...(options.warnings ?? [])],
  };
}

/**
 * Parses one wire story. Never throws for anything in the text: problems become
 * `warnings`. Every span in the result indexes `text` as given.
 */
export function parseStory(text: string, options: ParseOptions = {}): Story {
  const ctx: Context = {
    text,
    options,
    lines: splitLines(text),
    story: emptyStory(text, options),
    regions: [],
    scratch: new Map(),
  };
  for (const stage of STAGES) {
    try {
      stage.run(ctx);
    } catch (err) {
      // A rule that trips over odd input must not lose the rest of the story.
      ctx.story.warnings.push({ code: 'internal-error', message: `stage ${stage.name} failed: ${(err as Error).message}` });
    }
  }
  const checked = Story.safeParse(ctx.story, { jitless: validations++ < INTERPRETED_VALIDATIONS });
  if (!checked.success) throw new InvalidRecordError(`record fails the newsparse schema: ${checked.error.message}`);
  return checked.data;
}

/** Decodes raw bytes (BOM, UTF-16, invalid UTF-8) and parses the story. Throws BinaryInputError for binary data. */
export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Story {
  const d = decode(bytes);
  return parseStory(d.text, {
    ...options,
    source: {
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: d.encoding,
      bom: d.bom,
      ...options.source,
    },
    warnings: [...(options.warnings ?? []), ...d.warnings],
  });
}

