// The incident-intake part of the UI ↔ backend contract: templates as the form sees them, the live preview,
// the filed incident, duplicates, the provisioning report and the create-dialog UI modification data.
// Types only (contract.ts re-exports them); the backend maps domain values onto these shapes.
import type { Locale, MessageKey } from './i18n';

export type LocalizedTextDto = Readonly<Record<Locale, string>>;
export type PriorityLevelDto = 'critical' | 'high' | 'medium' | 'low';
export type TemplateFieldTypeDto = 'text' | 'multiline' | 'dateTime' | 'select' | 'number' | 'clientId';

export type TemplateFieldDto = {
  readonly id: string;
  readonly type: TemplateFieldTypeDto;
  readonly label: LocalizedTextDto;
  readonly help: LocalizedTextDto;
  readonly required: boolean;
  readonly order: number;
  readonly options?: readonly { readonly id: string; readonly label: LocalizedTextDto }[];
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
};

export type IncidentTemplateDto = {
  readonly id: string;
  readonly name: LocalizedTextDto;
  readonly projectKey: string;
  readonly issueTypeName: string;
  /** The language the issue is written in. */
  readonly locale: Locale;
  /** In the order the form shows them. */
  readonly fields: readonly TemplateFieldDto[];
  /** The field holding the client ID (duplicate warning, follow-up prefill), if the template has one. */
  readonly clientIdFieldId: string | null;
};

export type IncidentTemplatesDto = {
  readonly version: number;
  readonly templates: readonly IncidentTemplateDto[];
  /** The template for the asked project in the caller's language, else the first of the project, else null. */
  readonly selectedId: string | null;
  /** For a follow-up (issue action): the client ID recorded on the original issue, when LineBridge filed it. */
  readonly followUpClientId: string | null;
};

export type IncidentPreviewDto = {
  readonly priority: PriorityLevelDto;
  readonly priorityName: string;
  /** The rule that matched; null when the default priority applies. */
  readonly ruleId: string | null;
  /** The fields the matching rule looks at ([] for the default priority): the form names them and their answers. */
  readonly ruleFieldIds: readonly string[];
  readonly summary: string;
};

export type FiledIncidentDto = {
  readonly issueKey: string;
  readonly issueId: string;
  readonly priority: PriorityLevelDto;
  readonly priorityName: string;
  readonly templateId: string;
  readonly templateVersion: number;
  /** True when a retry with the same idempotency key found the issue filed before. */
  readonly replayed: boolean;
  /** Assignment on filing: who (null: nobody) and why (`roundRobin`, `clientMapping`, … or `failed`). */
  readonly assignment?: { readonly accountId: string | null; readonly reason: string };
};

export type DuplicateIssueDto = {
  readonly key: string;
  readonly summary: string;
  readonly statusName: string;
};

export type IncidentDuplicatesDto = { readonly issues: readonly DuplicateIssueDto[] };

export type IncidentCreatePayload = {
  readonly idempotencyKey: string;
  readonly templateId: string;
  readonly projectKey: string;
  readonly issueTypeName: string;
  readonly answers: Readonly<Record<string, unknown>>;
};

export type ProvisionStepDto = {
  readonly kind: 'field' | 'options' | 'screen' | 'uiModification';
  readonly target: string;
  readonly outcome: 'created' | 'updated' | 'exists' | 'failed' | 'skipped';
  readonly detail?: string;
  readonly problem?: 'permission' | 'notFound' | 'upstream' | 'rejected';
};

export type ProvisionReportDto = {
  readonly ranAt: string;
  readonly ok: boolean;
  readonly steps: readonly ProvisionStepDto[];
  /** Logical field key → the site's custom field id. */
  readonly resolved: Readonly<Record<string, string>>;
  readonly fixes: readonly MessageKey[];
};

/** What provisioning stores in a create-dialog UI modification's `data` (JSON), per project and issue type. */
export type UiModificationDataDto = {
  readonly v: 1;
  readonly templatesVersion: number;
  readonly defaultLocale: Locale;
  /** The description skeleton (ADF) per language of the templates serving this project and issue type. */
  readonly variants: Partial<Record<Locale, { readonly templateId: string; readonly description: unknown }>>;
  /** Jira field ids the template requires (`description`, `customfield_…`). */
  readonly requiredFieldIds: readonly string[];
  /** The select field that decides the priority, and the priority id for each of its option values. */
  readonly priority: { readonly fieldId: string; readonly byOptionValue: Readonly<Record<string, string>> } | null;
};

/** The saved templates checked against Jira's live fields: editor path → problem (deleted or unprovisioned field). */
export type TemplatesCheckDto = { readonly version: number; readonly errors: Readonly<Record<string, MessageKey>> };
