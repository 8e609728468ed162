// The bot card: which bot is connected (masked token only), a revoked token explained, and the token
// form (admins). The token typed here is sent once to telegram/connect and cleared; it never comes back.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { ErrorPayload, MessageKey, ResolverResult, TelegramStatusDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { api } from '../api';
import { TelegramField } from './telegram-field';

type Props = {
  readonly status: TelegramStatusDto;
  readonly canEdit: boolean;
  readonly onStatus: (status: TelegramStatusDto) => void;
};

type Notice = { readonly kind: 'done'; readonly key: MessageKey } | { readonly kind: 'failed'; readonly error: ErrorPayload };

export function TelegramBot({ status, canEdit, onStatus }: Props) {
  const { t, tError, formatDateTime } = useI18n();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { bot } = status;

  const run = async (call: () => Promise<ResolverResult<'telegram/connect'>>, done: MessageKey) => {
    setBusy(true);
    setNotice(null);
    const result = await call();
    setBusy(false);
    if (result.ok) {
      setToken('');
      onStatus(result.value);
    }
    setNotice(result.ok ? { kind: 'done', key: done } : { kind: 'failed', error: result.error });
  };

  const tokenError = notice?.kind === 'failed' ? notice.error.fieldErrors?.token : undefined;
  return (
    <Stack space="space.150" testId="telegram-bot">
      <Heading size="small" as="h3">{t('admin.telegram.bot.title')}</Heading>
      <div aria-live="polite">
        {bot.state === 'notConnected' && <p>{t('admin.telegram.bot.notConnected')}</p>}
        {bot.state === 'ok' && (
          <p data-testid="telegram-bot-connected">
            {t('admin.telegram.bot.connected', { username: bot.username ?? '', mask: bot.tokenMask ?? '', when: formatDateTime(bot.connectedAt ?? '') })}
          </p>
        )}
        {bot.state === 'tokenRevoked' && (
          <SectionMessage appearance="error" testId="telegram-bot-revoked">
            <p>{t('admin.telegram.bot.revoked', { username: bot.username ?? '' })}</p>
          </SectionMessage>
        )}
        {notice?.kind === 'done' && <SectionMessage appearance="success"><p>{t(notice.key)}</p></SectionMessage>}
        {notice?.kind === 'failed' && !tokenError && <SectionMessage appearance="error"><p>{tError(notice.error)}</p></SectionMessage>}
      </div>
      {canEdit && (
        <form onSubmit={(e) => { e.preventDefault(); void run(() => api.call('telegram/connect', { token }), 'admin.telegram.connected'); }}>
          <Stack space="space.100">
            <TelegramField id="telegram-token" type="password" label={t('admin.telegram.token')} help={t('admin.telegram.token.help')} value={token} onChange={setToken} error={tokenError} readOnly={busy} />
            <Inline space="space.100">
              <Button type="submit" appearance="primary" isLoading={busy} isDisabled={token.trim() === ''} testId="telegram-connect">{t('admin.telegram.connect')}</Button>
              {bot.state !== 'notConnected' && (
                <Button onClick={() => void run(() => api.call('telegram/disconnect', {}), 'admin.telegram.disconnected')} isDisabled={busy} testId="telegram-disconnect">
                  {t('admin.telegram.disconnect')}
                </Button>
              )}
            </Inline>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
