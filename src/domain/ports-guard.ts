// The transition guard's view of Jira (as the app): fields, project style, the workflow's transitions with
// their screens, and screen tabs. Kept apart from ports.ts so the feature's needs are reviewed together.
import type { JiraConfigPort, JiraFieldInfo } from './ports';

export type WorkflowTransitionInfo = {
  readonly id: string;
  readonly name: string;
  readonly toStatus: string;
  /** Names of the statuses it starts from (empty: a global transition). */
  readonly fromStatuses: readonly string[];
  /** The transition screen, when the transition has one. */
  readonly screenId: number | null;
};

/** Also the option and UI-modification calls of provisioning: reopen reasons, the transition view's help. */
export interface GuardJiraPort
  extends Pick<JiraConfigPort, 'listFieldContexts' | 'listContextOptions' | 'addContextOptions' | 'getProject' | 'listUiModifications' | 'createUiModification' | 'updateUiModification'> {
  listFields(): Promise<JiraFieldInfo[]>;
  /** `team-managed` projects (Jira's `simplified`) do not run workflow validators. */
  projectStyle(projectKey: string): Promise<'company-managed' | 'team-managed'>;
  listWorkflowTransitions(): Promise<WorkflowTransitionInfo[]>;
  listScreenTabs(screenId: number): Promise<{ readonly id: number; readonly name: string }[]>;
  listTabFields(screenId: number, tabId: number): Promise<string[]>;
  addTabField(screenId: number, tabId: number, fieldId: string): Promise<void>;
}
