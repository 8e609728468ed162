// "Client chats" of the Telegram section: create a one-time link code for a project (+ optional client ID),
// shown once with the exact `/link CODE` to paste and its expiry; the linked groups with Unlink. Admins only
// (the server checks); the code is never fetched again after this screen shows it.
import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select/default';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { ErrorPayload, TelegramLinkCodeDto, TelegramLinksDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { api } from '../api';
import { TelegramField } from './telegram-field';

type Option = { readonly label: string; readonly value: string };

export function TelegramLinks({ canEdit }: { readonly canEdit: boolean }) {
  const { t, tError, formatDateTime } = useI18n();
  const [links, setLinks] = useState<TelegramLinksDto | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [project, setProject] = useState('');
  const [clientId, setClientId] = useState('');
  const [code, setCode] = useState<TelegramLinkCodeDto | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await api.call('telegram/links/list', {});
    if (result.ok) {
      setLinks(result.value);
      setProject((p) => p || result.value.projects[0] || '');
    }
    setError(result.ok ? null : result.error);
  }, []);
  useEffect(() => void load(), [load]);

  const create = async () => {
    setBusy(true);
    const result = await api.call('telegram/links/createCode', { projectKey: project, clientId: clientId.trim() === '' ? null : clientId.trim() });
    setBusy(false);
    setCode(result.ok ? result.value : null);
    setError(result.ok ? null : result.error);
  };

  const unlink = async (chatId: number) => {
    setBusy(true);
    const result = await api.call('telegram/links/unlink', { chatId });
    setBusy(false);
    if (result.ok) setLinks(result.value);
    setError(result.ok ? null : result.error);
  };

  if (!canEdit) return null;
  const options: Option[] = (links?.projects ?? []).map((p) => ({ label: p, value: p }));
  const fieldErrors = error?.fieldErrors ?? {};
  return (
    <Stack space="space.150" testId="telegram-links">
      <Heading size="small" as="h3">{t('tg.links.title')}</Heading>
      <p className="lb-tg-help">{t('tg.links.intro')}</p>
      {error && !fieldErrors.clientId && <SectionMessage appearance="error"><p>{tError(error)}</p></SectionMessage>}
      <div className="lb-tg-row">
        <Stack space="space.050">
          <Label htmlFor="telegram-link-project">{t('tg.links.project')}</Label>
          <Select<Option, false> inputId="telegram-link-project" options={options} value={options.find((o) => o.value === project) ?? null} onChange={(o) => o && setProject(o.value)} />
        </Stack>
        <TelegramField id="telegram-link-client" label={t('tg.links.clientId')} help={t('tg.links.clientIdHelp')} value={clientId} onChange={setClientId} error={fieldErrors.clientId} readOnly={busy} />
      </div>
      <Inline space="space.100">
        <Button appearance="primary" onClick={() => void create()} isLoading={busy} isDisabled={project === ''} testId="telegram-link-create">{t('tg.links.create')}</Button>
        <Button onClick={() => void load()} isDisabled={busy} testId="telegram-links-refresh">{t('tg.links.refresh')}</Button>
      </Inline>
      {code && (
        <SectionMessage appearance="information" title={t('tg.links.codeTitle')} testId="telegram-link-code">
          <Stack space="space.100">
            <code className="lb-tg-code">{code.command}</code>
            <p>{t('tg.links.codeHelp', { expires: formatDateTime(code.expiresAt) })}</p>
            <Inline><Button onClick={() => void navigator.clipboard?.writeText(code.command)}>{t('tg.links.copy')}</Button></Inline>
          </Stack>
        </SectionMessage>
      )}
      {links && links.links.length === 0 && <p>{t('tg.links.none')}</p>}
      {links && links.links.length > 0 && (
        <table className="lb-admin-table" data-testid="telegram-links-table">
          <thead>
            <tr><th>{t('tg.links.chat')}</th><th>{t('tg.links.project')}</th><th>{t('tg.links.clientId')}</th><th>{t('tg.links.linkedBy')}</th><th>{t('tg.links.linkedAt')}</th><th><span className="lb-tg-hidden">{t('tg.links.unlink')}</span></th></tr>
          </thead>
          <tbody>
            {links.links.map((l) => (
              <tr key={l.chatId}>
                <td>{l.title}</td><td>{l.projectKey}</td><td>{l.clientId ?? '—'}</td><td>{l.linkedBy}</td><td>{formatDateTime(l.linkedAt)}</td>
                <td><Button onClick={() => void unlink(l.chatId)} isDisabled={busy} testId={`telegram-unlink-${l.chatId}`}>{t('tg.links.unlink')}</Button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Stack>
  );
}
