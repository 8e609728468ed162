// Data shapes the shell reads from the host (/__host/status, /__host/users) and from Jira REST. Only the
// fields the shell shows; Jira's answers are read defensively through the helpers in json.ts.

export type Role = 'line1' | 'line2' | 'lead' | 'admin';

export type ShellUser = {
  readonly accountId: string;
  readonly displayName: string;
  readonly role: Role;
  /** Jira's form, e.g. `ru_RU`. */
  readonly locale: string;
  readonly timeZone: string;
};

export type ShellModule = {
  readonly type: string;
  readonly key: string;
  readonly resource?: string;
  readonly title: string;
  readonly description?: string;
  readonly icon?: string;
  readonly editResource?: string;
  readonly useAsConfig: boolean;
};

export type HostStatus = {
  readonly appId: string;
  readonly cloudId: string;
  readonly environmentId: string;
  readonly modules: readonly ShellModule[];
};

export type ThemeMode = 'light' | 'dark';

export type ProjectRef = { readonly id: string; readonly key: string; readonly name: string; readonly projectTypeKey: string };

export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  line1: 'Line 1 agent',
  line2: 'Line 2 engineer',
  lead: 'Support lead',
  admin: 'Jira admin',
};
