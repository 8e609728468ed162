// The Forge context each frame gets from view.getContext(), shaped like Jira Cloud's: ids of the site,
// app environment and module, the signed-in user's locale and time zone, the theme, and the module's
// `extension` (issue, project, gadget configuration, entry point...). Pure: builds an object, no I/O.
import type { Json } from '../json';
import type { HostStatus, ShellModule, ShellUser, ThemeMode } from '../types';

export type ContextInput = {
  readonly status: HostStatus;
  readonly user: ShellUser;
  readonly theme: ThemeMode;
  readonly module: ShellModule;
  readonly extension: Json;
};

/** Jira stores `ru_RU`; Forge contexts carry BCP 47 (`ru-RU`). */
export function forgeLocale(jiraLocale: string): string {
  return jiraLocale.replace('_', '-') || 'en-US';
}

export function buildContext({ status, user, theme, module, extension }: ContextInput): Json {
  const appUuid = status.appId.split('/').pop() ?? status.appId;
  return {
    accountId: user.accountId,
    cloudId: status.cloudId,
    localId: `ari:cloud:ecosystem::extension/${appUuid}/${status.environmentId}/static/${module.key}`,
    environmentId: status.environmentId,
    environmentType: 'DEVELOPMENT',
    moduleKey: module.key,
    siteUrl: location.origin,
    locale: forgeLocale(user.locale),
    timezone: user.timeZone,
    theme: { colorMode: theme },
    extension: { type: module.type, ...extension },
  };
}

export type IssueRef = { readonly id: string; readonly key: string; readonly typeName: string; readonly typeId: string };
export type ProjectCtx = { readonly id: string; readonly key: string; readonly type: string };

export function issueExtension(issue: IssueRef, project: ProjectCtx): Json {
  return { issue: { id: issue.id, key: issue.key, type: issue.typeName, typeId: issue.typeId }, project: { ...project } };
}
