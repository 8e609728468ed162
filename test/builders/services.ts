// Builds a Services bundle of in-memory fakes for domain and entry tests.
import type { Services } from '../../src/composition';
import { MemoryStore } from '../../src/adapters/memory-store';
import type { Logger } from '../../src/domain/ports';
import { FakeJira } from './fake-jira';

export type LogLine = { level: string; message: string; fields?: Readonly<Record<string, unknown>> };

export function recordingLogger(lines: LogLine[] = []): Logger & { lines: LogLine[] } {
  const push = (level: string) => (message: string, fields?: Readonly<Record<string, unknown>>) => {
    lines.push({ level, message, fields });
  };
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}

export function fakeServices(overrides: Partial<Services> = {}): Services & { store: MemoryStore; jiraAsUser: FakeJira } {
  const store = new MemoryStore();
  const base = {
    store,
    secrets: store,
    jiraAsUser: new FakeJira(),
    jiraAsApp: new FakeJira(),
    clock: { now: () => new Date('2026-11-02T09:00:00.000Z') },
    logger: recordingLogger(),
  };
  return { ...base, ...overrides } as Services & { store: MemoryStore; jiraAsUser: FakeJira };
}
