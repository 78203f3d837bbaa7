// The state one story carries through the pipeline. Stages read what earlier stages
// wrote and add their own part; only the `story` draft becomes output.
import type { Story, Warning, Span } from './schema/story.js';
import type { Line } from './text/lines.js';

export interface ParseOptions {
  /** Path or id recorded in `source.path`. */
  path?: string | null;
  /** Facts about the raw bytes when the caller decoded them (see decode()). */
  source?: Partial<Story['source']>;
  /** Warnings the caller already has for this input (decoding problems). */
  warnings?: Warning[];
  /** Date to resolve relative dates against when the story states none (ISO). */
  referenceDate?: string;
}

/** A region of the input that segmentation has assigned a part to. */
export interface Region {
  kind: 'header' | 'headline' | 'source-line' | 'slug' | 'advisory' | 'byline' | 'dateline' | 'bullet' | 'body' | 'caption' | 'trailer' | 'noise';
  span: Span;
}

export interface Context {
  readonly text: string;
  readonly options: ParseOptions;
  readonly lines: Line[];
  /** The output being built; validated at the end of the pipeline. */
  story: Story;
  /** What segmentation decided each stretch of input is. */
  regions: Region[];
  /** Free slots for stages to hand intermediate results to later stages. */
  scratch: Map<string, unknown>;
}

export interface Stage {
  /** Short id used in diagnostics. */
  readonly name: string;
  run(ctx: Context): void;
}

/**
 * What `build` makes of the story, made once per story however many stages ask: kept in
 * ctx.scratch under `key`, so it lives and dies with the story. Callers must not change it.
 */
export function perStory<T>(ctx: Context, key: string, build: () => T): T {
  let found = ctx.scratch.get(key) as T | undefined;
  if (found === undefined) {
    found = build();
    ctx.scratch.set(key, found);
  }
  return found;
}

export function warn(ctx: Context, code: string, message: string, span?: Span): void {
  ctx.story.warnings.push(span ? { code, message, span } : { code, message });
}
