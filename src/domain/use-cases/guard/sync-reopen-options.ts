// Keeps the "Reopen reason" select's options in step with the settings' reopen reasons: adds the missing
// ones to the field's global context (idempotent). Options the admin removed from the settings stay in Jira,
// because existing issues still carry them; the step says so, so the admin can disable them in Jira.
import { NotFoundError } from '../../errors';
import type { GuardJiraPort } from '../../ports-guard';
import type { StepLog } from '../provisioning/steps';

export async function syncReopenOptions(jira: GuardJiraPort, log: StepLog, fieldId: string | undefined, reasons: readonly string[]): Promise<void> {
  if (fieldId === undefined) {
    log.record('options', 'Reopen reason', 'skipped', { detail: 'field not provisioned' });
    return;
  }
  await log.attempt('options', 'Reopen reason', async () => {
    const [context] = await jira.listFieldContexts(fieldId);
    if (!context) throw new NotFoundError(`a context of ${fieldId}`);
    const present = await jira.listContextOptions(fieldId, context.id);
    const lower = new Set(present.map((v) => v.toLowerCase()));
    const missing = reasons.filter((r) => !lower.has(r.toLowerCase()));
    const wanted = new Set(reasons.map((r) => r.toLowerCase()));
    const extra = present.filter((v) => !wanted.has(v.toLowerCase()));
    const note = extra.length > 0 ? `; kept in Jira, not in settings: ${extra.join(', ')}` : '';
    if (missing.length === 0) return { outcome: 'exists', ...(note ? { detail: note.slice(2) } : {}) };
    await jira.addContextOptions(fieldId, context.id, missing);
    return { outcome: 'created', detail: `${missing.join(', ')}${note}` };
  });
}
