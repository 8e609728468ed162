// Default SLA definitions from PRODUCT.md: reaction 30 min for every priority; resolution 2 h Critical, 8 h
// High, 24 h Medium, 48 h Low; handoff measured without a goal until the admin sets one; pause in
// "Waiting for customer"; warn at 75 %. Statuses follow the default workflow.
import type { SlaDefinition, SlaGoal, StatePredicate, Trigger } from './definition';

export const DEFAULT_STATUSES = {
  new: 'New',
  open: 'Open',
  inProgress: 'In Progress',
  waiting: 'Waiting for customer',
  resolved: 'Resolved',
  closed: 'Closed',
} as const;

export const DEFAULT_PRIORITIES = ['Critical', 'High', 'Medium', 'Low'] as const;
export const DEFAULT_WARN_AT_PERCENT = 75;

const waiting: StatePredicate = { kind: 'status', statuses: [DEFAULT_STATUSES.waiting] };
const done: Trigger = { kind: 'becomes', when: { kind: 'statusCategory', categories: ['done'] } };
const everyPriority = (minutes: number): SlaGoal[] =>
  DEFAULT_PRIORITIES.map((priority) => ({ priority, targetMinutes: minutes }));

export const DEFAULT_SLA_DEFINITIONS: readonly SlaDefinition[] = [
  {
    metric: 'firstResponse',
    start: [{ kind: 'created' }, { kind: 'reopened' }],
    stop: [
      { kind: 'comment', byRoles: ['line2'], visibility: 'public' },
      { kind: 'transition', byRoles: ['line2'] },
      done,
    ],
    pause: [waiting],
    goals: everyPriority(30),
    warnAtPercent: DEFAULT_WARN_AT_PERCENT,
  },
  {
    metric: 'resolution',
    start: [{ kind: 'created' }, { kind: 'reopened' }],
    stop: [done],
    pause: [waiting],
    goals: [
      { priority: 'Critical', targetMinutes: 2 * 60 },
      { priority: 'High', targetMinutes: 8 * 60 },
      { priority: 'Medium', targetMinutes: 24 * 60 },
      { priority: 'Low', targetMinutes: 48 * 60 },
    ],
    warnAtPercent: DEFAULT_WARN_AT_PERCENT,
  },
  {
    metric: 'handoff',
    start: [
      { kind: 'becomes', when: { kind: 'field', field: 'line', values: ['line2'] } },
      { kind: 'becomes', when: { kind: 'status', statuses: [DEFAULT_STATUSES.open] }, byRoles: ['line1'] },
    ],
    stop: [
      { kind: 'becomes', when: { kind: 'field', field: 'assigneeRole', values: ['line2'] } },
      { kind: 'becomes', when: { kind: 'status', statuses: [DEFAULT_STATUSES.inProgress] }, byRoles: ['line2'] },
      done,
    ],
    pause: [waiting],
    goals: [],
    warnAtPercent: DEFAULT_WARN_AT_PERCENT,
  },
];
