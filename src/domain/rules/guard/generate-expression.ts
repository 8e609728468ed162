// Generates the Jira expression of the LineBridge workflow validator from one transition rule. Pure.
// The expression returns `true` or the rule's message naming the missing fields in the user's language;
// the localized texts travel in the validator's rule config (`config.l`), so the expression stays short.
// It never emits an expression over Jira's limits and never drops a field it cannot resolve.
import type { JiraFieldInfo } from '../../ports';
import { LOCALES, translate, type Locale } from '../../../shared/i18n';
import type { GuardRule } from '../../model/guard/types';
import type { ResolvedCustomFields } from '../../model/template/types';
import { brokenLimits, estimateExpression, type ExpressionEstimate } from './expression-estimate';
import { resolveGuardFields, type GuardProblem, type ResolvedGuardField } from './resolve-fields';

/** The texts the expression reads from `config.l[locale]`: the message `m`, one name per field `f0..fn`, `c` for the comment. */
export type ValidatorTexts = Readonly<Record<Locale, Readonly<Record<string, string>>>>;

/** What the validator's configuration screen stores as the rule config (JSON). */
export type ValidatorConfig = {
  readonly expression: string;
  readonly ruleId: string;
  readonly version: 1;
  /** The Jira field ids the rule requires (for the transition screen's UI modification and the admin page). */
  readonly fieldIds: readonly string[];
  readonly l: ValidatorTexts;
};

export type GeneratedValidator =
  | { readonly ok: true; readonly config: ValidatorConfig; readonly estimate: ExpressionEstimate }
  | { readonly ok: false; readonly problems: readonly GuardProblem[] };

const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The condition under which a field counts as missing, on the transition screen's values (`issue`). */
export function missingCondition(f: ResolvedGuardField): string {
  const value = `issue.${f.property}`;
  switch (f.shape) {
    case 'text': return `(${value} ?? '').trim().length < ${f.minLength}`;
    case 'richText': return `(${value}?.plainText ?? '').trim().length < ${f.minLength}`;
    case 'list': return `(${value} ?? []).length == 0`;
    case 'single': return `${value} == null`;
  }
}

/** When the rule does not apply to the issue (another project, issue type or priority), the expression passes. */
function skipCondition(rule: GuardRule): string {
  const parts = [`issue.project.key != ${quote(rule.projectKey)}`];
  if (rule.issueTypeName !== null) parts.push(`issue.issueType.name != ${quote(rule.issueTypeName)}`);
  if (rule.priorityNames.length > 0) parts.push(`![${rule.priorityNames.map(quote).join(', ')}].includes(issue.priority?.name)`);
  return parts.join(' || ');
}

/** The comment typed on the transition screen is the one whose id is still null (1 expensive operation). */
export const COMMENT_MISSING = "!issue.comments.some(c => c.id == null && (c.body?.plainText ?? '').trim() != '')";

export function buildExpression(rule: GuardRule, fields: readonly ResolvedGuardField[]): string {
  const checks = fields.map((f, i) => `${missingCondition(f)} ? t.f${i} : ''`);
  if (rule.requireComment) checks.push(`${COMMENT_MISSING} ? t.c : ''`);
  const items = checks.join(', ');
  const texts = "[config.l[(user?.locale ?? 'en').slice(0, 2)] ?? config.l.en]";
  const missing = `.map(t => [t, [${items}].filter(x => x != '')])`;
  const result = ".map(p => p[1].length == 0 ? true : p[0].m.replace('{fields}', p[1].join(', ')))[0]";
  return `${skipCondition(rule)} ? true : ${texts}${missing}${result}`;
}

function texts(rule: GuardRule, fields: readonly ResolvedGuardField[]): ValidatorTexts {
  const entry = (locale: Locale): Record<string, string> => {
    const out: Record<string, string> = { m: rule.message[locale] };
    fields.forEach((f, i) => { out[`f${i}`] = f.label[locale]; });
    if (rule.requireComment) out.c = translate(locale, 'guard.field.comment');
    return out;
  };
  return Object.fromEntries(LOCALES.map((l) => [l, entry(l)])) as ValidatorTexts;
}

/** Rule → validator config, or the reasons it cannot be enforced (unresolved fields, Jira's limits). */
export function generateValidator(rule: GuardRule, resolved: ResolvedCustomFields, siteFields: readonly JiraFieldInfo[]): GeneratedValidator {
  const { fields, problems } = resolveGuardFields(rule.fields, resolved, siteFields);
  if (problems.length > 0) return { ok: false, problems };
  if (fields.length === 0) return { ok: false, problems: [{ messageKey: 'guard.validation.fields', params: {} }] };
  const expression = buildExpression(rule, fields);
  const estimate = estimateExpression(expression);
  const broken = brokenLimits(estimate);
  if (broken.length > 0) return { ok: false, problems: [{ messageKey: 'guard.error.tooComplex', params: { detail: broken.join(', ') } }] };
  return { ok: true, estimate, config: { expression, ruleId: rule.id, version: 1, fieldIds: fields.map((f) => f.fieldId), l: texts(rule, fields) } };
}
