// In-memory SlaJiraPort and JobQueue for SLA use-case tests: issues with histories, the stored property
// per issue, scans by id with a page token, failures injected per call, every push recorded.
import type { JobQueue, QueuedJob, SlaIssuePage, SlaIssueSnapshot, SlaJiraPort, SlaReadOptions, SlaScanCursor } from '../../src/domain/ports';
import type { IssueHistory } from '../../src/domain/model/sla/history';
import type { SlaLiveState } from '../../src/domain/model/sla/live-state';

export class FakeSlaJira implements SlaJiraPort {
  readonly issues: Array<{ id: number; history: IssueHistory }> = [];
  readonly properties = new Map<string, SlaLiveState>();
  readonly writes: string[] = [];
  readonly scans: SlaScanCursor[] = [];
  private failures: Array<{ on: 'read' | 'write' | 'scan'; error: Error }> = [];

  add(id: number, history: IssueHistory): this {
    this.issues.push({ id, history });
    return this;
  }

  failNext(on: 'read' | 'write' | 'scan', error: Error): this {
    this.failures.push({ on, error });
    return this;
  }

  private maybeFail(on: 'read' | 'write' | 'scan'): void {
    const i = this.failures.findIndex((f) => f.on === on);
    if (i < 0) return;
    const [failure] = this.failures.splice(i, 1);
    if (failure) throw failure.error;
  }

  private snapshot(i: { id: number; history: IssueHistory }): SlaIssueSnapshot {
    return { id: i.id, history: i.history, storedState: this.properties.get(i.history.issueKey) };
  }

  async readIssue(issueKey: string, _opts: SlaReadOptions): Promise<SlaIssueSnapshot> {
    this.maybeFail('read');
    const found = this.issues.find((i) => i.history.issueKey === issueKey);
    if (!found) throw new Error(`no issue ${issueKey}`);
    return this.snapshot(found);
  }

  async readIssues(projectKeys: readonly string[], cursor: SlaScanCursor, limit: number, _opts: SlaReadOptions): Promise<SlaIssuePage> {
    this.scans.push(cursor);
    this.maybeFail('scan');
    const all = this.issues.filter((i) => projectKeys.includes(i.history.projectKey)).sort((a, b) => a.id - b.id);
    const rest = all.filter((i) => i.id > cursor.afterId);
    const page = rest.slice(0, limit);
    const isLast = page.length === rest.length;
    const afterId = page.reduce((max, i) => Math.max(max, i.id), cursor.afterId);
    return { issues: page.map((i) => this.snapshot(i)), next: { afterId, pageToken: isLast ? null : `after-${afterId}` }, isLast };
  }

  async countIssues(projectKeys: readonly string[]): Promise<number> {
    return this.issues.filter((i) => projectKeys.includes(i.history.projectKey)).length;
  }

  async findIssuesWithAlertDue(projectKeys: readonly string[], dueBy: number, max: number): Promise<string[]> {
    return [...this.properties.entries()]
      .filter(([key, state]) => projectKeys.includes(key.split('-')[0] ?? '') && state.nextAlertAt !== null && state.nextAlertAt <= dueBy)
      .map(([key]) => key)
      .slice(0, max);
  }

  async writeState(issueKey: string, state: SlaLiveState): Promise<void> {
    this.maybeFail('write');
    this.writes.push(issueKey);
    this.properties.set(issueKey, structuredClone(state));
  }
}

export class RecordingQueue implements JobQueue {
  readonly pushed: QueuedJob[] = [];
  async push(jobs: readonly QueuedJob[]): Promise<void> {
    this.pushed.push(...jobs);
  }
  of(kind: string): QueuedJob[] {
    return this.pushed.filter((j) => j.kind === kind);
  }
}
