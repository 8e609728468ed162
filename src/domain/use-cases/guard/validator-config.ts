// Builds the rule config the LineBridge workflow validator stores in Jira (through its create/edit screen):
// the generated expression plus the localized texts it reads. Admin only. A rule that cannot be enforced
// (unknown rule, deleted or unprovisioned field, over Jira's limits) is refused with its reasons.
import { NotFoundError, ValidationError } from '../../errors';
import { loadResolvedFields } from '../../model/template/template-store';
import { generateValidator, type ValidatorConfig } from '../../rules/guard/generate-expression';
import type { ExpressionEstimate } from '../../rules/guard/expression-estimate';
import { loadGuardSettings, requireAdmin, type GuardDeps } from './guard-deps';

export async function validatorConfig(deps: GuardDeps, ruleId: string): Promise<{ config: ValidatorConfig; estimate: ExpressionEstimate; settingsVersion: number }> {
  await requireAdmin(deps, 'configure the transition validator');
  const [{ version, settings }, resolved, siteFields] = await Promise.all([loadGuardSettings(deps.store), loadResolvedFields(deps.store), deps.guardJira.listFields()]);
  const rule = settings.rules.find((r) => r.id === ruleId);
  if (!rule) throw new NotFoundError(`transition rule ${ruleId}`);
  const generated = generateValidator(rule, resolved, siteFields);
  if (!generated.ok) {
    const fieldErrors = Object.fromEntries(generated.problems.map((p, i) => [i === 0 ? '_' : `_${i}`, p.messageKey]));
    deps.logger.warn('transition rule cannot be enforced', { ruleId, problems: generated.problems.map((p) => p.messageKey) });
    throw new ValidationError(`Transition rule ${ruleId} cannot be enforced`, fieldErrors);
  }
  return { config: generated.config, estimate: generated.estimate, settingsVersion: version };
}
