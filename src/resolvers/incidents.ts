// The incident-intake resolvers (the "File incident" form and the template editor's provisioning button).
// Thin, as every resolver: parse the payload, get services, call one use case, map to the contract.
// Filing and the duplicate search run as the calling agent (Jira's permissions apply); assignment, the field
// list (deleted-field check) and provisioning run as the app, provisioning after an ADMINISTER check.
import type Resolver from '@forge/resolver';
import { incidentAssignServices, issuePropertiesAsUser, jiraConfigAsApp, services } from '../composition';
import { toLocale } from '../shared/i18n';
import { fileIncident } from '../domain/use-cases/file-incident';
import { findDuplicateIncidents } from '../domain/use-cases/find-duplicate-incidents';
import { followUpClientId, listIncidentTemplates } from '../domain/use-cases/list-incident-templates';
import { previewIncident } from '../domain/use-cases/preview-incident';
import { provisionTemplateFields } from '../domain/use-cases/provision-template-fields';
import { checkTemplatesAgainstJira } from '../domain/use-cases/check-templates';
import { guarded } from './define';
import { provisionReportDto, templateDto } from './incident-dto';
import { asRecord, requireString } from './payload';

const PROJECT_KEY = /^[A-Z][A-Z0-9]{1,9}$/;
const TEMPLATE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,9}$/;
const logger = () => services().logger;

function optionalProjectKey(record: Record<string, unknown>): string | undefined {
  return record.projectKey === undefined || record.projectKey === null ? undefined : requireString(record, 'projectKey', PROJECT_KEY);
}

export function defineIncidentResolvers(resolver: Resolver): void {
  resolver.define(
    'incidents/templates',
    guarded('incidents/templates', logger, async ({ payload }) => {
      const record = asRecord(payload);
      const locale = toLocale(typeof record.locale === 'string' ? record.locale : undefined);
      const issueKey = record.issueKey === undefined || record.issueKey === null ? undefined : requireString(record, 'issueKey', ISSUE_KEY);
      const [choice, clientId] = await Promise.all([
        listIncidentTemplates(services(), { projectKey: optionalProjectKey(record), locale }),
        issueKey ? followUpClientId(issuePropertiesAsUser(), issueKey) : Promise.resolve(null),
      ]);
      return { version: choice.version, templates: choice.templates.map(templateDto), selectedId: choice.selectedId, followUpClientId: clientId };
    }),
  );

  resolver.define(
    'incidents/preview',
    guarded('incidents/preview', logger, async ({ payload }) => {
      const record = asRecord(payload);
      const preview = await previewIncident(services(), requireString(record, 'templateId', TEMPLATE_ID), asRecord(record.answers));
      return { priority: preview.level, priorityName: preview.jiraName, ruleId: preview.ruleId, ruleFieldIds: preview.ruleFieldIds, summary: preview.summary };
    }),
  );

  resolver.define(
    'incidents/create',
    guarded('incidents/create', logger, async ({ payload }) => {
      const record = asRecord(payload);
      const s = services();
      const filed = await fileIncident(
        { store: s.store, jira: s.jiraAsUser, clock: s.clock, logger: s.logger, assign: incidentAssignServices(), fieldCatalog: jiraConfigAsApp() },
        {
          idempotencyKey: requireString(record, 'idempotencyKey'),
          templateId: requireString(record, 'templateId', TEMPLATE_ID),
          projectKey: requireString(record, 'projectKey', PROJECT_KEY),
          issueTypeName: requireString(record, 'issueTypeName'),
          answers: asRecord(record.answers),
          source: 'form',
        },
      );
      return { ...filed };
    }),
  );

  resolver.define(
    'incidents/duplicates',
    guarded('incidents/duplicates', logger, async ({ payload }) => {
      const record = asRecord(payload);
      const clientId = typeof record.clientId === 'string' ? record.clientId : '';
      const issues = await findDuplicateIncidents(services(), requireString(record, 'templateId', TEMPLATE_ID), clientId);
      return { issues: issues.map((i) => ({ key: i.key, summary: i.summary, statusName: i.status.name })) };
    }),
  );

  resolver.define(
    'templates/check',
    guarded('templates/check', logger, async () => checkTemplatesAgainstJira({ store: services().store, fields: jiraConfigAsApp() })),
  );

  resolver.define(
    'templates/provision',
    guarded('templates/provision', logger, async () => {
      const s = services();
      const report = await provisionTemplateFields({ store: s.store, jiraAsUser: s.jiraAsUser, jiraConfig: jiraConfigAsApp(), clock: s.clock, logger: s.logger });
      return provisionReportDto(report);
    }),
  );
}
