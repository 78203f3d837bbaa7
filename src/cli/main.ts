// The newsparse command line: a thin shell over parseStory. stdout carries data only;
// diagnostics go to stderr. Exit codes: 0 every input parsed, 1 some input could not be
// read, decoded or written, 2 usage error, 130 interrupted.
import fs from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { extract, EXIT } from './extract.js';
import { defaultJobs } from './pool.js';
import { UsageError, parseExts, parseJobs, parseSize } from './options.js';

export { EXIT } from './extract.js';

// package.json sits two levels up from both dist/cli/main.js and the bundle in dist/bundle/.
function version(): string {
  try {
    return (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

const EXAMPLES = `
Examples:
  $ newsparse extract story.txt | jq .dateline           one story, one JSON document
  $ newsparse extract raw/ > stories.ndjson               a directory, one record a line
  $ newsparse extract raw/ --out json/                    json/a/b.json for raw/a/b.txt
  $ newsparse extract raw/ --out json/ --resume           finish an interrupted run
  $ cat story.txt | newsparse extract -                   stdin
  $ newsparse extract --ndjson-in < in.ndjson             {"id":..,"text":..} lines in, records out
  $ newsparse extract raw/ | jq -r '[.source.path, .dateline.location] | @tsv'

Exit codes: 0 all inputs parsed, 1 some input unreadable, binary or too large
(one line each on stderr; the rest are still processed), 2 usage error, 130 interrupted.`;

interface ExtractFlags {
  ext: string;
  out?: string;
  pretty?: boolean;
  compact?: boolean;
  jobs?: string;
  maxBytes: string;
  resume?: boolean;
  ndjsonIn?: boolean;
  quiet?: boolean;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command('newsparse')
    .description('Turn raw news-agency wire stories into structured, validated JSON with a character span on every value.')
    .version(version(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `${EXAMPLES}\n\nMore: newsparse extract --help`)
    .exitOverride();
  let code: number = EXIT.ok;
  const run = program
    .command('extract')
    .description('parse wire stories into JSON: one document for one input, NDJSON (one record a line) for several')
    .argument('[paths...]', 'files, directories (recursed) or - for stdin; stdin when none')
    .option('--ext <list>', 'comma-separated extensions taken from directories', 'txt')
    .option('-o, --out <dir>', 'write one JSON file per input under DIR, mirroring the input tree')
    .option('--resume', 'with --out: skip inputs whose output exists and is newer')
    .addOption(new Option('--pretty', 'indent the JSON (single document or --out files)').conflicts('compact'))
    .option('--compact', 'one line per record, even on a terminal')
    .option('-j, --jobs <n>', `stories parsed at once: the main thread and N-1 worker threads (default: number of cores, ${defaultJobs()} here)`)
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 512KB, 10MB)', '10MB')
    .option('--ndjson-in', 'read {"id": ..., "text": ...} lines on stdin, write one record a line (a streaming filter)')
    .option('-q, --quiet', 'no progress bar and no summary line')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: ExtractFlags) => {
      code = await extract({
        paths,
        exts: parseExts(flags.ext),
        out: flags.out ?? null,
        pretty: flags.pretty ? true : flags.compact ? false : null,
        jobs: flags.jobs === undefined ? defaultJobs() : parseJobs(flags.jobs),
        maxBytes: parseSize(flags.maxBytes),
        resume: Boolean(flags.resume),
        ndjsonIn: Boolean(flags.ndjsonIn),
        quiet: Boolean(flags.quiet),
      });
    });
  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the output')
    .action(async () => {
      const { storyJsonSchema } = await import('../schema/json-schema.js');
      process.stdout.write(JSON.stringify(storyJsonSchema(), null, 2) + '\n');
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof UsageError) {
      try {
        run.error(`error: ${err.message}`, { exitCode: EXIT.usage, code: 'newsparse.usage' });
      } catch {
        /* commander printed it and threw to stop: the exit code is ours */
      }
      return EXIT.usage;
    }
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw err;
  }
  return code;
}
