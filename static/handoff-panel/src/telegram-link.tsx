// "Connect Telegram": the caller links their own Telegram account to Jira, so that "Assign to me" and the
// CSAT buttons in team chats act as them. A one-time deep link (10 minutes) opens the bot, which finishes
// the link on /start. Shown in the handoff panel, where line 1 and line 2 work every day. Only the caller's
// own link is ever read or changed (the server takes the account from the Forge context).
import { useCallback, useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { ErrorPayload, TelegramAccountLinkDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { useResolver } from '@ui/use-resolver';
import { api } from './api';

export function TelegramLink() {
  const { t, tError, formatDateTime } = useI18n();
  const load = useCallback(() => api.call('telegram/account-link', { action: 'status' }), []);
  const { state, update } = useResolver(load);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  if (state.status !== 'ready') return null;
  const link = state.data;
  const act = async (action: 'create' | 'remove'): Promise<void> => {
    setBusy(true);
    const result = await api.call('telegram/account-link', { action });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    update((): TelegramAccountLinkDto => result.value);
  };
  return (
    <section className="lb-tg-link" aria-labelledby="tg-link-title" data-testid="telegram-link">
      <h3 id="tg-link-title" className="lb-csat-title">{t('handoff.telegram.title')}</h3>
      {!link.botConnected && <p className="lb-help">{t('handoff.telegram.noBot')}</p>}
      {link.botConnected && link.linked && (
        <p data-testid="telegram-link-state">{t('handoff.telegram.linked', { name: link.telegramName ?? '—', when: formatDateTime(link.linkedAt ?? '') })}</p>
      )}
      {link.botConnected && !link.linked && <p className="lb-help" data-testid="telegram-link-state">{t('handoff.telegram.notLinked')}</p>}
      {link.deepLink && (
        <p role="status">
          <a href={link.deepLink} target="_blank" rel="noreferrer" data-testid="telegram-deep-link">{t('handoff.telegram.open')}</a>
          <br />
          <span className="lb-help">{t('handoff.telegram.expires', { when: formatDateTime(link.expiresAt ?? '') })}</span>
        </p>
      )}
      {error && <div role="alert"><SectionMessage appearance="error">{tError(error)}</SectionMessage></div>}
      {link.botConnected && (
        <div>
          {link.linked
            ? <Button onClick={() => void act('remove')} isDisabled={busy} testId="telegram-unlink">{t('handoff.telegram.unlink')}</Button>
            : <Button onClick={() => void act('create')} isDisabled={busy} testId="telegram-connect">{t('handoff.telegram.connect')}</Button>}
        </div>
      )}
    </section>
  );
}
