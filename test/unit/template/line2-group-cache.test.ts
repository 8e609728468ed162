// The line-2 group's members for an empty assignment team: read once, reused for ten minutes, read again
// after that or when General settings name another group; a missing group (null) is cached like a list.
import { MemoryStore } from '../../../src/adapters/memory-store';
import type { AssignmentJira } from '../../../src/domain/ports-incident';
import { GROUP_CACHE_MS, line2GroupMembers } from '../../../src/domain/use-cases/assign-incident';
import { DEFAULT_GENERAL } from '../../../src/domain/model/config/general';
import { settingsKey } from '../../../src/domain/use-cases/get-settings';

function setup(groups: Record<string, readonly string[] | null>) {
  const store = new MemoryStore();
  let now = Date.parse('2026-11-02T09:00:00Z');
  const reads: string[] = [];
  const assignment: AssignmentJira = {
    countOpenIssues: () => Promise.resolve(0),
    assignIssue: () => Promise.resolve(),
    setIssueProperty: () => Promise.resolve(),
    activeGroupMembers: (name) => {
      reads.push(name);
      return Promise.resolve(groups[name] ?? null);
    },
  };
  const deps = { store, assignment, clock: { now: () => new Date(now) } };
  return { deps, reads, store, advance: (ms: number) => { now += ms; } };
}

describe('line2GroupMembers', () => {
  it('reads the default group once within ten minutes, again after', async () => {
    const { deps, reads, advance } = setup({ 'support-line-2': ['b', 'a'] });
    expect(await line2GroupMembers(deps)).toEqual({ name: 'support-line-2', members: ['b', 'a'] });
    advance(GROUP_CACHE_MS - 1);
    expect(await line2GroupMembers(deps)).toEqual({ name: 'support-line-2', members: ['b', 'a'] });
    expect(reads).toEqual(['support-line-2']);
    advance(1);
    await line2GroupMembers(deps);
    expect(reads).toEqual(['support-line-2', 'support-line-2']);
  });

  it('reads the new group when General settings name another one, and caches a missing group too', async () => {
    const { deps, reads, store } = setup({ 'support-line-2': ['a'] });
    await line2GroupMembers(deps);
    await store.set(settingsKey('general'), { section: 'general', version: 1, updatedAt: null, updatedBy: null, value: { ...DEFAULT_GENERAL, line2Group: 'gone' } });
    expect(await line2GroupMembers(deps)).toEqual({ name: 'gone', members: null });
    expect(await line2GroupMembers(deps)).toEqual({ name: 'gone', members: null });
    expect(reads).toEqual(['support-line-2', 'gone']);
  });
});
