// The SLA part of the UI ↔ backend contract: the clocks of one issue (issue panel and issue context),
// their working spans for a live countdown in the browser, and the auto-close state. Types only.

export type SlaMetricKeyDto = 'firstResponse' | 'resolution' | 'handoff';
export type SlaClockStateDto = 'running' | 'paused' | 'met' | 'breached' | 'noGoal' | 'none';

export type SlaPastCycleDto = {
  readonly cycle: number;
  readonly state: Exclude<SlaClockStateDto, 'none'>;
  readonly startedAt: string;
  readonly stoppedAt: string | null;
  readonly elapsedMinutes: number;
  readonly targetMinutes: number | null;
};

/** The figures of a clock's current cycle: the same in the stored issue property (SlaMetricLive) and here. */
export type SlaClockFiguresDto = {
  /** The current cycle is open and in a pause (a breached or no-goal clock can be paused too). */
  readonly paused: boolean;
  /** Business minutes as of `computedAt` (remaining rounded up: 0 only once breached; elapsed down); null without a goal. */
  readonly remainingMinutes: number | null;
  readonly elapsedMinutes: number;
  readonly targetMinutes: number | null;
  /** ISO instants (JQL `date` paths in the issue property). */
  readonly startedAt: string | null;
  readonly stoppedAt: string | null;
  readonly warningAt: string | null;
  /** Past for a breached clock; ahead (through the calendar) for a running one. */
  readonly breachAt: string | null;
};

export type SlaClockDto = SlaClockFiguresDto & {
  readonly metric: SlaMetricKeyDto;
  readonly state: SlaClockStateDto;
  /** 1-based index of the current cycle (0: never started) and how many there were. */
  readonly cycle: number;
  readonly cycles: number;
  /** Earlier cycles, oldest first (reopens; for handoff, earlier escalations). */
  readonly past: readonly SlaPastCycleDto[];
};

export type SlaAutoCloseViewDto = {
  readonly state: 'notWaiting' | 'answered' | 'silent' | 'closed';
  /** Silent since (entering the waiting status, or the team's last public comment). */
  readonly since: string | null;
  readonly action: 'remind' | 'close' | null;
  /** When `action` is due; null when the calendar has no working time ahead. */
  readonly dueAt: string | null;
  readonly remindedAt: string | null;
  readonly replyAt: string | null;
  readonly closedAt: string | null;
  readonly failure: {
    readonly at: string;
    readonly code: 'missingTransition' | 'refused' | 'comment';
    readonly status: string | null;
    readonly detail: string;
  } | null;
};

export type SlaIssueViewDto = {
  readonly issueKey: string;
  readonly projectKey: string;
  /** ok: clocks below; notServed: LineBridge does not serve the project; pending: not computed yet. */
  readonly availability: 'ok' | 'notServed' | 'pending';
  /** The issue's status now (names the reason of a pause). */
  readonly statusName: string;
  /** When the stored state was computed: the countdown runs from here. */
  readonly computedAt: string | null;
  /** The server's clock when it answered: the browser corrects its own clock's offset with it. */
  readonly serverNow: string;
  /** Computed with other settings than the current ones (a recomputation is under way). */
  readonly stale: boolean;
  readonly calendar: { readonly name: string; readonly timeZone: string; readonly always: boolean };
  /**
   * Working time as epoch-ms spans, in order, covering [computedAt, horizon): the browser counts
   * business time with them. Empty for a 24/7 calendar (every instant counts).
   */
  readonly workingSpans: readonly (readonly [number, number])[];
  readonly horizon: number | null;
  readonly clocks: readonly SlaClockDto[];
  /** Null when the auto-close is off. */
  readonly autoClose: SlaAutoCloseViewDto | null;
};

export type SlaResolverContract = {
  'sla/issue': { payload: { issueKey: string }; result: SlaIssueViewDto };
};
