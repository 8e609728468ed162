// Seed step: line 1 rates line 2's handling of about 70 % of the resolved cycles, through the app's own
// `lines/rate` resolver as the line-1 agent who filed each issue (the real use case, the real checks).
// Deterministic: the cycles come from the seeded changelogs, the scores and comments from a seeded PRNG;
// reopened resolutions score lower. Skipped when the app has no handoff panel (e.g. the fixture app).
import { UnknownModuleError, type ResolverCall } from '../host/resolver-call';
import { SEED_USERS } from '../jira/seed-users';
import { Prng, type Weighted } from './prng';
import { jiraCaller } from './rest-client';
import type { SeedStep } from './seed-steps';

export const CSAT_SEED = 70_011;
export const CSAT_SHARE = 0.7;
const MODULE = 'linebridge-handoff-panel';
const DONE = new Set(['Resolved', 'Closed']);
const GOOD: Weighted<number> = [[1, 2], [2, 5], [3, 15], [4, 40], [5, 38]];
const REOPENED: Weighted<number> = [[1, 14], [2, 28], [3, 32], [4, 18], [5, 8]];
const COMMENTS: Readonly<Record<'en' | 'ru', Readonly<Record<'good' | 'bad', readonly string[]>>>> = {
  en: {
    good: ['Fast pickup and a clear explanation I could pass on to the client.', 'Great, the client was happy.', 'Thanks for the quick fix.'],
    bad: ['The fix did not hold, the client came back.', 'Took long to pick up and nobody updated us.', 'We had to chase for news twice.'],
  },
  ru: {
    good: ['Быстро взяли и понятно объяснили, что передать клиенту.', 'Отлично, клиент доволен.', 'Спасибо за быстрое исправление.'],
    bad: ['Исправление не помогло, клиент вернулся.', 'Долго не брали в работу и не сообщали новостей.', 'Пришлось дважды напоминать.'],
  },
};

type Json = Record<string, unknown>;
type Issue = { key: string; id: string; reporter: string; lang: 'en' | 'ru'; resolutions: number; reopened: number };

async function resolvedIssues(ctx: Parameters<SeedStep['run']>[0]): Promise<Issue[]> {
  const call = jiraCaller(ctx.jira);
  const admin = SEED_USERS.find((u) => u.role === 'admin')?.accountId ?? '';
  const keys = new Set(ctx.state.issueKeys);
  const issues: Issue[] = [];
  let token: string | undefined;
  do {
    const body = { jql: 'project = SUP ORDER BY key ASC', fields: ['reporter', 'labels'], maxResults: 100, ...(token ? { nextPageToken: token } : {}) };
    const page = (await call('POST', '/rest/api/3/search/jql', admin, body)) as { issues: Json[]; nextPageToken?: string };
    for (const i of page.issues) {
      const fields = i.fields as { reporter?: { accountId?: string }; labels?: string[] };
      if (!keys.has(String(i.key))) continue;
      const lang = fields.labels?.includes('lang-ru') ? 'ru' : 'en';
      issues.push({ key: String(i.key), id: String(i.id), reporter: fields.reporter?.accountId ?? '', lang, resolutions: 0, reopened: 0 });
    }
    token = page.nextPageToken;
  } while (token);
  const byId = new Map(issues.map((i) => [i.id, i]));
  for (let i = 0; i < issues.length; i += 1000) {
    let next: string | undefined;
    do {
      const body = { issueIdsOrKeys: issues.slice(i, i + 1000).map((x) => x.id), fieldIds: ['status'], ...(next ? { nextPageToken: next } : {}) };
      const page = (await call('POST', '/rest/api/3/changelog/bulkfetch', admin, body)) as { issueChangeLogs: { issueId: string; changeHistories: { items: { fromString?: string; toString?: string }[] }[] }[]; nextPageToken?: string };
      for (const log of page.issueChangeLogs) {
        const issue = byId.get(log.issueId);
        for (const h of log.changeHistories) for (const item of h.items) {
          if (issue && !DONE.has(item.fromString ?? '') && DONE.has(item.toString ?? '')) issue.resolutions++;
          if (issue && DONE.has(item.fromString ?? '') && !DONE.has(item.toString ?? '')) issue.reopened++;
        }
      }
      next = page.nextPageToken;
    } while (next);
  }
  return issues.filter((i) => i.resolutions > 0 && i.reporter !== '');
}

export const csatRatings: SeedStep = {
  name: 'csat-ratings',
  run: async (ctx) => {
    const invoke = ctx.invokeResolver;
    if (!invoke) return;
    const r = new Prng(CSAT_SEED);
    for (const issue of await resolvedIssues(ctx)) {
      for (let cycle = 1; cycle <= issue.resolutions; cycle++) {
        if (!r.chance(CSAT_SHARE)) continue;
        const reopened = cycle <= issue.reopened;
        const score = r.weighted(reopened ? REOPENED : GOOD);
        const comment = r.chance(0.35) ? r.pick(COMMENTS[issue.lang][score >= 4 ? 'good' : 'bad']) : '';
        const payload = { issueKey: issue.key, cycle, score, comment, anonymous: r.chance(0.1) };
        const call: ResolverCall = { moduleKey: MODULE, functionKey: 'lines/rate', payload, accountId: issue.reporter, context: { extension: { type: 'jira:issuePanel', issue: { key: issue.key } } } };
        let result: unknown;
        try {
          result = await invoke(call);
        } catch (error) {
          if (error instanceof UnknownModuleError) return; // this app has no handoff panel
          throw error;
        }
        if ((result as { ok?: boolean }).ok !== true) throw new Error(`demo seed: rating ${issue.key} cycle ${cycle} failed: ${JSON.stringify(result)}`);
      }
    }
  },
};
