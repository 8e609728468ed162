// The bridge's health: Telegram's webhook info, the outbox (waiting, dead letters, last delivery and
// error), each chat's state (kicked, migrated, rate limited …) and the chats the bot is in, with their ids.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { TelegramChatHealthDto, TelegramStatusDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';

type Props = {
  readonly status: TelegramStatusDto;
  readonly canEdit: boolean;
  readonly busy: boolean;
  readonly onRefresh: () => void;
  readonly onRetryDead: () => void;
};

const APPEARANCE = { ok: 'success', kicked: 'removed', notFound: 'removed', rateLimited: 'moved' } as const;

function ChatState({ chat }: { readonly chat: TelegramChatHealthDto }) {
  const { t, formatDateTime } = useI18n();
  const label = chat.state === 'rateLimited'
    ? t('admin.telegram.chat.state.rateLimited', { until: formatDateTime(chat.rateLimitedUntil ?? '') })
    : t(`admin.telegram.chat.state.${chat.state}`);
  return <Lozenge appearance={APPEARANCE[chat.state]}>{label}</Lozenge>;
}

function ChatTable({ chats }: { readonly chats: readonly TelegramChatHealthDto[] }) {
  const { t, formatDateTime } = useI18n();
  if (chats.length === 0) return <p>{t('admin.telegram.chats.none')}</p>;
  const col = (key: 'chat' | 'state' | 'pending' | 'dead' | 'delivered' | 'lastError') => t(`admin.telegram.chat.col.${key}`);
  return (
    <table className="lb-tg-table" data-testid="telegram-chats">
      <thead>
        <tr>{(['chat', 'state', 'pending', 'dead', 'delivered', 'lastError'] as const).map((k) => <th key={k} scope="col">{col(k)}</th>)}</tr>
      </thead>
      <tbody>
        {chats.map((c) => (
          <tr key={c.chatId} data-testid={`telegram-chat-${c.chatId}`}>
            <td>
              {c.title ?? c.chatId}
              <div className="lb-tg-help">{c.chatId}{c.targetId !== c.chatId && ` · ${t('admin.telegram.chat.migrated', { target: c.targetId })}`}</div>
            </td>
            <td><ChatState chat={c} /></td>
            <td>{c.pending}</td>
            <td>{c.dead}</td>
            <td>{c.delivered}</td>
            <td>{c.lastError ? <span>{c.lastError}<div className="lb-tg-help">{formatDateTime(c.lastErrorAt ?? '')}</div></span> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TelegramHealth({ status, canEdit, busy, onRefresh, onRetryDead }: Props) {
  const { t, formatDateTime } = useI18n();
  const { webhook, outbox } = status;
  return (
    <Stack space="space.150" testId="telegram-health">
      <Inline space="space.100" alignBlock="center" spread="space-between">
        <Heading size="small" as="h3">{t('admin.telegram.health.title')}</Heading>
        <Button onClick={onRefresh} isLoading={busy} testId="telegram-refresh">{t('admin.telegram.health.refresh')}</Button>
      </Inline>
      <div aria-live="polite">
        {status.bot.state === 'ok' && !webhook && <p>{t('admin.telegram.webhook.unknown')}</p>}
        {webhook && <p>{webhook.urlMatches ? t('admin.telegram.webhook.ok', { pending: webhook.pendingUpdateCount }) : t('admin.telegram.webhook.mismatch')}</p>}
        {webhook?.lastErrorMessage && <p>{t('admin.telegram.webhook.lastError', { when: formatDateTime(webhook.lastErrorAt ?? ''), message: webhook.lastErrorMessage })}</p>}
        <p data-testid="telegram-outbox">
          {t('admin.telegram.outbox', { pending: outbox.pending, dead: outbox.dead, when: outbox.lastDeliveryAt ? formatDateTime(outbox.lastDeliveryAt) : t('admin.telegram.outbox.never') })}
        </p>
        {outbox.lastError && <p>{t('admin.telegram.outbox.lastError', { when: formatDateTime(outbox.lastErrorAt ?? ''), message: outbox.lastError })}</p>}
        <p data-testid="telegram-account-links">{t('admin.telegram.accountLinks', { count: status.accountLinks })}</p>
      </div>
      {canEdit && outbox.dead > 0 && (
        <Inline><Button onClick={onRetryDead} isDisabled={busy} testId="telegram-retry-dead">{t('admin.telegram.retryDead')}</Button></Inline>
      )}
      <Heading size="xsmall" as="h4">{t('admin.telegram.chats.title')}</Heading>
      <ChatTable chats={status.chats} />
      <Heading size="xsmall" as="h4">{t('admin.telegram.known.title')}</Heading>
      <p className="lb-tg-help">{t('admin.telegram.known.help')}</p>
      <ul data-testid="telegram-known-chats">
        {status.knownChats.map((k) => <li key={k.chatId}>{k.title} — <code>{k.chatId}</code> <span className="lb-tg-help">{k.type} · {k.botStatus}</span></li>)}
      </ul>
    </Stack>
  );
}
