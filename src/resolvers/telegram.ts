// The Telegram resolvers of the admin page: health, connect (the token goes in and never comes back),
// disconnect and retrying dead letters. Admins only, checked as the calling user in the use cases. Thin.
import type Resolver from '@forge/resolver';
import { services, telegramServices } from '../composition';
import { BadRequestError } from '../domain/errors';
import { telegramStatus } from '../domain/use-cases/telegram/bot-status';
import { connectBot, disconnectBot, requireAdmin } from '../domain/use-cases/telegram/connect-bot';
import { requeueDeadLetters } from '../domain/use-cases/telegram/drain-outbox';
import { guarded } from './define';
import { asRecord, requireAccountId, requireString } from './payload';

const logger = () => services().logger;

export function defineTelegramResolvers(resolver: Resolver): void {
  resolver.define('telegram/status', guarded('telegram/status', logger, async () => telegramStatus(telegramServices())));

  resolver.define(
    'telegram/connect',
    guarded('telegram/connect', logger, async ({ payload, context }) => {
      const token = requireString(asRecord(payload), 'token');
      if (token.length > 200) throw new BadRequestError('token is too long');
      const deps = telegramServices();
      await connectBot(deps, { token, accountId: requireAccountId(context) });
      return telegramStatus(deps);
    }),
  );

  resolver.define(
    'telegram/disconnect',
    guarded('telegram/disconnect', logger, async () => {
      const deps = telegramServices();
      await disconnectBot(deps);
      return telegramStatus(deps);
    }),
  );

  resolver.define(
    'telegram/retryDeadLetters',
    guarded('telegram/retryDeadLetters', logger, async ({ payload }) => {
      const raw = asRecord(payload).chatId;
      if (raw !== undefined && !(typeof raw === 'number' && Number.isSafeInteger(raw))) throw new BadRequestError('chatId must be an integer');
      const deps = telegramServices();
      await requireAdmin(deps, 'retryDeadLetters');
      await requeueDeadLetters(deps, raw);
      return telegramStatus(deps);
    }),
  );
}
