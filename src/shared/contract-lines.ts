// The support-lines part of the UI ↔ backend contract: panel filters and figures, the issue's facts with
// its CSAT form, and the backfill status. Types only (contract.ts re-exports them); times are ISO strings.
import type { MessageKey } from './i18n';

export type LineFilterDto = 'all' | 'line1' | 'line2';
export const PANEL_PERIODS = [4, 12, 26] as const;
export type PanelPeriodDto = (typeof PANEL_PERIODS)[number];
export const KPI_KEYS = ['reopenRate', 'csat', 'sla', 'handoff', 'reaction', 'repeatContacts', 'fcr'] as const;
export type KpiKeyDto = (typeof KPI_KEYS)[number];
export type SlaMetricDto = 'firstResponse' | 'resolution' | 'handoff';

export type PanelFiltersDto = {
  /** null: every served project the caller can browse. */
  readonly projectKey: string | null;
  readonly weeks: PanelPeriodDto;
  /** Monday (YYYY-MM-DD) of the last week shown; null: the current week. */
  readonly endWeek: string | null;
  /** Empty: all. */
  readonly priorities: readonly string[];
  readonly issueTypes: readonly string[];
  readonly line: LineFilterDto;
  /** Also read the table by engineer (the people documents). */
  readonly withPeople: boolean;
};

export type RateDto = { readonly num: number; readonly den: number; readonly rate: number | null };
export type DurationStatsDto = { readonly median: number | null; readonly p90: number | null; readonly count: number };

export type KpisDto = {
  readonly load: number;
  readonly resolved: number;
  readonly reopenRate: RateDto;
  readonly fcr: RateDto;
  readonly repeatContactRate: RateDto;
  readonly csat: { readonly average: number | null; readonly count: number; readonly distribution: readonly number[] };
  readonly sla: Readonly<Record<SlaMetricDto, RateDto>>;
  /** Business minutes. */
  readonly handoff: DurationStatsDto;
  readonly reaction: DurationStatsDto;
};

export type TrendPointDto = {
  readonly week: string;
  readonly load: number;
  readonly resolved: number;
  readonly reopenRate: number | null;
  readonly csatAverage: number | null;
  readonly slaResolution: number | null;
  readonly handoffMedian: number | null;
};

export type PersonRowDto = {
  readonly accountId: string;
  readonly name: string;
  readonly line: 'line1' | 'line2';
  readonly load: number;
  readonly resolved: number;
  readonly reopened: number;
  readonly reopenRate: number | null;
  readonly csatAverage: number | null;
  readonly csatCount: number;
  readonly slaMet: number;
  readonly slaTotal: number;
  readonly slaRate: number | null;
};

export type BackfillStatusDto = {
  readonly state: 'never' | 'running' | 'done' | 'failed';
  readonly kind: 'backfill' | 'recompute';
  readonly phase: string;
  readonly processed: number;
  readonly total: number | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly throttledUntil: string | null;
  readonly error: MessageKey | null;
  readonly missingProjects: readonly string[];
};

export type PanelDto = {
  readonly filters: PanelFiltersDto & { readonly endWeek: string };
  readonly periodWeeks: readonly string[];
  readonly trendWeeks: readonly string[];
  readonly projects: readonly { readonly key: string; readonly name: string }[];
  /** Served projects Jira no longer knows (deleted or hidden from the caller): excluded. */
  readonly missingProjects: readonly string[];
  readonly options: { readonly priorities: readonly string[]; readonly issueTypes: readonly string[] };
  readonly kpis: KpisDto;
  readonly trends: readonly TrendPointDto[];
  readonly people: readonly PersonRowDto[] | null;
  readonly backfill: BackfillStatusDto;
  readonly viewer: { readonly isAdmin: boolean };
  readonly generatedAt: string;
};

export type PersonRefDto = { readonly accountId: string; readonly name: string };
export type SlaOutcomeDto = 'met' | 'breached' | 'open' | 'noGoal' | 'none';
export type ViewerRoleDto = 'line1' | 'line2' | 'lead' | 'admin' | 'other';

export type RatingDto = {
  readonly score: number;
  /** null when hidden from the viewer (only leads, admins and the rater see comments). */
  readonly comment: string | null;
  /** null when the rater chose anonymity and the viewer is not a lead, an admin or the rater. */
  readonly rater: PersonRefDto | null;
  readonly anonymous: boolean;
  readonly ratedAt: string;
  readonly editableUntil: string;
  readonly mine: boolean;
};

export type CycleDto = {
  readonly index: number;
  readonly startedAt: string;
  readonly resolvedAt: string | null;
  readonly reopened: boolean;
  readonly reopenReason: string | null;
  readonly line: 'line1' | 'line2';
  readonly engineer: PersonRefDto | null;
  readonly sla: Readonly<Record<SlaMetricDto, { readonly state: SlaOutcomeDto; readonly minutes: number | null }>>;
  readonly repeatContacts: number;
  readonly rating: RatingDto | null;
};

/** What the issue panel's CSAT form may do for this viewer. */
export type CsatFormDto = {
  readonly state: 'rate' | 'edit' | 'locked' | 'notResolved' | 'notLine1' | 'ratedByOther';
  /** The cycle the form rates (the latest resolved one), null when none is resolved. */
  readonly cycle: number | null;
  readonly editableUntil: string | null;
};

export type IssueLinesDto = {
  readonly issueKey: string;
  readonly reopenCount: number;
  readonly line1Agent: PersonRefDto | null;
  readonly cycles: readonly CycleDto[];
  readonly csat: CsatFormDto;
  readonly viewer: { readonly role: ViewerRoleDto; readonly canSeeComments: boolean };
};

export type RatePayload = {
  readonly issueKey: string;
  readonly cycle: number;
  readonly score: number;
  readonly comment: string;
  readonly anonymous: boolean;
};

export type BackfillActionDto = 'start' | 'resume' | 'recompute';

/** One CSAT comment for the panel's drill-down and CSV (leads and admins only). */
export type CsatCommentDto = {
  readonly issueKey: string;
  readonly cycle: number;
  readonly score: number;
  readonly comment: string;
  /** Leads and admins see anonymous raters too; `anonymous` says the engineer does not. */
  readonly rater: PersonRefDto;
  readonly anonymous: boolean;
  readonly engineer: PersonRefDto | null;
  readonly ratedAt: string;
};

export type CsatCommentsDto = { readonly comments: readonly CsatCommentDto[]; readonly truncated: boolean };
