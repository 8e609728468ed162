// One route of the Telegram section: project, chat and topic, events, filters, audience and language.
// Client chats ("public only") can pick only the events a client may see. In a forum, one topic per issue.
import Button from '@atlaskit/button/new';
import { ErrorMessage, Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import Select from '@atlaskit/select/default';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { Locale, MessageKey } from '@shared/contract';
import { LOCALES } from '@shared/i18n';
import { useI18n } from '@ui/i18n';
import { TelegramField } from './telegram-field';
import { EVENT_TYPES, PUBLIC_EVENTS, type EventType, type RouteDraft } from './telegram-value';

type Props = {
  readonly index: number;
  readonly route: RouteDraft;
  readonly errors: Readonly<Record<string, MessageKey>>;
  readonly readOnly: boolean;
  readonly onChange: (next: RouteDraft) => void;
  readonly onRemove: () => void;
};

type Option<T> = { readonly label: string; readonly value: T };

export function TelegramRoute({ index, route, errors, readOnly, onChange, onRemove }: Props) {
  const { t } = useI18n();
  const id = (field: string) => `telegram-route-${index}-${field}`;
  const err = (field: string) => errors[`routes.${index}.${field}`];
  const set = (patch: Partial<RouteDraft>) => onChange({ ...route, ...patch });
  const allowed = route.publicOnly ? PUBLIC_EVENTS : EVENT_TYPES;
  const eventOptions: Option<EventType>[] = allowed.map((e) => ({ value: e, label: t(`tg.event.${e}`) }));
  const audience: Option<boolean>[] = [
    { value: false, label: t('admin.telegram.route.audience.team') },
    { value: true, label: t('admin.telegram.route.audience.client') },
  ];
  const locales: Option<Locale>[] = LOCALES.map((l) => ({ value: l, label: t(`locale.${l}`) }));
  const n = index + 1;
  return (
    <div className="lb-tg-route" data-testid={`telegram-route-${index}`}>
      <Stack space="space.100">
        <Inline spread="space-between" alignBlock="center">
          <Heading size="xsmall" as="h4">{t('admin.telegram.route.heading', { n })}</Heading>
          {!readOnly && <Button appearance="subtle" onClick={onRemove} testId={id('remove')}>{t('admin.telegram.routes.remove', { n })}</Button>}
        </Inline>
        <div className="lb-tg-row">
          <TelegramField id={id('projectKey')} label={t('admin.telegram.route.projectKey')} value={route.projectKey} onChange={(v) => set({ projectKey: v })} error={err('projectKey')} readOnly={readOnly} />
          <TelegramField id={id('chatId')} label={t('admin.telegram.route.chatId')} value={route.chatId} onChange={(v) => set({ chatId: v })} error={err('chatId')} readOnly={readOnly} />
          <TelegramField id={id('topicId')} label={t('admin.telegram.route.topicId')} value={route.topicId} onChange={(v) => set({ topicId: v })} error={err('topicId')} readOnly={readOnly} />
        </div>
        <TelegramField id={id('label')} label={t('admin.telegram.route.label')} value={route.label} onChange={(v) => set({ label: v })} error={err('label')} readOnly={readOnly} />
        <div className="lb-tg-row">
          <Stack space="space.050">
            <Label htmlFor={id('audience')}>{t('admin.telegram.route.audience')}</Label>
            <Select<Option<boolean>, false> inputId={id('audience')} options={audience} value={audience.find((o) => o.value === route.publicOnly)} isDisabled={readOnly}
              onChange={(o) => o && set({ publicOnly: o.value, events: o.value ? route.events.filter((e) => PUBLIC_EVENTS.includes(e)) : route.events })} />
          </Stack>
          <Stack space="space.050">
            <Label htmlFor={id('locale')}>{t('admin.telegram.route.locale')}</Label>
            <Select<Option<Locale>, false> inputId={id('locale')} options={locales} value={locales.find((o) => o.value === route.locale)} isDisabled={readOnly} onChange={(o) => o && set({ locale: o.value })} />
          </Stack>
        </div>
        <Stack space="space.050">
          <Label htmlFor={id('events')}>{t('admin.telegram.route.events')}</Label>
          <Select<Option<EventType>, true> inputId={id('events')} isMulti options={eventOptions} isDisabled={readOnly}
            value={eventOptions.filter((o) => route.events.includes(o.value))} onChange={(list) => set({ events: list.map((o) => o.value) })} />
          {err('events') && <ErrorMessage>{t(err('events') ?? 'validation.required')}</ErrorMessage>}
        </Stack>
        <Stack space="space.050">
          <label className="lb-tg-check" htmlFor={id('topicPerIssue')}>
            <input id={id('topicPerIssue')} type="checkbox" data-testid={id('topicPerIssue')} disabled={readOnly} checked={route.topicPerIssue}
              aria-describedby={id('topicPerIssue-help')} onChange={(e) => set({ topicPerIssue: e.target.checked })} />
            {t('admin.telegram.route.topicPerIssue')}
          </label>
          <div className="lb-tg-help" id={id('topicPerIssue-help')}>{t('admin.telegram.route.topicPerIssue.help')}</div>
          {err('topicPerIssue') && <ErrorMessage>{t(err('topicPerIssue') ?? 'validation.required')}</ErrorMessage>}
        </Stack>
        <div className="lb-tg-row">
          <TelegramField id={id('priorities')} label={t('admin.telegram.route.priorities')} value={route.priorities} onChange={(v) => set({ priorities: v })} error={err('priorities')} readOnly={readOnly} />
          <TelegramField id={id('issueTypes')} label={t('admin.telegram.route.issueTypes')} value={route.issueTypes} onChange={(v) => set({ issueTypes: v })} error={err('issueTypes')} readOnly={readOnly} />
        </div>
      </Stack>
    </div>
  );
}
