// Drives the support-lines background job through the shipped resolver and queue consumer on a LocalHost:
// starts (or resumes) it as the Jira admin and waits until it is no longer running.
import type { LocalHost } from '../../sandbox/host/local-host';
import type { BackfillActionDto, BackfillStatusDto, Result } from '../../src/shared/contract';
import { seededUser } from './host';

export async function linesCall<T>(host: LocalHost, functionKey: string, payload: unknown, accountId = seededUser('admin').accountId, moduleKey = 'linebridge-lines-project'): Promise<Result<T>> {
  return (await host.invokeResolver({ moduleKey, functionKey, payload, accountId, context: {} })) as Result<T>;
}

export async function jobStatus(host: LocalHost): Promise<BackfillStatusDto> {
  const result = await linesCall<BackfillStatusDto>(host, 'lines/job-status', {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** Waits (real time, bounded) until the job status satisfies `done`; events already due are delivered meanwhile. */
export async function waitForStatus(host: LocalHost, done: (s: BackfillStatusDto) => boolean, timeoutMs = 120_000): Promise<BackfillStatusDto> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await host.settle();
    const status = await jobStatus(host);
    if (done(status) || Date.now() > until) return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function waitForJob(host: LocalHost, timeoutMs = 120_000): Promise<BackfillStatusDto> {
  return waitForStatus(host, (s) => s.state !== 'running', timeoutMs);
}

export async function runLinesJob(host: LocalHost, action: BackfillActionDto): Promise<BackfillStatusDto> {
  const started = await linesCall<BackfillStatusDto>(host, 'lines/job', { action });
  if (!started.ok) throw new Error(JSON.stringify(started.error));
  return waitForJob(host);
}
