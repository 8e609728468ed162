import { loadTemplates, loadTemplateVersion } from '../../../src/domain/model/template/template-store';
import { DEFAULT_TEMPLATES } from '../../../src/domain/model/template/defaults';
import { getSettings } from '../../../src/domain/use-cases/get-settings';
import { saveSettings } from '../../../src/domain/use-cases/save-settings';
import { fileIncident } from '../../../src/domain/use-cases/file-incident';
import { renderSummary } from '../../../src/domain/rules/template/render-summary';
import { renderDescription } from '../../../src/domain/rules/template/render-description';
import { validateAnswers } from '../../../src/domain/rules/template/validate-answers';
import { ValidationError } from '../../../src/domain/errors';
import { aFileCommand, aTemplate, asInput, someAnswers, text } from '../../builders/template';
import { fakeServices } from '../../builders/services';

const admin = 'admin-account';

function setup() {
  const services = fakeServices();
  services.jiraAsUser.permissions.add('ADMINISTER');
  const deps = { store: services.store, jira: services.jiraAsUser, clock: services.clock, logger: services.logger };
  const save = (templates: ReturnType<typeof aTemplate>[], expectedVersion: number) =>
    saveSettings(services, { section: 'templates', value: { templates: templates.map(asInput) }, expectedVersion, accountId: admin });
  return { services, deps, save };
}

describe('template versions', () => {
  it('is a built settings section whose defaults are the English and Russian templates', async () => {
    const view = await getSettings(fakeServices());
    expect(view.sections.find((s) => s.section === 'templates')).toMatchObject({ built: true, version: 0, value: DEFAULT_TEMPLATES });
  });

  it('refuses an invalid template through the settings save, naming the path', async () => {
    const { save } = setup();
    const error = await save([aTemplate({ mapping: { summaryPattern: '{nope}' } })], 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ 'templates.0.mapping.summaryPattern': 'template.error.unknownPlaceholder' });
  });

  it('keeps an incident filed from v1 readable and renderable after v2 changes the template', async () => {
    const { deps, save, services } = setup();
    const v1 = aTemplate({ mapping: { summaryPattern: '{clientId}: {what}' } });
    await save([v1], 0);
    const first = await fileIncident(deps, aFileCommand());
    expect(first.templateVersion).toBe(1);

    const v2 = aTemplate({
      fields: [...v1.fields.filter((f) => f.id !== 'contact'), { id: 'ticketRef', type: 'text', label: text('Ticket reference'), help: text(''), required: true, order: 6, format: 'plain' }],
      mapping: { summaryPattern: '[{ticketRef}] {what}', description: v1.mapping.description.map((s) => ({ ...s, fieldIds: s.fieldIds.filter((id) => id !== 'contact') })) },
    });
    await save([v2], 1);
    const second = await fileIncident(deps, aFileCommand({ idempotencyKey: 'second-filing-0002', answers: someAnswers({ ticketRef: 'T-9' }) }));
    expect(second.templateVersion).toBe(2);
    expect(services.jiraAsUser.created[1]?.summary).toMatch(/^\[T-9\] /);

    const old = await loadTemplateVersion(deps.store, { templateId: first.templateId, version: first.templateVersion });
    expect(old).toEqual(v1);
    const answers = validateAnswers(old!, someAnswers(), new Date('2026-11-02T09:00:00Z')).answers;
    expect(renderSummary(old!, answers)).toBe(services.jiraAsUser.created[0]?.summary);
    expect(renderDescription(old!, answers)).toEqual(services.jiraAsUser.created[0]?.description);
    expect((await loadTemplates(deps.store)).version).toBe(2);
  });

  it('reads version 0 as the built-in defaults and an unknown id or version as missing', async () => {
    const { deps, save } = setup();
    await save([aTemplate()], 0);
    expect(await loadTemplateVersion(deps.store, { templateId: 'sup-incident-ru', version: 0 })).toEqual(DEFAULT_TEMPLATES.templates[1]);
    expect(await loadTemplateVersion(deps.store, { templateId: 'sup-incident-ru', version: 1 })).toBeUndefined();
    expect(await loadTemplateVersion(deps.store, { templateId: 'sup-incident-en', version: 7 })).toBeUndefined();
  });

  it('answers a retried filing with the version it was filed from, even after an edit', async () => {
    const { deps, save } = setup();
    const first = await fileIncident(deps, aFileCommand());
    await save([aTemplate({ mapping: { summaryPattern: '{what}' } })], 0);
    expect(await fileIncident(deps, aFileCommand())).toEqual({ ...first, templateVersion: 0, replayed: true });
  });
});
