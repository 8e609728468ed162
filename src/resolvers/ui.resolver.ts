// The resolver behind the Custom UI surfaces. Thin: parse the payload, get services, call one use
// case, return Result<T> (STYLE.md rule 2).
import Resolver from '@forge/resolver';
import { services, slaServices } from '../composition';
import { getIssueSummary } from '../domain/use-cases/get-issue-summary';
import { getSettings } from '../domain/use-cases/get-settings';
import { saveSettings } from '../domain/use-cases/save-settings';
import { isSettingsSection } from '../domain/model/config/sections';
import { BadRequestError } from '../domain/errors';
import { guarded } from './define';
import { defineIncidentResolvers } from './incidents';
import { defineSlaResolvers } from './sla';
import { defineTelegramResolvers } from './telegram';
import { defineTelegramLinkResolvers } from './telegram-links';
import { defineGuardResolvers } from './guard';
import { requestSlaRecompute } from '../domain/use-cases/sla/start-sla-recompute';
import { asRecord, requireAccountId, requireInteger, requireString } from './payload';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,9}$/;
const logger = () => services().logger;
const resolver = new Resolver();

resolver.define(
  'issue/summary',
  guarded('issue/summary', logger, async ({ payload }) => {
    const issueKey = requireString(asRecord(payload), 'issueKey', ISSUE_KEY);
    return getIssueSummary(services(), issueKey);
  }),
);

resolver.define(
  'settings/get',
  guarded('settings/get', logger, async () => getSettings(services())),
);

resolver.define(
  'settings/save',
  guarded('settings/save', logger, async ({ payload, context }) => {
    const record = asRecord(payload);
    if (!isSettingsSection(record.section)) throw new BadRequestError('unknown settings section');
    const saved = await saveSettings(services(), {
      section: record.section,
      value: record.value,
      expectedVersion: requireInteger(record, 'expectedVersion'),
      accountId: requireAccountId(context),
    });
    // SLA states depend on both sections (groups decide roles): recompute them with the new settings.
    if (saved.section === 'sla' || saved.section === 'general') await requestSlaRecompute(slaServices(), 'settings');
    return { ...saved, built: true };
  }),
);

defineIncidentResolvers(resolver);
defineSlaResolvers(resolver);
defineTelegramResolvers(resolver);
defineTelegramLinkResolvers(resolver);
defineGuardResolvers(resolver);

export const uiResolver = resolver.getDefinitions();
