// `telegram/account-link` (the issue panel's "Connect Telegram" control): the caller's own link status, a
// fresh one-time deep link, or unlinking. Always the calling account (from the Forge context, never the
// payload), so nobody can see or change another person's link. Thin.
import type Resolver from '@forge/resolver';
import { services, telegramServices } from '../composition';
import { BadRequestError } from '../domain/errors';
import { createLinkCode, linkStatus, unlinkAccount } from '../domain/use-cases/telegram/callbacks/account-link';
import { guarded } from './define';
import { asRecord, requireAccountId } from './payload';

const logger = () => services().logger;

export function defineAccountLinkResolver(resolver: Resolver): void {
  resolver.define(
    'telegram/account-link',
    guarded('telegram/account-link', logger, async ({ payload, context }) => {
      const action = asRecord(payload).action;
      const accountId = requireAccountId(context);
      const deps = telegramServices();
      if (action === 'status') return linkStatus(deps, accountId);
      if (action === 'create') return createLinkCode(deps, accountId);
      if (action === 'remove') return unlinkAccount(deps, accountId);
      throw new BadRequestError('action must be status, create or remove');
    }),
  );
}
