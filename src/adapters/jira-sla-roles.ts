// Who a person is for the SLA clock: line 2 if a member of the configured line-2 group, line 1 if of the
// line-1 group, a client for Jira Service Management customers, otherwise `other`. One
// `GET /rest/api/3/user?expand=groups` per person, cached for the adapter's life (one invocation).
import { route, type RequestInit as ForgeRequestInit, type Response as ForgeResponse } from '@forge/api';
import type { AuthorRole } from '../domain/model/sla/history';
import { jiraFailure } from './forge-http-errors';
import { roleByAccountType } from './jira-sla-history';

export type Requester = { requestJira: (path: ReturnType<typeof route>, init?: ForgeRequestInit) => Promise<ForgeResponse> };
export type LineGroups = { readonly line1Group: string; readonly line2Group: string };

type UserJson = { accountType?: unknown; groups?: { items?: Array<{ name?: unknown }> } };

export class JiraRoles {
  private readonly cache = new Map<string, Promise<AuthorRole>>();

  constructor(private readonly requester: Requester) {}

  private async lookup(accountId: string, groups: LineGroups): Promise<AuthorRole> {
    const res = await this.requester.requestJira(route`/rest/api/3/user?accountId=${accountId}&expand=groups`);
    if (res.status === 404) return 'other'; // deleted or anonymised accounts
    if (!res.ok) throw jiraFailure(res, 'user groups');
    const user = (await res.json()) as UserJson;
    const byType = roleByAccountType(user);
    if (byType) return byType;
    const names = new Set((user.groups?.items ?? []).map((g) => (typeof g.name === 'string' ? g.name : '')));
    if (names.has(groups.line2Group)) return 'line2';
    if (names.has(groups.line1Group)) return 'line1';
    return 'other';
  }

  async rolesOf(accountIds: readonly string[], groups: LineGroups): Promise<Map<string, AuthorRole>> {
    const entries = await Promise.all(
      accountIds.map(async (id): Promise<[string, AuthorRole]> => {
        const cacheKey = `${groups.line1Group}\u0000${groups.line2Group}\u0000${id}`;
        let role = this.cache.get(cacheKey);
        if (!role) {
          role = this.lookup(id, groups);
          this.cache.set(cacheKey, role);
          void role.catch(() => this.cache.delete(cacheKey));
        }
        return [id, await role];
      }),
    );
    return new Map(entries);
  }
}
