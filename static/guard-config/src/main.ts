// The jira:workflowValidator create/edit/view screen: the admin picks a LineBridge transition rule; the
// generated config (expression + texts) is what Jira stores and evaluates. Until a rule resolves, Jira is
// handed an empty config, which the manifest's fail-closed expression refuses (never a silent pass).
import { translate, type Locale } from '@shared/i18n';
import type { GuardValidatorConfigDto } from '@shared/contract';
import { isValidatorConfig } from '@ui/guard-guards';
import { api, onConfigure, validatorContext } from './api';

let current: GuardValidatorConfigDto | null = null;

function line(root: HTMLElement, text: string, role?: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  if (role) p.setAttribute('role', role);
  root.append(p);
}

const fieldNames = (c: GuardValidatorConfigDto, locale: Locale): string =>
  Object.entries(c.l[locale] ?? c.l.en).filter(([k]) => k !== 'm').map(([, v]) => v).join(', ');

async function choose(ruleId: string, status: HTMLElement, locale: Locale): Promise<void> {
  status.textContent = '';
  const result = await api.call('guard/validator-config', { ruleId });
  if (!result.ok) {
    current = null;
    line(status, translate(locale, result.error.messageKey, result.error.params ?? {}), 'alert');
    for (const key of Object.values(result.error.fieldErrors ?? {})) line(status, translate(locale, key), 'alert');
    return;
  }
  current = result.value.config;
  line(status, translate(locale, 'guard.config.ready', { fields: fieldNames(current, locale) }));
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const { stored, locale } = await validatorContext();
  if (isValidatorConfig(stored)) current = stored;
  await onConfigure(() => JSON.stringify(current ?? {}));
  const heading = document.createElement('h3');
  heading.textContent = translate(locale, 'guard.config.title');
  root.append(heading);
  if (current) line(root, translate(locale, 'guard.config.view', { rule: current.ruleId, fields: fieldNames(current, locale) }));
  const overview = await api.call('guard/overview', {});
  if (!overview.ok) return line(root, translate(locale, overview.error.messageKey, overview.error.params ?? {}), 'alert');
  if (overview.value.rules.length === 0) return line(root, translate(locale, 'guard.config.none'));
  const label = document.createElement('label');
  label.textContent = translate(locale, 'guard.config.rule');
  const select = document.createElement('select');
  for (const r of overview.value.rules) select.append(new Option(`${r.ruleId} (${r.projectKey}: ${r.transitions.map((t) => t.name).join(', ') || '—'})`, r.ruleId));
  if (current) select.value = current.ruleId;
  label.append(select);
  const status = document.createElement('div');
  root.append(label, status);
  select.addEventListener('change', () => void choose(select.value, status, locale));
  if (!current) await choose(select.value, status, locale);
}

start().catch((error: unknown) => console.warn(`[linebridge] validator screen did not start: ${error instanceof Error ? error.message : String(error)}`));
