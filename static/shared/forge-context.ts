// The few fields of Forge's view.getContext() answer that the surfaces use, read defensively.
// Pure: it never calls the bridge (api.ts does) and never throws on an odd context.
import { toLocale, type Locale } from '@shared/i18n';
import { isRecord } from './result-guards';

export type UiContext = {
  readonly locale: Locale;
  /** IANA zone of the Jira user, e.g. `Europe/Moscow`; null when Jira did not say. */
  readonly timeZone: string | null;
  readonly moduleKey: string | null;
  /** `context.extension.issue.key` on issue modules, null elsewhere. */
  readonly issueKey: string | null;
  /** `context.extension.project.key` on project and issue modules, null elsewhere (global pages). */
  readonly projectKey: string | null;
};

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

export function toUiContext(raw: unknown): UiContext | null {
  if (!isRecord(raw)) return null;
  const extension = isRecord(raw.extension) ? raw.extension : {};
  const issue = isRecord(extension.issue) ? extension.issue : {};
  const project = isRecord(extension.project) ? extension.project : {};
  return {
    locale: toLocale(stringOrNull(raw.locale)),
    timeZone: stringOrNull(raw.timezone),
    moduleKey: stringOrNull(raw.moduleKey),
    issueKey: stringOrNull(issue.key),
    projectKey: stringOrNull(project.key),
  };
}
