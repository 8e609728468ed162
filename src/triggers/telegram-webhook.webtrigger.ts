// The `telegram-webhook` web trigger: Telegram posts updates here. Forge adds no authentication, so the
// X-Telegram-Bot-Api-Secret-Token header is compared in constant time with the stored secret first (403,
// nothing stored or queued, otherwise). A readable update is deduplicated on update_id, pushed onto the
// `telegram-updates` queue and answered 200 at once (a fast answer keeps Telegram's delivery flowing); the
// consumer does the work. Malformed JSON → 400. A failed push answers 500 and forgets the dedupe mark, so
// Telegram's redelivery queues it then.
import { telegramServices, updateQueue } from '../composition';
import { secretsEqual } from '../adapters/node-runtime';
import { KEYS } from '../domain/model/telegram/outbox';
import { INTAKE_KEYS } from '../domain/use-cases/telegram/intake/intake-model';
import { parseUpdate } from '../domain/use-cases/telegram/update-shape';

/** Telegram keeps undelivered updates for 24 h; redeliveries come well within three days. */
const QUEUED_TTL_S = 3 * 24 * 3600;

type WebTriggerRequest = { readonly method?: string; readonly headers?: Readonly<Record<string, readonly string[] | undefined>>; readonly body?: string };
type WebTriggerResponse = { readonly statusCode: number; readonly headers: Record<string, string[]>; readonly body: string };

const answer = (statusCode: number, body: Record<string, unknown> = {}): WebTriggerResponse => ({
  statusCode, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify(body),
});

function header(request: WebTriggerRequest, name: string): string | undefined {
  const entry = Object.entries(request.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry?.[1]?.[0];
}

export async function telegramWebhook(request: WebTriggerRequest): Promise<WebTriggerResponse> {
  const deps = telegramServices();
  const expected = await deps.secrets.getSecret(KEYS.webhookSecret);
  const given = header(request, 'x-telegram-bot-api-secret-token');
  if (!expected || given === undefined || !secretsEqual(given, expected)) {
    deps.logger.warn('telegram webhook: request without the right secret refused');
    return answer(403, { ok: false });
  }
  if ((request.method ?? 'POST').toUpperCase() !== 'POST') return answer(405, { ok: false });
  let update: unknown;
  try {
    update = JSON.parse(request.body ?? '');
  } catch {
    return answer(400, { ok: false });
  }
  const parsed = parseUpdate(update);
  if (!parsed) return answer(400, { ok: false });
  if (!(await deps.atomic.createIfAbsent(INTAKE_KEYS.queued(parsed.updateId), 1, QUEUED_TTL_S))) return answer(200, { ok: true, outcome: 'duplicate' });
  try {
    await updateQueue().push({ update });
  } catch (error) {
    await deps.store.delete(INTAKE_KEYS.queued(parsed.updateId));
    throw error;
  }
  return answer(200, { ok: true, outcome: 'queued' });
}
