// The newsparse command line: a thin shell over parseStory. stdout carries data only;
// diagnostics go to stderr. Exit codes: 0 all inputs parsed, 1 some input could not be
// read or decoded, 2 usage error.
import fs from 'node:fs';
import { Command, CommanderError } from 'commander';
import { parseBytes, storyJsonSchema, type Story } from '../index.js';
import { expandInputs, type InputProblem } from './inputs.js';

export const EXIT = { ok: 0, inputError: 1, usage: 2 } as const;

const VERSION = '0.1.0';

function readStdin(): Buffer {
  return fs.readFileSync(0);
}

interface ExtractOptions {
  ext: string;
  pretty?: boolean;
  compact?: boolean;
}

function extract(paths: string[], opts: ExtractOptions): number {
  const problems: InputProblem[] = [];
  const inputs = expandInputs(paths.length ? paths : ['-'], opts.ext.split(','), problems);
  let failed = problems.length;
  for (const p of problems) process.stderr.write(`newsparse: ${p.path}: ${p.message}\n`);
  const many = inputs.length > 1 || paths.some((p) => p !== '-' && fs.existsSync(p) && fs.statSync(p).isDirectory());
  const pretty = opts.pretty ?? (opts.compact ? false : !many && Boolean(process.stdout.isTTY));
  for (const input of inputs) {
    let story: Story;
    try {
      const bytes = input.path === '-' ? readStdin() : fs.readFileSync(input.path);
      story = parseBytes(bytes, { path: input.path });
    } catch (err) {
      failed++;
      process.stderr.write(`newsparse: ${input.path}: ${(err as Error).message}\n`);
      continue;
    }
    process.stdout.write(JSON.stringify(story, null, pretty && !many ? 2 : undefined) + '\n');
  }
  return failed ? EXIT.inputError : EXIT.ok;
}

export function main(argv: string[]): number {
  const program = new Command('newsparse')
    .description('Turn raw news-agency wire stories into structured, validated JSON.')
    .version(VERSION)
    .exitOverride();
  let code: number = EXIT.ok;
  program
    .command('extract')
    .description('parse wire stories into JSON (one document, or NDJSON for several inputs)')
    .argument('[paths...]', 'files, directories (recursed) or - for stdin')
    .option('--ext <list>', 'file extensions to take from directories', 'txt')
    .option('--pretty', 'indent the JSON')
    .option('--compact', 'one line per record')
    .action((paths: string[], opts: ExtractOptions) => {
      code = extract(paths, opts);
    });
  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the output')
    .action(() => {
      process.stdout.write(JSON.stringify(storyJsonSchema(), null, 2) + '\n');
    });
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw err;
  }
  return code;
}
