// The ports of the auto-close of silent requests: Jira as the app (public comments, transitions, a paged
// search of waiting issues) and create-if-absent storage (claims: never two reminders).
import type { StatusRef } from './model/sla/history';

export type AutoCloseTransition = {
  readonly id: string;
  readonly name: string;
  readonly to: Pick<StatusRef, 'id' | 'name'>;
  /** The transition screen has the resolution field (only then may a resolution be set). */
  readonly hasResolution: boolean;
};

/** Jira's 400/409 on a transition (a validator, a missing field): the messages it gave, for the issue's state. */
export type TransitionOutcome = { readonly ok: true } | { readonly ok: false; readonly status: number; readonly messages: readonly string[] };

export interface AutoCloseJiraPort {
  /** Posts a public comment (plain text as ADF); returns the comment id. */
  addComment(issueKey: string, text: string): Promise<string>;
  transitions(issueKey: string): Promise<AutoCloseTransition[]>;
  transition(issueKey: string, transitionId: string, resolution: string | null): Promise<TransitionOutcome>;
  /** One page (≤ `max`) of issues of the projects in any of the statuses; `pageToken` from the previous page. */
  findInStatuses(projectKeys: readonly string[], statuses: readonly string[], pageToken: string | null, max: number): Promise<{ keys: string[]; nextPageToken: string | null }>;
}

export interface ClaimStore {
  /** Writes only when the key does not exist; false when it does. */
  createIfAbsent<T>(key: string, value: T, ttlSeconds?: number): Promise<boolean>;
}

/**
 * Who else hears about the auto-close's public comments: Forge's `ignoreSelf` keeps the app's own comments
 * from every product-event trigger, so the Telegram bridge is told directly (composition.ts).
 */
export interface AutoCloseNotices {
  /** The app moved the issue (its product event never comes: `ignoreSelf`): the support-lines facts follow. Never throws. */
  issueMoved?(issueKey: string): Promise<void>;
  commentPosted(comment: { readonly issueKey: string; readonly commentId: string; readonly text: string; readonly at: number; readonly step: 'remind' | 'close' }): Promise<void>;
}
