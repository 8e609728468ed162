// JobQueue of the support-lines jobs over @forge/events: a job of kind K becomes one async event on the
// queue whose key is K (a `consumer` module in manifest.yml), pushed in chunks of 50 (Forge's limit).
// Push failures become a retryable UpstreamError('queue'); event bodies are never logged.
import { Queue } from '@forge/events';
import { UpstreamError } from '../domain/errors';
import type { JobQueue, QueuedJob } from '../domain/ports';

const MAX_PER_PUSH = 50;

export class ForgeLinesQueue implements JobQueue {
  async push(jobs: readonly QueuedJob[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += MAX_PER_PUSH) {
      const chunk = jobs.slice(i, i + MAX_PER_PUSH);
      const queue = new Queue({ key: chunk[0]?.kind ?? '' });
      if (chunk.some((job) => job.kind !== chunk[0]?.kind)) throw new Error('ForgeLinesQueue pushes one queue at a time');
      const events = chunk.map((job) => ({ body: { ...job.body }, ...(job.delaySeconds ? { delayInSeconds: job.delaySeconds } : {}) }));
      try {
        await queue.push(events);
      } catch (error) {
        throw new UpstreamError(`queue ${chunk[0]?.kind ?? ''}: push failed (${error instanceof Error ? error.name : 'unknown'})`, 'queue', undefined, { retryable: true });
      }
    }
  }
}
