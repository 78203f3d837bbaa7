// The progress bar: count, rate and ETA on stderr, only when stderr is a terminal, there
// are many inputs and --quiet is not given. cli-progress is loaded only then.
import { createRequire } from 'node:module';
export interface Progress {
  tick(): void;
  /** Clears the bar's line so a diagnostic can be written above it. */
  clearLine(): void;
  stop(): void;
}

export const MANY_INPUTS = 50;

const none: Progress = { tick() {}, clearLine() {}, stop() {} };

type CliProgress = typeof import('cli-progress');

export async function startProgress(total: number, quiet: boolean): Promise<Progress> {
  if (quiet || !process.stderr.isTTY || total < MANY_INPUTS) return none;
  let cliProgress: CliProgress;
  try {
    // require, not import(): the same in tsc's modules and in the CommonJS bundle.
    cliProgress = createRequire(import.meta.url)('cli-progress') as CliProgress;
  } catch {
    return none;
  }
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {value}/{total} stories | {rate}/s | ETA {eta_formatted}',
      etaBuffer: 200,
      fps: 5,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0' });
  let done = 0;
  return {
    tick() {
      done++;
      const secs = (Date.now() - started) / 1000;
      bar.increment(1, { rate: secs > 0 ? (done / secs).toFixed(0) : '0' });
    },
    clearLine() {
      process.stderr.write('\r\x1b[K');
    },
    stop() {
      bar.stop();
    },
  };
}
