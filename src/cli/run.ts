// Process entry: runs main() and turns its result into an exit code. A closed stdout
// (`newsparse extract dir | head`) ends the run quietly.
import { main } from './main.js';

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`newsparse: cannot write output: ${err.code ?? err.message}\n`);
  process.exit(1);
});

// NEWSPARSE_STATS=1: one line of resource figures on stderr at exit, for `npm run bench`.
// Worker threads live in this process, so their CPU time and memory are counted too.
if (process.env.NEWSPARSE_STATS) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    process.stderr.write(`newsparse-stats ${JSON.stringify({ userCpuMs: u.userCPUTime / 1000, systemCpuMs: u.systemCPUTime / 1000, maxRssKb: u.maxRSS })}\n`);
  });
}

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
