// JobQueue over @forge/events: a job of kind K becomes one async event on the queue whose key is K (a
// `consumer` module in manifest.yml). Jobs of several kinds may be pushed together; each queue gets its
// own pushes of at most 50 events (Forge's limit). Push failures become a retryable UpstreamError('queue').
import { Queue } from '@forge/events';
import { UpstreamError } from '../domain/errors';
import type { JobQueue, QueuedJob } from '../domain/ports';

const MAX_PER_PUSH = 50;

export class ForgeJobQueue implements JobQueue {
  async push(jobs: readonly QueuedJob[]): Promise<void> {
    const byKind = new Map<string, QueuedJob[]>();
    for (const job of jobs) byKind.set(job.kind, [...(byKind.get(job.kind) ?? []), job]);
    for (const [kind, list] of byKind) {
      const queue = new Queue({ key: kind });
      for (let i = 0; i < list.length; i += MAX_PER_PUSH) {
        const events = list.slice(i, i + MAX_PER_PUSH).map((job) => ({ body: { ...job.body }, ...(job.delaySeconds ? { delayInSeconds: job.delaySeconds } : {}) }));
        try {
          await queue.push(events);
        } catch (error) {
          throw new UpstreamError(`queue ${kind}: push failed (${error instanceof Error ? error.name : 'unknown'})`, 'queue', undefined, { retryable: true });
        }
      }
    }
  }
}
