// Maps incident-intake domain values onto the UI contract's shapes (src/shared/contract-incidents.ts).
// Pure; the form gets what it renders and nothing of the Jira mapping or the priority rules' internals.
import type { IncidentTemplateDto, ProvisionReportDto, TemplateFieldDto } from '../shared/contract';
import type { ProvisionReport } from '../domain/model/template/provisioning';
import type { TemplateDefinition, TemplateField } from '../domain/model/template/types';
import { orderedFields } from '../domain/rules/template/display';

function fieldDto(f: TemplateField): TemplateFieldDto {
  const base = { id: f.id, type: f.type, label: f.label, help: f.help, required: f.required, order: f.order };
  if (f.type === 'select') return { ...base, options: f.options.map((o) => ({ id: o.id, label: o.label })) };
  if (f.type === 'clientId') return { ...base, pattern: f.pattern };
  if (f.type === 'number') return { ...base, ...(f.min !== undefined ? { min: f.min } : {}), ...(f.max !== undefined ? { max: f.max } : {}) };
  return base;
}

export function templateDto(t: TemplateDefinition): IncidentTemplateDto {
  const clientIdField = orderedFields(t).find((f) => f.type === 'clientId');
  return {
    id: t.id,
    name: t.name,
    projectKey: t.projectKey,
    issueTypeName: t.issueTypeName,
    locale: t.locale,
    fields: orderedFields(t).map(fieldDto),
    clientIdFieldId: clientIdField?.id ?? null,
  };
}

export function provisionReportDto(report: ProvisionReport): ProvisionReportDto {
  const resolved = Object.fromEntries(Object.entries(report.resolved).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return { ranAt: report.ranAt, ok: report.ok, steps: report.steps, resolved, fixes: report.fixes };
}
