// Worker-thread entry: runs jobs the main thread posts and posts back their results.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobOptions } from './job.js';

const opts = workerData as JobOptions;
parentPort?.on('message', (job: Job) => {
  parentPort?.postMessage(runJob(job, opts));
});
