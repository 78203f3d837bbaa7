// Runs jobs and gives their results back in the order they were submitted, whatever order
// they finish in; the caller holds at most `window` of them.
//
// The main thread is one of the `jobs` runners: it parses too, between writing records,
// and `jobs - 1` worker threads help it. Each runner holds its own copy of the rules
// (~60 MB), so this keeps a two-core run near 150 MB however many files. Workers start
// only after `inlineJobs` inputs: a worker's module load (~0.1 s) is not worth it for a
// handful of stories.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobOptions, type JobResult } from './job.js';

export interface ExecutorOptions extends JobOptions {
  /** Runners in all: the main thread and jobs - 1 worker threads. */
  jobs: number;
  /** How many jobs are submitted before worker threads start. */
  inlineJobs: number;
}

export const defaultJobs = (): number => (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length) || 1;

interface Slot {
  /** null: the main thread. */
  worker: Worker | null;
  job: Job | null;
}

export class Executor {
  private readonly inline: Slot = { worker: null, job: null };
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
    return new Promise((resolve) => {
      this.pending.set(job.seq, resolve);
      this.waiting.push(job);
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.waiting.length && !this.closed) {
      let slot: Slot | undefined = this.inline.job === null ? this.inline : this.slots.find((s) => s.job === null);
      if (!slot && this.submitted > this.opts.inlineJobs && this.slots.length < this.opts.jobs - 1) slot = this.spawn();
      if (!slot) return;
      const job = this.waiting.shift()!;
      slot.job = job;
      if (slot.worker === null) {
        // Parse in a later turn of the event loop, so signals, pipe errors and the
        // workers' results are seen between two stories.
        setImmediate(() => {
          this.inline.job = null;
          this.settle(runJob(job, this.opts));
          this.dispatch();
        });
      } else {
        // Bytes are moved, not copied, to the worker.
        slot.worker.postMessage(job, job.kind === 'bytes' ? [job.bytes.buffer as ArrayBuffer] : []);
      }
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
    await Promise.all(slots.map((s) => s.worker?.terminate()));
  }
}
