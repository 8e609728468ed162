// The URL of the `telegram-webhook` web trigger (what setWebhook registers). Forge's URL carries no
// authentication: the web trigger checks Telegram's secret header itself.
import { webTrigger } from '@forge/api';
import type { WebhookUrlSource } from '../domain/ports-telegram';

export const TELEGRAM_WEBHOOK_KEY = 'telegram-webhook';

export const forgeWebhookUrl: WebhookUrlSource = {
  url: () => webTrigger.getUrl(TELEGRAM_WEBHOOK_KEY),
};
