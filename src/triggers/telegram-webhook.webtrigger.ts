// The `telegram-webhook` web trigger: Telegram posts updates here. Forge adds no authentication, so the
// X-Telegram-Bot-Api-Secret-Token header is compared in constant time with the stored secret first (403,
// nothing done, otherwise). Updates are handled quickly and answered 200; failures answer 500 so that
// Telegram delivers the update again (the update_id dedupe makes that safe).
import { updateServices } from '../composition';
import { secretsEqual } from '../adapters/node-runtime';
import { BadRequestError } from '../domain/errors';
import { KEYS } from '../domain/model/telegram/outbox';
import { handleTelegramUpdate } from '../domain/use-cases/telegram/handle-update';

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
  const deps = updateServices();
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
  try {
    const outcome = await handleTelegramUpdate(deps, update);
    return answer(200, { ok: true, outcome });
  } catch (error) {
    if (error instanceof BadRequestError) return answer(400, { ok: false });
    throw error;
  }
}
