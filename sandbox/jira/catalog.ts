// The fixed site configuration of the stand-in: status categories (Jira's real ids/keys/colours), statuses,
// priorities, issue types, resolutions and the default workflow. Data only; JSON shapes live in views/.

export type CategoryKey = 'new' | 'indeterminate' | 'done';
export type StatusCategoryDef = { readonly id: number; readonly key: CategoryKey | 'undefined'; readonly name: string; readonly colorName: string };
export type StatusDef = { readonly id: string; readonly name: string; readonly description: string; readonly category: CategoryKey; readonly icon: string };
export type PriorityDef = { readonly id: string; readonly name: string; readonly description: string; readonly statusColor: string; readonly icon: string };
export type IssueTypeDef = { readonly id: string; readonly name: string; readonly description: string; readonly avatarId: number };
export type ResolutionDef = { readonly id: string; readonly name: string; readonly description: string };
export type TransitionDef = {
  readonly id: string;
  readonly name: string;
  /** Empty means a global transition (available from every status). */
  readonly from: readonly string[];
  readonly to: string;
  readonly screenId?: number;
};

export const STATUS_CATEGORIES: readonly StatusCategoryDef[] = [
  { id: 1, key: 'undefined', name: 'No Category', colorName: 'medium-gray' },
  { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  { id: 3, key: 'done', name: 'Done', colorName: 'green' },
];

export const STATUS = { NEW: '10000', OPEN: '1', IN_PROGRESS: '3', WAITING: '10001', RESOLVED: '5', CLOSED: '6' } as const;

export const STATUSES: readonly StatusDef[] = [
  { id: STATUS.NEW, name: 'New', description: 'The issue has been filed and is waiting for triage.', category: 'new', icon: 'open.png' },
  { id: STATUS.OPEN, name: 'Open', description: 'The issue is open and ready for the assignee to start work on it.', category: 'new', icon: 'open.png' },
  { id: STATUS.IN_PROGRESS, name: 'In Progress', description: 'This issue is being actively worked on at the moment by the assignee.', category: 'indeterminate', icon: 'inprogress.png' },
  { id: STATUS.WAITING, name: 'Waiting for customer', description: 'Waiting for an answer from the customer.', category: 'indeterminate', icon: 'generic.png' },
  { id: STATUS.RESOLVED, name: 'Resolved', description: 'A resolution has been taken, and it is awaiting verification by reporter.', category: 'done', icon: 'resolved.png' },
  { id: STATUS.CLOSED, name: 'Closed', description: 'The issue is considered finished, the resolution is correct.', category: 'done', icon: 'closed.png' },
];

export const PRIORITIES: readonly PriorityDef[] = [
  { id: '1', name: 'Critical', description: 'The service is down for all clients.', statusColor: '#d04437', icon: 'critical.svg' },
  { id: '2', name: 'High', description: 'More than half of the users are affected.', statusColor: '#f15c75', icon: 'high.svg' },
  { id: '3', name: 'Medium', description: 'A problem of one client or a few.', statusColor: '#f79232', icon: 'medium.svg' },
  { id: '4', name: 'Low', description: 'Questions and consultations.', statusColor: '#707070', icon: 'low.svg' },
];
export const DEFAULT_PRIORITY_ID = '3';

export const ISSUE_TYPES: readonly IssueTypeDef[] = [
  { id: '10001', name: 'Incident', description: 'A problem reported by a client that needs to be restored.', avatarId: 10303 },
  { id: '10002', name: 'Task', description: 'A small, distinct piece of work.', avatarId: 10318 },
  { id: '10003', name: 'Question', description: 'A question or consultation request from a client.', avatarId: 10320 },
];

export const RESOLUTIONS: readonly ResolutionDef[] = [
  { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' },
  { id: '10001', name: "Won't Do", description: 'This issue won\'t be actioned.' },
  { id: '10002', name: 'Duplicate', description: 'The problem is a duplicate of an existing issue.' },
  { id: '10003', name: 'Cannot Reproduce', description: 'All attempts at reproducing this issue failed.' },
];
export const DONE_RESOLUTION_ID = '10000';

export const SCREEN = { DEFAULT: 1, RESOLVE: 2, WORKFLOW: 3 } as const;

export const TRANSITIONS: readonly TransitionDef[] = [
  { id: '11', name: 'Open', from: [STATUS.NEW], to: STATUS.OPEN, screenId: SCREEN.WORKFLOW },
  { id: '21', name: 'Start progress', from: [STATUS.OPEN], to: STATUS.IN_PROGRESS },
  { id: '31', name: 'Wait for customer', from: [STATUS.OPEN, STATUS.IN_PROGRESS], to: STATUS.WAITING },
  { id: '41', name: 'Back to work', from: [STATUS.WAITING], to: STATUS.IN_PROGRESS },
  // As in Jira Service Management's workflows: a request waiting for the customer can be resolved directly.
  { id: '51', name: 'Resolve', from: [STATUS.IN_PROGRESS, STATUS.WAITING], to: STATUS.RESOLVED, screenId: SCREEN.RESOLVE },
  { id: '61', name: 'Close', from: [STATUS.RESOLVED], to: STATUS.CLOSED },
  { id: '71', name: 'Reopen', from: [STATUS.RESOLVED, STATUS.CLOSED], to: STATUS.OPEN, screenId: SCREEN.WORKFLOW },
  { id: '81', name: 'Back to in progress', from: [STATUS.RESOLVED], to: STATUS.IN_PROGRESS, screenId: SCREEN.WORKFLOW },
];
export const INITIAL_STATUS_ID = STATUS.NEW;

export const findStatus = (id: string): StatusDef | undefined => STATUSES.find((s) => s.id === id);
export const findPriority = (id: string): PriorityDef | undefined => PRIORITIES.find((p) => p.id === id);
export const findIssueType = (id: string): IssueTypeDef | undefined => ISSUE_TYPES.find((t) => t.id === id);
export const findResolution = (id: string): ResolutionDef | undefined => RESOLUTIONS.find((r) => r.id === id);
export const findCategory = (key: string): StatusCategoryDef | undefined => STATUS_CATEGORIES.find((c) => c.key === key);

export function statusOf(id: string): StatusDef {
  const status = findStatus(id);
  if (!status) throw new Error(`unknown status ${id}`);
  return status;
}
