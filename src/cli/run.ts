// Process entry: runs main() and turns its result into an exit code. A closed stdout
// (`newsparse extract dir | head`) ends the run quietly.
import { main } from './main.js';

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`newsparse: cannot write output: ${err.code ?? err.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not the input's fault: still one line, never a stack trace (NEWSPARSE_DEBUG shows it).
    process.stderr.write(`newsparse: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    if (process.env.NEWSPARSE_DEBUG) process.stderr.write(`${(err as Error)?.stack}\n`);
    process.exitCode = 1;
  },
);
