// Every Custom UI frame on the page, by frame id: its Forge context, what the surrounding Jira view
// does on submit/close/refresh, and how to reload it or show Jira's error state. The bridge inside the
// frame finds its entry through window.__forgeHost (forge-host.ts). Holds no React state itself.
import type { Json } from '../json';
import { dropFrame } from './event-bus';

export type FrameHandlers = {
  readonly submit?: (payload: unknown) => boolean | Promise<boolean>;
  readonly close?: (payload: unknown) => boolean;
  readonly refresh?: (payload: unknown) => boolean;
  /** What `getUiModificationsInternalAPI` answers in a jira:uiModifications frame. */
  readonly uiModifications?: unknown;
};

export type FrameEntry = {
  readonly id: string;
  readonly moduleKey: string;
  /** The manifest resource the frame loads; a Modal without `resource` opens the same one. */
  readonly resource: string;
  context: Json;
  handlers: FrameHandlers;
  /** Set for issue-view modules (panel, context): they hear JIRA_ISSUE_CHANGED for this issue. */
  readonly issueId?: string;
  /** Path of the page the module fills (global/project/admin page), base of view.createHistory(). */
  readonly basePath?: string;
  readonly reload: () => void;
  readonly reportError: (message: string) => void;
  readonly iframe: () => HTMLIFrameElement | null;
};

const frames = new Map<string, FrameEntry>();
let counter = 0;

export function newFrameId(moduleKey: string): string {
  counter += 1;
  return `${moduleKey}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export function registerFrame(entry: FrameEntry): () => void {
  frames.set(entry.id, entry);
  return () => {
    frames.delete(entry.id);
    dropFrame(entry.id);
  };
}

export const getFrame = (id: string): FrameEntry | undefined => frames.get(id);
export const allFrames = (): readonly FrameEntry[] => [...frames.values()];
