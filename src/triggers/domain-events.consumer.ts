// The `domain-events` queue (sla.warning, sla.breached). Records each event in storage (`sla-events:`)
// and hands it to the Telegram bridge (team-chat warnings; idempotent on the event id).
import type { InvocationError } from '@forge/events';
import { services, telegramServices } from '../composition';
import { isDomainEvent } from '../domain/model/events/domain-event';
import { recordDomainEvent } from '../domain/use-cases/record-domain-event';
import { notifySlaEvent } from '../domain/use-cases/telegram/notify-sla-event';
import { retryOrDrop, type ConsumerEvent } from './consumer-outcome';

export async function domainEventsConsumer(event: ConsumerEvent): Promise<InvocationError | undefined> {
  const deps = services();
  if (!isDomainEvent(event.body)) {
    deps.logger.error('domain event: malformed event dropped');
    return undefined;
  }
  try {
    await recordDomainEvent(deps, event.body);
    await notifySlaEvent(telegramServices(), event.body);
    return undefined;
  } catch (error) {
    return retryOrDrop(error, deps.logger, 'domain-events');
  }
}
