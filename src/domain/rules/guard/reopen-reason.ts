// Reads the reopen reason of an issue's reopen from its history, for the support-lines panel: the value the
// "Reopen reason" field took in the same change as the status move, else the nearest earlier change to it.
// Pure: works on changelog entries as Jira returns them (oldest first or not: sorted here).
export type ChangelogEntryLike = {
  readonly created: string | number;
  readonly items: readonly { readonly fieldId?: string; readonly field?: string; readonly fromString?: string | null; readonly toString?: string | null }[];
};

export type ReopenReason = { readonly at: number; readonly reason: string | null };

const time = (v: string | number): number => (typeof v === 'number' ? v : Date.parse(v));

/** One entry per reopen (a status move from `fromStatuses` to another status), with its reason or null. */
export function reopenReasons(history: readonly ChangelogEntryLike[], reasonFieldId: string, doneStatuses: readonly string[] = ['Resolved', 'Closed']): ReopenReason[] {
  const sorted = [...history].sort((a, b) => time(a.created) - time(b.created));
  let lastReason: string | null = null;
  const out: ReopenReason[] = [];
  let previousStatus: string | null = null;
  for (const entry of sorted) {
    const reasonItem = entry.items.find((i) => i.fieldId === reasonFieldId);
    if (reasonItem) lastReason = reasonItem.toString ?? null;
    const status = entry.items.find((i) => i.fieldId === 'status' || i.field === 'status');
    if (!status) continue;
    const to = status.toString ?? null;
    const from = status.fromString ?? previousStatus;
    if (from !== null && doneStatuses.includes(from) && to !== null && !doneStatuses.includes(to)) {
      out.push({ at: time(entry.created), reason: reasonItem?.toString ?? lastReason });
      lastReason = null;
    }
    previousStatus = to;
  }
  return out;
}
