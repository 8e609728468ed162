// The interim consumer of domain events (`sla.warning`, `sla.breached`): records each in storage under
// `sla-events:` so they can be read and tested until the Telegram bridge consumes them. Idempotent.
import type { KeyValueStore, Logger } from '../ports';
import type { DomainEvent } from '../model/events/domain-event';
import { domainEventKey } from './sla/sla-keys';

export async function recordDomainEvent(deps: { readonly store: KeyValueStore; readonly logger: Logger }, event: DomainEvent): Promise<void> {
  await deps.store.set(domainEventKey(event.emittedAt, event.id), event);
  deps.logger.info('domain event', { type: event.type, id: event.id });
}
