// Runs jobs in input order's service: results come back in the order jobs were submitted,
// whatever order the workers finish in, and no more than `window` results are ever held.
//
// The first few jobs run in the main thread: a worker costs a fresh module load (zod and
// the rules, ~0.1 s), which a handful of stories never pays back. Past `inlineJobs`, jobs
// go to up to `jobs` worker threads.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobOptions, type JobResult } from './job.js';

export interface ExecutorOptions extends JobOptions {
  jobs: number;
  /** How many jobs run in the main thread before workers start. */
  inlineJobs: number;
}

export const defaultJobs = (): number => (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length) || 1;

interface Slot {
  worker: Worker;
  job: Job | null;
}

export class Executor {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private readonly pending = new Map<number, (r: JobResult) => void>();
  private submitted = 0;
  private closed = false;

  constructor(private readonly opts: ExecutorOptions) {}

  /** How many results the caller may hold unread before it should wait for the oldest. */
  get window(): number {
    return Math.max(4, this.opts.jobs * 4);
  }

  submit(job: Job): Promise<JobResult> {
    this.submitted++;
    if (this.opts.jobs <= 1 || this.submitted <= this.opts.inlineJobs) {
      // Yield to the event loop first so signals and pipe errors are seen between stories.
      return new Promise((resolve) => setImmediate(() => resolve(runJob(job, this.opts))));
    }
    return new Promise((resolve) => {
      this.pending.set(job.seq, resolve);
      this.waiting.push(job);
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.waiting.length) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.opts.jobs) slot = this.spawn();
      if (!slot) return;
      const job = this.waiting.shift()!;
      slot.job = job;
      // Bytes are moved, not copied, to the worker.
      slot.worker.postMessage(job, job.kind === 'bytes' ? [job.bytes.buffer as ArrayBuffer] : []);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: { maxBytes: this.opts.maxBytes, pretty: this.opts.pretty } satisfies JobOptions,
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, job: null };
    worker.on('message', (r: JobResult) => {
      slot.job = null;
      this.settle(r);
      this.dispatch();
    });
    // A worker that dies (out of memory on some monstrous input) fails only its own job;
    // a fresh worker takes the rest.
    const lost = (why: string): void => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      const job = slot.job;
      slot.job = null;
      if (job) this.settle({ seq: job.seq, ok: false, message: `internal error: worker ${why}` });
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (err) => lost(`failed: ${String(err.message).replace(/\s+/g, ' ')}`));
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) lost(`exited with code ${code}`);
    });
    this.slots.push(slot);
    return slot;
  }

  private settle(r: JobResult): void {
    const resolve = this.pending.get(r.seq);
    this.pending.delete(r.seq);
    resolve?.(r);
  }

  /** Stops every worker; jobs not finished are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
