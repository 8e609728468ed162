// Ports of the chat intake (issue 9): Jira as the app (filing through fileIncident, reading an issue for
// /status, searching for /my), a one-way hash for link codes, and the send slot an update was deferred to.
// Adapters: src/adapters/forge-jira.ts (asApp), forge-jira-intake.ts, node-runtime.ts (sha256Hex).
import type { JiraPort } from '../../../ports';
import type { AssignDeps } from '../../assign-incident';

/** An issue as /status and /my show it, with what decides whether a chat may see it. */
export type IntakeIssue = {
  readonly id: string;
  readonly key: string;
  readonly projectKey: string;
  readonly summary: string;
  readonly status: string;
  readonly statusCategory: 'new' | 'indeterminate' | 'done' | 'undefined';
  readonly priority: string | null;
  /** `https://<site>/browse/KEY`. */
  readonly url: string;
  /** The client ID of the incident property (`linebridge.incident`), else of the Client ID field. */
  readonly clientId: string | null;
};

export interface IntakeJira {
  /** The issue as the app sees it, or undefined when there is none (404). */
  issue(issueKey: string, clientIdFieldId: string | null): Promise<IntakeIssue | undefined>;
  /** Issues matching a bounded JQL query (the caller builds it from validated values only). */
  search(jql: string, maxResults: number, clientIdFieldId: string | null): Promise<IntakeIssue[]>;
}

export interface Hasher {
  /** SHA-256 of the UTF-8 text, lower-case hex. */
  sha256Hex(text: string): string;
}

export type IntakePorts = {
  /** Jira as the app: fileIncident creates the issue with it. */
  readonly jiraAsApp: JiraPort;
  readonly issues: IntakeJira;
  readonly hash: Hasher;
  /** Assignment on filing by the project's rule, as for the Jira form (absent: left unassigned). */
  readonly assign?: AssignDeps;
  /**
   * After a filing as the app: what Jira's product events would have caused (SLA state, support-lines facts,
   * the team's "created" notification), since the triggers skip the app's own changes. Never throws.
   */
  readonly afterFiling?: (issue: { readonly id: string; readonly key: string }) => Promise<void>;
  /** A reply slot this update already holds (it was deferred to that slot by the pacing of replies). */
  readonly reservedSlot: number | null;
};
