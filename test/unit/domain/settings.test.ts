import { getSettings } from '../../../src/domain/use-cases/get-settings';
import { saveSettings } from '../../../src/domain/use-cases/save-settings';
import { ConflictError, PermissionError, ValidationError } from '../../../src/domain/errors';
import { DEFAULT_GENERAL } from '../../../src/domain/model/config/general';
import { fakeServices } from '../../builders/services';

const admin = 'admin-account';
const validGeneral = { ...DEFAULT_GENERAL, projectKeys: ['SUP', 'ops'] };

describe('settings', () => {
  it('shows defaults at version 0 and says a non-admin cannot edit', async () => {
    const deps = fakeServices();
    const view = await getSettings(deps);
    expect(view.canEdit).toBe(false);
    const general = view.sections.find((s) => s.section === 'general');
    expect(general).toMatchObject({ version: 0, built: true, value: DEFAULT_GENERAL, updatedBy: null });
    expect(view.sections.filter((s) => !s.built).map((s) => s.section)).toEqual(['panel']);
  });

  it('refuses a save from a user without the ADMINISTER permission and stores nothing', async () => {
    const deps = fakeServices();
    await expect(saveSettings(deps, { section: 'general', value: validGeneral, expectedVersion: 0, accountId: 'agent' })).rejects.toBeInstanceOf(PermissionError);
    expect(await deps.store.get('config:general')).toBeUndefined();
    expect(deps.jiraAsUser.permissionChecks).toBe(1);
  });

  it('saves a valid section as version 1, normalises project keys and keeps history', async () => {
    const deps = fakeServices();
    deps.jiraAsUser.permissions.add('ADMINISTER');
    const saved = await saveSettings(deps, { section: 'general', value: validGeneral, expectedVersion: 0, accountId: admin });
    expect(saved).toMatchObject({ version: 1, updatedBy: admin, updatedAt: '2026-11-02T09:00:00.000Z' });
    expect((saved.value as { projectKeys: string[] }).projectKeys).toEqual(['SUP', 'OPS']);
    expect(await deps.store.get('config-history:general:00000001')).toEqual(saved);
    const again = await saveSettings(deps, { section: 'general', value: validGeneral, expectedVersion: 1, accountId: admin });
    expect(again.version).toBe(2);
  });

  it('refuses a stale version with a conflict', async () => {
    const deps = fakeServices();
    deps.jiraAsUser.permissions.add('ADMINISTER');
    await saveSettings(deps, { section: 'general', value: validGeneral, expectedVersion: 0, accountId: admin });
    await expect(saveSettings(deps, { section: 'general', value: validGeneral, expectedVersion: 0, accountId: admin })).rejects.toBeInstanceOf(ConflictError);
  });

  it('names each invalid field with an i18n key', async () => {
    const deps = fakeServices();
    deps.jiraAsUser.permissions.add('ADMINISTER');
    const bad = { projectKeys: ['1bad'], defaultLocale: 'de', line1Group: '', line2Group: 'x'.repeat(256), leadGroup: 'leads' };
    const error = await saveSettings(deps, { section: 'general', value: bad, expectedVersion: 0, accountId: admin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      projectKeys: 'validation.projectKey',
      defaultLocale: 'validation.locale',
      line1Group: 'validation.groupName',
      line2Group: 'validation.groupName',
    });
  });

  it('refuses sections whose feature is not built yet', async () => {
    const deps = fakeServices();
    deps.jiraAsUser.permissions.add('ADMINISTER');
    await expect(saveSettings(deps, { section: 'panel', value: {}, expectedVersion: 0, accountId: admin })).rejects.toBeInstanceOf(ValidationError);
  });
});
