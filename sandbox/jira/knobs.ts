// Test and demo knobs of the Jira stand-in: injected failures (429 with Retry-After, 500, 503) for the next
// matching requests, and the search index lag. Never changes stored data.
import type { StandInResponse } from '../http-types';
import { errorResponse, JiraHttpError } from './http/errors';
import type { Site } from './domain/site';

export type JiraKnobs = {
  failNext(routePattern: RegExp, status: 429 | 500 | 503, opts?: { retryAfterSeconds?: number; times?: number }): void;
  setSearchVisibilityDelayMs(ms: number): void;
  reset(): void;
};

type Fault = { readonly pattern: RegExp; readonly status: 429 | 500 | 503; readonly retryAfterSeconds?: number; remaining: number };

const MESSAGES: Record<429 | 500 | 503, string> = {
  429: 'Rate limit exceeded.',
  500: 'Internal server error. Please contact your administrator.',
  503: 'Service Unavailable',
};

export class FaultInjector implements JiraKnobs {
  private faults: Fault[] = [];

  constructor(private readonly site: Site) {}

  failNext(routePattern: RegExp, status: 429 | 500 | 503, opts: { retryAfterSeconds?: number; times?: number } = {}): void {
    const retry = opts.retryAfterSeconds ?? (status === 429 ? 1 : undefined);
    this.faults.push({ pattern: routePattern, status, ...(retry !== undefined ? { retryAfterSeconds: retry } : {}), remaining: Math.max(1, opts.times ?? 1) });
  }

  setSearchVisibilityDelayMs(ms: number): void {
    this.site.searchVisibilityDelayMs = Math.max(0, ms);
  }

  reset(): void {
    this.faults = [];
    this.site.searchVisibilityDelayMs = 0;
  }

  /** The injected failure for this request, if any (consumes one use of the fault). */
  take(method: string, path: string): StandInResponse | undefined {
    const fault = this.faults.find((f) => {
      f.pattern.lastIndex = 0;
      const onPath = f.pattern.test(path);
      f.pattern.lastIndex = 0;
      return onPath || f.pattern.test(`${method} ${path}`);
    });
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
    if (fault.status === 429) headers['x-ratelimit-remaining'] = '0';
    return errorResponse(new JiraHttpError(fault.status, [MESSAGES[fault.status]], {}, headers));
  }
}
