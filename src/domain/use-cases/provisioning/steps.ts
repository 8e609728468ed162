// Runs one provisioning step and records its outcome. Jira's refusals (403, 404, 400, 429/5xx) become a
// failed step with a problem the admin can act on; anything else is a bug and is rethrown.
import { NotFoundError, PermissionError, UpstreamError, ValidationError } from '../../errors';
import type { ProvisionOutcome, ProvisionProblem, ProvisionStep, ProvisionStepKind } from '../../model/template/provisioning';

/** `quiet`: a preparatory read whose success needs no line in the report (its failure still gets one). */
export type StepResult<T> = { readonly outcome: ProvisionOutcome; readonly detail?: string; readonly value?: T; readonly quiet?: boolean };

export function problemOf(error: unknown): ProvisionProblem | undefined {
  if (error instanceof PermissionError) return 'permission';
  if (error instanceof NotFoundError) return 'notFound';
  if (error instanceof ValidationError) return 'rejected';
  if (error instanceof UpstreamError) return 'upstream';
  return undefined;
}

export class StepLog {
  readonly steps: ProvisionStep[] = [];

  record(kind: ProvisionStepKind, target: string, outcome: ProvisionOutcome, extra: Pick<ProvisionStep, 'detail' | 'problem'> = {}): void {
    this.steps.push({ kind, target, outcome, ...extra });
  }

  /** Runs `run`; its outcome is recorded, a Jira refusal is recorded as failed and answers undefined. */
  async attempt<T>(kind: ProvisionStepKind, target: string, run: () => Promise<StepResult<T>>): Promise<T | undefined> {
    try {
      const result = await run();
      if (result.quiet === true) return result.value;
      this.record(kind, target, result.outcome, result.detail !== undefined ? { detail: result.detail } : {});
      return result.value;
    } catch (error) {
      const problem = problemOf(error);
      if (!problem) throw error;
      this.record(kind, target, 'failed', { problem });
      return undefined;
    }
  }
}
