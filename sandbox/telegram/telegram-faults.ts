// Injected Telegram failures for tests and the sandbox shell: the next call(s) of a method answer 429, 500
// or hang like a timeout, either instead of doing the work or after doing it (the reply got lost, so a
// retry would send twice). In memory only; never consulted for anything but the named method.
import { errorResponse, tgErrors } from './telegram-errors';
import type { StandInResponse } from '../http-types';

export type FaultKind = 429 | 500 | 'timeout';
export type FaultOptions = {
  /** 429 only: the retry_after to answer (default 5). */
  readonly retryAfter?: number;
  /** Do the work, then answer with the fault (default false: the call has no effect). */
  readonly applied?: boolean;
  /** How many consecutive calls fail (default 1). */
  readonly times?: number;
};
export type Fault = { readonly kind: FaultKind; readonly retryAfter: number; readonly applied: boolean };

export class FaultBook {
  private readonly queued = new Map<string, Fault[]>();

  constructor(private readonly hangMs: number) {}

  add(method: string, kind: FaultKind, opts: FaultOptions = {}): void {
    const list = this.queued.get(method.toLowerCase()) ?? [];
    for (let i = 0; i < (opts.times ?? 1); i++) list.push({ kind, retryAfter: opts.retryAfter ?? 5, applied: opts.applied ?? false });
    this.queued.set(method.toLowerCase(), list);
  }

  take(method: string): Fault | undefined {
    return this.queued.get(method.toLowerCase())?.shift();
  }

  clear(): void {
    this.queued.clear();
  }

  /** The answer a fault gives; a timeout hangs first (the client's own timeout normally fires before). */
  async respond(fault: Fault): Promise<StandInResponse> {
    if (fault.kind === 429) return errorResponse(tgErrors.tooManyRequests(fault.retryAfter));
    if (fault.kind === 500) return errorResponse(tgErrors.internal());
    await new Promise<void>((resolve) => setTimeout(resolve, this.hangMs).unref());
    return errorResponse(tgErrors.badGateway());
  }
}
