// The shell's calls to the local host: Jira REST as the signed-in user (/__host/request-jira, the
// same door Custom UI's requestJira uses), host status, seeded users, UI modifications and gadget
// configurations. Never throws on an HTTP error status: callers get `{status, body}`.
import type { HostStatus, ShellUser } from '../types';
import { asArray, asRecord, type Json } from '../json';

export type JiraResponse = { readonly status: number; readonly body: unknown };

let currentAccount = '';

/** Set by the session whenever the user switcher changes the signed-in person. */
export function setRequestAccount(accountId: string): void {
  currentAccount = accountId;
}

export async function requestJira(path: string, init: { method?: string; body?: unknown } = {}, accountId = currentAccount): Promise<JiraResponse> {
  const res = await fetch('/__host/request-jira', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-linebridge-account': accountId },
    body: JSON.stringify({
      path,
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: init.body === undefined ? '' : JSON.stringify(init.body),
    }),
  });
  const envelope = asRecord(await res.json());
  if (!res.ok) return { status: res.status, body: envelope };
  const raw = typeof envelope.body === 'string' ? envelope.body : '';
  let body: unknown = null;
  try {
    body = raw === '' ? null : JSON.parse(raw);
  } catch {
    body = raw;
  }
  return { status: typeof envelope.status === 'number' ? envelope.status : 500, body };
}

async function getJson(url: string, init?: RequestInit): Promise<Json> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return asRecord(await res.json());
}

export async function loadStatus(): Promise<HostStatus> {
  return (await getJson('/__host/status')) as unknown as HostStatus;
}

export async function loadUsers(): Promise<readonly ShellUser[]> {
  return asArray((await getJson('/__host/users')).users) as ShellUser[];
}

export type UiModificationData = { readonly id: string; readonly data?: string };

export async function loadUiModifications(projectId: string, issueTypeId: string, viewType: string): Promise<readonly UiModificationData[]> {
  const q = new URLSearchParams({ projectId, issueTypeId, viewType });
  return asArray((await getJson(`/__host/ui-modifications?${q.toString()}`)).uiModifications) as UiModificationData[];
}

export async function loadGadgetConfig(gadgetId: string): Promise<Json | null> {
  const value = (await getJson(`/__host/gadgets/${encodeURIComponent(gadgetId)}`)).configuration;
  return value === null || value === undefined ? null : asRecord(value);
}

export async function saveGadgetConfig(gadgetId: string, configuration: unknown): Promise<void> {
  await getJson(`/__host/gadgets/${encodeURIComponent(gadgetId)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ configuration }),
  });
}
