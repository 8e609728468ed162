// The auto-close safety net (every five minutes, with the SLA sweep): walks the issues in a waiting
// status one page per run (the cursor is kept across runs) and tends those whose plan is missing, overdue
// (a lost timer chain) or made with other settings. Issues with a plan ahead are trusted to their timers.
import { DEFAULT_AUTO_CLOSE } from '../../model/sla/auto-close';
import { UpstreamError } from '../../errors';
import { tendAutoClose, type AutoCloseRecord, type AutoCloseServices } from './auto-close';
import { readSlaConfig } from './read-sla-config';
import { AUTO_CLOSE_SWEEP_KEY, autoCloseKey } from './sla-keys';
import { SWEEP_GRACE_MS } from './sweep-sla';

export const AUTO_CLOSE_SWEEP_PAGE = 50;
/** At most this many issues are read from Jira and tended per run (each costs a few Jira requests). */
export const AUTO_CLOSE_SWEEP_MAX_TENDED = 20;

export type AutoCloseSweepOutcome = { readonly seen: number; readonly tended: number; readonly failed: number };

function needsTending(record: AutoCloseRecord | undefined, signature: string, now: number): boolean {
  if (!record) return true;
  if (record.config !== signature) return true;
  if (record.plan) return record.plan.dueAt < now - SWEEP_GRACE_MS;
  return record.status.kind === 'silent' && record.status.dueAt !== null; // due but never planned (a crash)
}

export async function sweepAutoClose(deps: AutoCloseServices): Promise<AutoCloseSweepOutcome> {
  const config = await readSlaConfig(deps.store);
  const settings = config.settings.autoClose ?? DEFAULT_AUTO_CLOSE;
  if (!settings.enabled || config.projectKeys.length === 0) return { seen: 0, tended: 0, failed: 0 };
  const now = deps.clock.now().getTime();
  const cursor = (await deps.store.get<{ pageToken: string | null }>(AUTO_CLOSE_SWEEP_KEY))?.pageToken ?? null;
  let page: { keys: string[]; nextPageToken: string | null };
  try {
    page = await deps.closer.findInStatuses(config.projectKeys, settings.waitingStatuses, cursor, AUTO_CLOSE_SWEEP_PAGE);
  } catch (error) {
    if (!(error instanceof UpstreamError && error.status === 400 && cursor)) throw error;
    page = await deps.closer.findInStatuses(config.projectKeys, settings.waitingStatuses, null, AUTO_CLOSE_SWEEP_PAGE); // an expired token
  }
  await deps.store.set(AUTO_CLOSE_SWEEP_KEY, { pageToken: page.nextPageToken });
  let tended = 0;
  let failed = 0;
  for (const issueKey of page.keys) {
    if (tended >= AUTO_CLOSE_SWEEP_MAX_TENDED) break;
    try {
      if (!needsTending(await deps.store.get<AutoCloseRecord>(autoCloseKey(issueKey)), config.signature, now)) continue;
      tended++;
      await tendAutoClose(deps, config, await deps.slaJira.readIssue(issueKey, config.readOptions));
    } catch (error) {
      failed++;
      deps.logger.warn('auto-close sweep: issue failed', { issueKey, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (tended > 0 || failed > 0) deps.logger.info('auto-close sweep', { seen: page.keys.length, tended, failed });
  return { seen: page.keys.length, tended, failed };
}
