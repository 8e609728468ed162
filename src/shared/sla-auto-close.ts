// The auto-close settings of the SLA section (their shape and the defaults), shared by the server's
// validator (src/domain/model/sla/auto-close.ts) and the admin page, which prefills a section saved before
// auto-close existed with them. Pure; relative imports only, as the root unit suite imports it too.
import type { Locale } from './i18n';

export type SilenceUnit = 'hours' | 'days';
/** Business time: `hours` of working time in the SLA calendar, or working `days` (same local time, N working dates later). */
export type SilenceSpan = { readonly amount: number; readonly unit: SilenceUnit };
export type LocalizedText = Readonly<Record<Locale, string>>;

export type AutoCloseSettings = {
  readonly enabled: boolean;
  /** Status names (case-insensitive) or ids in which the team waits for the client. */
  readonly waitingStatuses: readonly string[];
  readonly remindAfter: SilenceSpan;
  readonly closeAfter: SilenceSpan;
  /** Target statuses (names or ids) reached one transition each, in order; the last one closes the issue. */
  readonly closeVia: readonly string[];
  /** Resolution name set on the last transition, or null to leave it to Jira. */
  readonly resolution: string | null;
  readonly reminderText: LocalizedText;
  readonly closingText: LocalizedText;
};

export const DEFAULT_AUTO_CLOSE: AutoCloseSettings = {
  enabled: false,
  waitingStatuses: ['Waiting for customer'],
  remindAfter: { amount: 2, unit: 'days' },
  closeAfter: { amount: 1, unit: 'days' },
  closeVia: ['Resolved'],
  resolution: 'Done',
  reminderText: {
    en: 'We are still waiting for your reply. If we do not hear from you, this request will be closed automatically.',
    ru: 'Мы всё ещё ждём вашего ответа. Если ответа не будет, обращение будет закрыто автоматически.',
  },
  closingText: {
    en: 'No response: we closed this request because we did not hear back. Reply here or open a new request if you still need help.',
    ru: 'Нет ответа: мы закрыли обращение, так как не получили ответа. Напишите сюда или создайте новое обращение, если помощь всё ещё нужна.',
  },
};
