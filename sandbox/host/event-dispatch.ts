// Delivers Jira product events to the manifest's `trigger` modules: honours `filter.ignoreSelf`,
// runs each handler as its own invocation, and retries a failure up to 4 times with backoff, as Forge
// does (delivery is at least once; handlers must be idempotent).
import type { HostClock } from './host-clock';
import type { Invoker } from './invoker';
import type { TriggerModule } from './manifest-model';

export const MAX_EVENT_RETRIES = 4;

export type ProductEvent = { readonly eventType: string; readonly payload: Record<string, unknown>; readonly causedByApp: boolean };
export type DispatchFailure = { readonly trigger: string; readonly eventType: string; readonly error: string };

export class EventDispatcher {
  readonly failures: DispatchFailure[] = [];
  private running = 0;

  constructor(
    private readonly triggers: readonly TriggerModule[],
    private readonly invoker: Invoker,
    private readonly clock: HostClock,
    private readonly installContext: string,
  ) {}

  dispatch(event: ProductEvent): void {
    for (const trigger of this.triggers) {
      if (!trigger.events.includes(event.eventType)) continue;
      if (trigger.ignoreSelf && event.causedByApp) continue;
      this.attempt(trigger, event, 0);
    }
  }

  async idle(): Promise<void> {
    while (this.running > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  private attempt(trigger: TriggerModule, event: ProductEvent, retry: number): void {
    this.running++;
    const payload = { ...event.payload, eventType: event.eventType, ...(retry > 0 ? { retryContext: { retryCount: retry } } : {}) };
    this.invoker
      .invoke({ functionKey: trigger.function, moduleKey: trigger.key, kind: 'trigger', args: [payload, { installContext: this.installContext }] })
      .then((result) => {
        if ((result as { _retry?: boolean } | undefined)?._retry === true) this.retryLater(trigger, event, retry, 'retry requested');
      })
      .catch((error: unknown) => this.retryLater(trigger, event, retry, error instanceof Error ? error.message : String(error)))
      .finally(() => {
        this.running--;
      });
  }

  private retryLater(trigger: TriggerModule, event: ProductEvent, retry: number, reason: string): void {
    if (retry >= MAX_EVENT_RETRIES) {
      this.failures.push({ trigger: trigger.key, eventType: event.eventType, error: reason });
      return;
    }
    this.clock.schedule(this.clock.now() + 2 ** retry * 1000, () => this.attempt(trigger, event, retry + 1));
  }
}
