// The one contract between the Custom UI apps and the backend: resolver keys, payloads and results.
// Types only (plus the key list): both the resolvers and static/*/src/api.ts import it.
import type { Locale } from './i18n';
import type { ErrorPayload, Result } from './result';
import type {
  FiledIncidentDto, IncidentCreatePayload, IncidentDuplicatesDto, IncidentPreviewDto, IncidentTemplatesDto, ProvisionReportDto, TemplatesCheckDto,
} from './contract-incidents';
import type { BackfillActionDto, BackfillStatusDto, CsatCommentsDto, IssueLinesDto, PanelDto, PanelFiltersDto, RatePayload } from './contract-lines';
import type { TelegramAccountLinkDto, TelegramResolverContract } from './contract-telegram';
import type { GuardResolverContract } from './contract-guard';
import type { TelegramLinksResolverContract } from './contract-telegram-links';
import type { SlaResolverContract } from './contract-sla';

export type { Result, ErrorPayload, ErrorCode } from './result';
export type * from './contract-incidents';
export type * from './contract-lines';
export type * from './contract-telegram';
export type * from './contract-guard';
export type * from './contract-telegram-links';
export type * from './contract-sla';
export type { Locale, MessageKey } from './i18n';

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done' | 'undefined';

export type IssueSummaryDto = {
  readonly issueKey: string;
  readonly status: { readonly id: string; readonly name: string; readonly categoryKey: StatusCategoryKey };
  readonly historyCount: number;
};

export type SettingsSectionKey = 'general' | 'templates' | 'transitionGuard' | 'sla' | 'panel' | 'telegram';

export type GeneralSettingsDto = {
  readonly projectKeys: readonly string[];
  readonly defaultLocale: Locale;
  readonly line1Group: string;
  readonly line2Group: string;
  readonly leadGroup: string;
};

export type SettingsSectionDto = {
  readonly section: SettingsSectionKey;
  readonly built: boolean;
  readonly version: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  readonly value: unknown;
};

export type SettingsDto = { readonly canEdit: boolean; readonly sections: readonly SettingsSectionDto[] };

/** Progress of the SLA recomputation job (admin page, `sla/recompute-status`). */
export type SlaRecomputeStatusDto = {
  readonly status: 'never' | 'running' | 'done' | 'failed' | 'superseded';
  readonly jobId: string | null;
  /** Settings versions the job computes with ("sla:3/general:1"). */
  readonly config: string | null;
  readonly reason: 'settings' | 'sweep' | 'manual' | null;
  readonly startedAt: string | null;
  readonly updatedAt: string | null;
  readonly finishedAt: string | null;
  /** Issues in the projects when the job started (approximate), null if unknown. */
  readonly total: number | null;
  readonly processed: number;
  /** Issues whose stored state changed (property written). */
  readonly written: number;
  readonly failed: number;
  readonly batches: number;
  /** Throttled or failed attempts that were retried. */
  readonly retries: number;
  readonly lastError: ErrorPayload | null;
};

/** Holidays read from an iCalendar file (`sla/parse-ical`); the admin adds them to the calendar draft. */
export type SlaIcalImportDto = {
  readonly holidays: readonly { readonly date: string; readonly name?: string }[];
  readonly events: number;
  readonly skipped: number;
};

/** Every resolver: key → payload and result. */
export type ResolverContract = TelegramResolverContract & TelegramLinksResolverContract & GuardResolverContract & SlaResolverContract & {
  'issue/summary': { payload: { issueKey: string }; result: IssueSummaryDto };
  'settings/get': { payload: Record<string, never>; result: SettingsDto };
  'settings/save': {
    payload: { section: SettingsSectionKey; value: unknown; expectedVersion: number };
    result: SettingsSectionDto;
  };
  'sla/recompute-status': { payload: Record<string, never>; result: SlaRecomputeStatusDto };
  'sla/recompute-start': { payload: Record<string, never>; result: SlaRecomputeStatusDto };
  'sla/parse-ical': { payload: { text: string }; result: SlaIcalImportDto };
  'incidents/templates': { payload: { projectKey?: string; issueKey?: string; locale: Locale }; result: IncidentTemplatesDto };
  'incidents/preview': { payload: { templateId: string; answers: Readonly<Record<string, unknown>> }; result: IncidentPreviewDto };
  'incidents/create': { payload: IncidentCreatePayload; result: FiledIncidentDto };
  'incidents/duplicates': { payload: { templateId: string; clientId: string }; result: IncidentDuplicatesDto };
  'templates/provision': { payload: Record<string, never>; result: ProvisionReportDto };
  'templates/check': { payload: Record<string, never>; result: TemplatesCheckDto };
  'lines/panel': { payload: Partial<PanelFiltersDto>; result: PanelDto };
  'lines/issue': { payload: { issueKey: string }; result: IssueLinesDto };
  'lines/rate': { payload: RatePayload; result: IssueLinesDto };
  'lines/job': { payload: { action: BackfillActionDto }; result: BackfillStatusDto };
  'lines/job-status': { payload: Record<string, never>; result: BackfillStatusDto };
  'lines/csat-comments': { payload: Partial<PanelFiltersDto>; result: CsatCommentsDto };
  'telegram/account-link': { payload: { action: 'status' | 'create' | 'remove' }; result: TelegramAccountLinkDto };
};

export type ResolverKey = keyof ResolverContract;
export type ResolverPayload<K extends ResolverKey> = ResolverContract[K]['payload'];
export type ResolverResult<K extends ResolverKey> = Result<ResolverContract[K]['result']>;
