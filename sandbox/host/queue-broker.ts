// The async-events stand-in: accepts `Queue.push` calls from the real @forge/events SDK, delivers each
// event to the queue's consumer after its delay, and retries when the consumer returns an
// InvocationError (`{_retry: true, retryOptions}`) or times out — at most 4 retries, as on Forge.
// Enforces the platform's push limits itself (50 events, 200 KB, delay 0–900 s, 500 events/min).
import { randomUUID } from 'node:crypto';
import type { StandInResponse } from '../http-types';
import { jsonResponse } from '../http-types';
import type { HostClock } from './host-clock';

export const MAX_RETRIES = 4;
const MAX_EVENTS = 50;
const MAX_PAYLOAD_BYTES = 200 * 1024;
const MAX_DELAY_S = 900;
const EVENTS_PER_MINUTE = 500;

export type AsyncEvent = {
  readonly queueName: string;
  readonly jobId: string;
  readonly eventId: string;
  readonly body: Record<string, unknown>;
  readonly delayInSeconds?: number;
  readonly retryContext?: { retryCount: number; retryReason: string; retryData: unknown };
};

export type DeliveryOutcome = { readonly retry?: { afterSeconds: number; reason: string; data: unknown } };
export type Deliver = (event: AsyncEvent) => Promise<DeliveryOutcome>;
export type DeadLetter = { readonly event: AsyncEvent; readonly reason: string };

export class QueueBroker {
  private readonly pushedAt: number[] = [];
  private waiting = 0;
  private running = 0;
  readonly deadLetters: DeadLetter[] = [];
  delivered = 0;

  constructor(
    private readonly clock: HostClock,
    private readonly consumers: ReadonlyMap<string, Deliver>,
  ) {}

  /** Handles `POST /webhook/queue/publish/...` exactly as the SDK sends it. */
  publish(body: string): StandInResponse {
    let request: { queueName?: unknown; jobId?: unknown; payload?: unknown };
    try {
      request = JSON.parse(body) as typeof request;
    } catch {
      return jsonResponse(400, { message: 'Malformed push request' });
    }
    const events = Array.isArray(request.payload) ? (request.payload as Array<Record<string, unknown>>) : [];
    const queueName = typeof request.queueName === 'string' ? request.queueName : '';
    if (events.length === 0 || events.length > MAX_EVENTS) return jsonResponse(400, { message: `Push between 1 and ${MAX_EVENTS} events` });
    if (Buffer.byteLength(JSON.stringify(events)) > MAX_PAYLOAD_BYTES) return jsonResponse(413, { errorMessage: 'Payload too big (over 200 KB)' });
    const now = this.clock.now();
    while (this.pushedAt.length > 0 && (this.pushedAt[0] ?? 0) < now - 60_000) this.pushedAt.shift();
    if (this.pushedAt.length + events.length > EVENTS_PER_MINUTE) return jsonResponse(429, { message: 'Rate limit exceeded' });
    if (!this.consumers.has(queueName)) return jsonResponse(400, { message: `No consumer for queue '${queueName}' in manifest.yml` });
    const jobId = typeof request.jobId === 'string' ? request.jobId : randomUUID();
    for (const e of events) {
      const delay = typeof e.delayInSeconds === 'number' ? e.delayInSeconds : 0;
      if (delay < 0 || delay > MAX_DELAY_S) return jsonResponse(400, { message: 'delayInSeconds must be 0–900' });
    }
    for (const e of events) {
      this.pushedAt.push(now);
      const event: AsyncEvent = { queueName, jobId, eventId: randomUUID(), body: (e.body ?? {}) as Record<string, unknown>, delayInSeconds: e.delayInSeconds as number | undefined };
      this.schedule(event, now + (event.delayInSeconds ?? 0) * 1000);
    }
    return jsonResponse(201, { jobId });
  }

  /** Events pushed and not yet delivered for good (waiting for their delay or a retry, or running). */
  pending(): number {
    return this.waiting + this.running;
  }

  /** Resolves once no delivery is running. Events still waiting for their time stay waiting. */
  async idle(): Promise<void> {
    while (this.running > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  private schedule(event: AsyncEvent, at: number): void {
    this.waiting++;
    this.clock.schedule(at, () => {
      this.waiting--;
      this.running++;
      void this.run(event).finally(() => {
        this.running--;
      });
    });
  }

  private async run(event: AsyncEvent): Promise<void> {
    const deliver = this.consumers.get(event.queueName);
    if (!deliver) return;
    let outcome: DeliveryOutcome;
    try {
      outcome = await deliver(event);
    } catch (error) {
      const timedOut = (error as { code?: string }).code === 'FUNCTION_TIME_OUT';
      if (!timedOut) {
        this.deadLetters.push({ event, reason: error instanceof Error ? error.message : String(error) });
        return;
      }
      outcome = { retry: { afterSeconds: 1, reason: 'FUNCTION_TIME_OUT', data: undefined } };
    }
    this.delivered++;
    if (!outcome.retry) return;
    const retryCount = (event.retryContext?.retryCount ?? 0) + 1;
    if (retryCount > MAX_RETRIES) {
      this.deadLetters.push({ event, reason: `gave up after ${MAX_RETRIES} retries (${outcome.retry.reason})` });
      return;
    }
    const next: AsyncEvent = { ...event, retryContext: { retryCount, retryReason: outcome.retry.reason, retryData: outcome.retry.data } };
    this.schedule(next, this.clock.now() + Math.min(outcome.retry.afterSeconds, MAX_DELAY_S) * 1000);
  }
}
