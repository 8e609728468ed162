// Auto-close of silent requests at work: decides (rules/sla/auto-close.ts) and acts — plans a delayed
// event toward the next step, posts the one public reminder, moves the issue along the configured
// statuses and posts the closing note. Every step is claimed first (create-if-absent), so a redelivered
// event, a timer and the sweep racing each other never post two reminders. A refusal by Jira loses
// nothing: it is logged, kept on the record (shown on the issue) and retried an hour later.
import { isAppError } from '../../errors';
import type { AutoCloseJiraPort, AutoCloseNotices, ClaimStore } from '../../ports-auto-close';
import type { SlaIssueSnapshot } from '../../ports';
import { DEFAULT_AUTO_CLOSE, type AutoCloseSettings } from '../../model/sla/auto-close';
import { SLA_TIMER_QUEUE, type AutoCloseTimerBody } from '../../model/sla/jobs';
import { hopDelaySeconds } from '../../rules/sla/alerts';
import { decideAutoClose, statusAt, statusMatches, type AutoCloseDecision } from '../../rules/sla/auto-close';
import { readSlaConfig, type SlaConfig } from './read-sla-config';
import { refreshIssueSla, type SlaServices } from './refresh-issue-sla';
import { autoCloseClaimKey, autoCloseKey } from './sla-keys';

export const RETRY_AFTER_FAILURE_MS = 60 * 60_000;
/** A claim older than this whose step never got recorded belongs to a crashed invocation. */
export const LOST_CLAIM_MS = 10 * 60_000;
const MAX_OWN_COMMENTS = 20;
/** Claims expire after this (KVS TTL) so they do not pile up; the record keeps what was done. */
const CLAIM_TTL_SECONDS = 30 * 24 * 3600;

export type AutoCloseServices = SlaServices & { readonly closer: AutoCloseJiraPort; readonly claims: ClaimStore; readonly notices?: AutoCloseNotices };

export type AutoCloseFailure = {
  readonly at: number;
  readonly anchorId: string;
  readonly step: 'remind' | 'close';
  readonly code: 'missingTransition' | 'refused' | 'comment';
  /** The status the failed transition aimed at (close), for the message. */
  readonly status: string | null;
  readonly detail: string;
};

/** What the issue shows: the last decision, in plain data. */
export type AutoCloseStatus =
  | { readonly kind: 'notWaiting' }
  | { readonly kind: 'answered'; readonly anchorAt: number; readonly replyAt: number }
  | { readonly kind: 'silent'; readonly anchorAt: number; readonly action: 'remind' | 'close'; readonly dueAt: number | null };

/** KVS `sla-autoclose:<key>`. */
export type AutoCloseRecord = {
  readonly issueKey: string;
  readonly config: string;
  readonly anchorId: string | null;
  readonly remindedAt: number | null;
  readonly ownCommentIds: readonly string[];
  /** The pending timer chain (a hop that does not match it is stale). */
  readonly plan: { readonly anchorId: string; readonly action: 'remind' | 'close'; readonly dueAt: number } | null;
  readonly closedAt: number | null;
  readonly failure: AutoCloseFailure | null;
  readonly status: AutoCloseStatus;
};

export type AutoCloseOutcome = 'off' | 'notWaiting' | 'answered' | 'scheduled' | 'idle' | 'reminded' | 'closed' | 'failed' | 'busy';

const emptyRecord = (issueKey: string, config: string): AutoCloseRecord => ({
  issueKey, config, anchorId: null, remindedAt: null, ownCommentIds: [], plan: null, closedAt: null, failure: null, status: { kind: 'notWaiting' },
});

const settingsOf = (config: SlaConfig): AutoCloseSettings => config.settings.autoClose ?? DEFAULT_AUTO_CLOSE;

function statusOf(d: AutoCloseDecision): AutoCloseStatus {
  if (d.kind === 'answered') return { kind: 'answered', anchorAt: d.anchorAt, replyAt: d.replyAt };
  if (d.kind === 'silent') return { kind: 'silent', anchorAt: d.anchorAt, action: d.action, dueAt: d.dueAt };
  return { kind: 'notWaiting' };
}

const describe = (error: unknown): string => (isAppError(error) ? error.code : error instanceof Error ? error.message : String(error)).slice(0, 300);

class Tending {
  constructor(
    private readonly deps: AutoCloseServices,
    private readonly config: SlaConfig,
    private readonly snapshot: SlaIssueSnapshot,
    private record: AutoCloseRecord,
    private readonly stored: boolean,
  ) {}

  private get key(): string {
    return this.snapshot.history.issueKey;
  }

  private async save(next: AutoCloseRecord): Promise<void> {
    const changed = !this.stored || JSON.stringify(next) !== JSON.stringify(this.record);
    this.record = next;
    if (changed) await this.deps.store.set(autoCloseKey(this.key), next);
  }

  private async plan(anchorId: string, action: 'remind' | 'close', dueAt: number, status: AutoCloseStatus): Promise<AutoCloseOutcome> {
    const same = this.record.plan?.anchorId === anchorId && this.record.plan.action === action && this.record.plan.dueAt === dueAt;
    await this.save({ ...this.record, config: this.config.signature, plan: { anchorId, action, dueAt }, status });
    if (!same) {
      const body: AutoCloseTimerBody = { type: 'autoClose', issueKey: this.key, anchorId, action, dueAt };
      await this.deps.jobs.push([{ kind: SLA_TIMER_QUEUE, body, delaySeconds: hopDelaySeconds(dueAt, this.deps.clock.now().getTime()) }]);
    }
    return 'scheduled';
  }

  async run(): Promise<AutoCloseOutcome> {
    const settings = settingsOf(this.config);
    const now = this.deps.clock.now().getTime();
    const decision = decideAutoClose(this.snapshot.history, settings, this.config.settings.calendar, now, this.record);
    if (decision.kind === 'off') return 'off';
    const status = statusOf(decision);
    if (decision.kind !== 'silent' || decision.dueAt === null) {
      if (this.stored || decision.kind !== 'notWaiting') await this.save({ ...this.record, config: this.config.signature, plan: null, status });
      return decision.kind === 'silent' ? 'idle' : decision.kind;
    }
    const failure = this.record.failure;
    const retryAt = failure && failure.anchorId === decision.anchorId && failure.step === decision.action ? failure.at + RETRY_AFTER_FAILURE_MS : 0;
    const dueAt = Math.max(decision.dueAt, retryAt);
    if (dueAt > now) return this.plan(decision.anchorId, decision.action, dueAt, status);
    return decision.action === 'remind' ? this.remind(decision.anchorId, settings, now) : this.close(decision.anchorId, settings, now);
  }

  /** Claims the step; a stale claim (crashed holder) counts as done for a reminder: at most one, never two. */
  private async claim(anchorId: string, step: 'remind' | 'close', now: number): Promise<'mine' | 'busy' | { lostAt: number }> {
    const key = autoCloseClaimKey(this.key, anchorId, step);
    if (await this.deps.claims.createIfAbsent(key, { at: now }, CLAIM_TTL_SECONDS)) return 'mine';
    const held = await this.deps.store.get<{ at: number }>(key);
    if (held && now - held.at > LOST_CLAIM_MS) return { lostAt: held.at };
    return 'busy';
  }

  private async fail(failure: AutoCloseFailure, claimKey: string): Promise<AutoCloseOutcome> {
    await this.deps.store.delete(claimKey); // the step may run again (after RETRY_AFTER_FAILURE_MS)
    this.deps.logger.warn('auto-close step failed', { issueKey: this.key, step: failure.step, code: failure.code, status: failure.status });
    await this.save({ ...this.record, config: this.config.signature, plan: null, failure });
    await this.run(); // plans the retry
    return 'failed';
  }

  private async remind(anchorId: string, settings: AutoCloseSettings, now: number): Promise<AutoCloseOutcome> {
    const claim = await this.claim(anchorId, 'remind', now);
    if (claim === 'busy') return 'busy';
    if (claim !== 'mine') {
      this.deps.logger.warn('auto-close: a reminder claim was never recorded; not posting again', { issueKey: this.key });
      await this.save({ ...this.record, anchorId, remindedAt: claim.lostAt, plan: null });
      await this.run();
      return 'reminded';
    }
    let commentId: string;
    try {
      commentId = await this.deps.closer.addComment(this.key, settings.reminderText[this.config.locale]);
    } catch (error) {
      if (isAppError(error) && error.retryable) {
        await this.deps.store.delete(autoCloseClaimKey(this.key, anchorId, 'remind'));
        throw error;
      }
      return this.fail({ at: now, anchorId, step: 'remind', code: 'comment', status: null, detail: describe(error) }, autoCloseClaimKey(this.key, anchorId, 'remind'));
    }
    this.deps.logger.info('auto-close: reminder posted', { issueKey: this.key });
    await this.save({
      ...this.record, anchorId, remindedAt: now, failure: null, plan: null,
      ownCommentIds: [...this.record.ownCommentIds, commentId].slice(-MAX_OWN_COMMENTS),
    });
    await this.announce('remind', commentId, settings.reminderText[this.config.locale], now);
    await this.run(); // plans the close
    return 'reminded';
  }

  private async close(anchorId: string, settings: AutoCloseSettings, now: number): Promise<AutoCloseOutcome> {
    const claimKey = autoCloseClaimKey(this.key, anchorId, 'close');
    const claim = await this.claim(anchorId, 'close', now);
    if (claim === 'busy') return 'busy';
    let current = statusAt(this.snapshot.history, now);
    let moved = false;
    const steps = settings.closeVia;
    for (let i = 0; i < steps.length; i++) {
      const target = steps[i] ?? '';
      if (statusMatches(current, [target])) continue;
      let failure: AutoCloseFailure | null = null;
      try {
        const options = await this.deps.closer.transitions(this.key);
        const transition = options.find((t) => statusMatches({ ...t.to, category: 'undefined' }, [target]));
        if (!transition) {
          failure = { at: now, anchorId, step: 'close', code: 'missingTransition', status: target, detail: '' };
        } else {
          const last = i === steps.length - 1;
          const outcome = await this.deps.closer.transition(this.key, transition.id, last && transition.hasResolution ? settings.resolution : null);
          if (outcome.ok) {
            current = { ...transition.to, category: 'undefined' };
            moved = true;
          } else {
            failure = { at: now, anchorId, step: 'close', code: 'refused', status: target, detail: outcome.messages.join(' ').slice(0, 500) };
          }
        }
      } catch (error) {
        if (isAppError(error) && error.retryable && !moved) {
          await this.deps.store.delete(claimKey);
          throw error;
        }
        failure = { at: now, anchorId, step: 'close', code: 'refused', status: target, detail: describe(error) };
      }
      if (failure) {
        const outcome = await this.fail(failure, claimKey);
        if (moved) await this.refreshSla();
        return outcome;
      }
    }
    let ownCommentIds = this.record.ownCommentIds;
    let failure: AutoCloseFailure | null = null;
    let closingId: string | null = null;
    try {
      closingId = await this.deps.closer.addComment(this.key, settings.closingText[this.config.locale]);
      ownCommentIds = [...ownCommentIds, closingId].slice(-MAX_OWN_COMMENTS);
    } catch (error) {
      failure = { at: now, anchorId, step: 'close', code: 'comment', status: null, detail: describe(error) };
      this.deps.logger.warn('auto-close: the issue was closed but the closing note failed', { issueKey: this.key, error: describe(error) });
    }
    this.deps.logger.info('auto-close: closed for no response', { issueKey: this.key });
    await this.save({ ...this.record, config: this.config.signature, closedAt: now, ownCommentIds, failure, plan: null, status: { kind: 'notWaiting' } });
    if (closingId !== null) await this.announce('close', closingId, settings.closingText[this.config.locale], now);
    await this.refreshSla();
    return 'closed';
  }

  /**
   * The posted comment to the Telegram bridge (its product event never comes: `ignoreSelf`). After the
   * record is saved, so a failure here never posts the comment twice; it is logged, the comment stays in Jira.
   */
  private async announce(step: 'remind' | 'close', commentId: string, text: string, at: number): Promise<void> {
    if (!this.deps.notices) return;
    try {
      await this.deps.notices.commentPosted({ issueKey: this.key, commentId, text, at, step });
    } catch (error) {
      this.deps.logger.warn('auto-close: comment not passed to Telegram', { issueKey: this.key, step, error: describe(error) });
    }
  }

  /** The app's own transitions fire no product event for it (ignoreSelf): recompute the SLA here. */
  private async refreshSla(): Promise<void> {
    try {
      await refreshIssueSla(this.deps, this.key, this.config);
    } catch (error) {
      this.deps.logger.warn('auto-close: SLA not refreshed after closing', { issueKey: this.key, error: describe(error) });
    }
    await this.deps.notices?.issueMoved?.(this.key);
  }
}

/** Decides and acts for one issue whose full history is in `snapshot`. */
export async function tendAutoClose(deps: AutoCloseServices, config: SlaConfig, snapshot: SlaIssueSnapshot): Promise<AutoCloseOutcome> {
  if (!settingsOf(config).enabled) return 'off';
  const key = snapshot.history.issueKey;
  const stored = await deps.store.get<AutoCloseRecord>(autoCloseKey(key));
  return new Tending(deps, config, snapshot, stored ?? emptyRecord(key, config.signature), stored !== undefined).run();
}

export type AutoCloseTimerOutcome = 'stale' | 'rescheduled' | AutoCloseOutcome;

/** One hop toward an auto-close step: stale unless it matches the stored plan; at the due instant the issue is read and tended. */
export async function handleAutoCloseTimer(deps: AutoCloseServices, body: AutoCloseTimerBody, known?: SlaConfig): Promise<AutoCloseTimerOutcome> {
  const record = await deps.store.get<AutoCloseRecord>(autoCloseKey(body.issueKey));
  const plan = record?.plan;
  if (!plan || plan.anchorId !== body.anchorId || plan.action !== body.action || plan.dueAt !== body.dueAt) return 'stale';
  const delaySeconds = hopDelaySeconds(body.dueAt, deps.clock.now().getTime());
  if (delaySeconds > 0) {
    await deps.jobs.push([{ kind: SLA_TIMER_QUEUE, body, delaySeconds }]);
    return 'rescheduled';
  }
  const config = known ?? (await readSlaConfig(deps.store));
  const snapshot = await deps.slaJira.readIssue(body.issueKey, config.readOptions);
  return tendAutoClose(deps, config, snapshot);
}
