// The Telegram section of the admin page: the bot (connect with a token, masked afterwards), the bridge's
// health, and the routing settings (routes, emojis, digests) saved through settings/save. The server checks
// who may do what; a failed save keeps every edit and shows the errors at their fields.
import './telegram.css';
import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { ErrorPayload, Result, ResolverResult, SettingsSectionDto, TelegramStatusDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { api } from '../api';
import { SaveBanner } from '../save-banner';
import { useSectionSave } from '../use-section-save';
import { VersionLine } from '../version-line';
import { TelegramBot } from './telegram-bot';
import { TelegramConversation } from './telegram-conversation';
import { TelegramEmojis } from './telegram-emojis';
import { TelegramHealth } from './telegram-health';
import { TelegramLinks } from './telegram-links';
import { TelegramRoute } from './telegram-route';
import { fromTelegramDraft, newRoute, toTelegramDraft, type TelegramDraft } from './telegram-value';

type Props = {
  readonly section: SettingsSectionDto;
  readonly canEdit: boolean;
  readonly save: (value: unknown, expectedVersion: number) => Promise<Result<SettingsSectionDto>>;
  readonly onReload: () => void;
};

function useTelegramStatus() {
  const [status, setStatus] = useState<TelegramStatusDto | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const apply = useCallback((result: ResolverResult<'telegram/status'>) => {
    if (result.ok) setStatus(result.value);
    setError(result.ok ? null : result.error);
  }, []);
  const run = useCallback(async (call: () => Promise<ResolverResult<'telegram/status'>>) => {
    setBusy(true);
    apply(await call());
    setBusy(false);
  }, [apply]);
  const refresh = useCallback(() => void run(() => api.call('telegram/status', {})), [run]);
  useEffect(refresh, [refresh]);
  return { status, error, busy, refresh, setStatus, retryDead: () => void run(() => api.call('telegram/retryDeadLetters', {})) };
}

export function TelegramSection({ section, canEdit, save, onReload }: Props) {
  const { t, tError, locale } = useI18n();
  const health = useTelegramStatus();
  const [draft, setDraft] = useState<TelegramDraft>(() => toTelegramDraft(section.value));
  const { errors, outcome, saving, submit } = useSectionSave(save, section.version);
  useEffect(() => setDraft(toTelegramDraft(section.value)), [section.version, section.value]);
  const readOnly = !canEdit;

  const onSave = () => submit(fromTelegramDraft(draft));

  return (
    <Stack space="space.300">
      <Stack space="space.050">
        <Heading size="medium" as="h2">{t('admin.section.telegram')}</Heading>
        <VersionLine section={section} />
      </Stack>
      {health.error && <SectionMessage appearance="error"><p>{tError(health.error)}</p></SectionMessage>}
      {health.status && <TelegramBot status={health.status} canEdit={canEdit} onStatus={health.setStatus} />}
      {health.status && <TelegramHealth status={health.status} canEdit={canEdit} busy={health.busy} onRefresh={health.refresh} onRetryDead={health.retryDead} />}
      <TelegramLinks canEdit={canEdit} />
      <Stack space="space.150">
        <Heading size="small" as="h3">{t('admin.telegram.routes.title')}</Heading>
        <p className="lb-tg-help">{t('admin.telegram.routes.help')}</p>
        <SaveBanner outcome={outcome} onReload={onReload} />
        {draft.routes.length === 0 && <p>{t('admin.telegram.routes.none')}</p>}
        {draft.routes.map((route, i) => (
          <TelegramRoute key={route.id} index={i} route={route} errors={errors} readOnly={readOnly}
            onChange={(next) => setDraft({ ...draft, routes: draft.routes.map((r, n) => (n === i ? next : r)) })}
            onRemove={() => setDraft({ ...draft, routes: draft.routes.filter((_, n) => n !== i) })} />
        ))}
        {canEdit && (
          <Inline>
            <Button onClick={() => setDraft({ ...draft, routes: [...draft.routes, newRoute(draft.routes, locale)] })} testId="telegram-add-route">{t('admin.telegram.routes.add')}</Button>
          </Inline>
        )}
      </Stack>
      <TelegramEmojis draft={draft} errors={errors} readOnly={readOnly} onChange={setDraft} />
      <TelegramConversation value={draft.conversation} version={section.version} errors={errors} readOnly={readOnly} onChange={(conversation) => setDraft((d) => ({ ...d, conversation }))} />
      {canEdit && (
        <div>
          <Button appearance="primary" onClick={() => void onSave()} isLoading={saving} testId="save-telegram">{t('common.save')}</Button>
        </div>
      )}
    </Stack>
  );
}
