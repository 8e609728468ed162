// Everything the support-lines use cases need, in one bundle built by composition.ts: storage, clock,
// logging, Jira as the app (history, properties), Jira as the caller (what they may see), the job queue.
import type { JiraPort } from '../../ports';
import type { LinesJiraPort } from '../../ports-lines';
import type { CsatNotices } from './csat-comments';
import type { JobDeps } from './start-job';

export type LinesServices = JobDeps & {
  readonly jiraAsUser: Pick<JiraPort, 'getIssue' | 'hasGlobalPermission'>;
  readonly linesAsUser: Pick<LinesJiraPort, 'projects'>;
  readonly csatNotices?: CsatNotices;
};
