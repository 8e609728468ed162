// The vocabulary of a seed plan: one REST call of one user at one moment, on the n-th planned issue.
// The planner produces these; the Jira driver replays them in time order through the stand-in's routes.
import type { AdfDoc } from '../jira/adf';

export type SeedCall =
  | { readonly kind: 'create'; readonly fields: Readonly<Record<string, unknown>> }
  | { readonly kind: 'transition'; readonly transitionId: string; readonly fields?: Readonly<Record<string, unknown>>; readonly reason?: string }
  | { readonly kind: 'comment'; readonly body: AdfDoc }
  | { readonly kind: 'edit'; readonly fields: Readonly<Record<string, unknown>> };

export type TimedCall = { readonly at: number; readonly issue: number; readonly seq: number; readonly by: string; readonly call: SeedCall };

/** What the driver may need to fill a transition screen the site made required (e.g. "Error occurred at"). */
export type IssueFacts = { readonly description: AdfDoc; readonly occurredAt: number };

/** The transitions of the default workflow (sandbox/jira/catalog.ts) the demo histories use. */
export const T = { OPEN: '11', START: '21', WAIT: '31', BACK: '41', RESOLVE: '51', CLOSE: '61', REOPEN: '71' } as const;

export function byTime(a: TimedCall, b: TimedCall): number {
  return a.at - b.at || a.issue - b.issue || a.seq - b.seq;
}
