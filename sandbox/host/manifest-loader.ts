// Builds the HostManifest from the parsed YAML. Unknown module types, UI Kit 1 modules, handlers that
// are not `index.<export>`, resolvers naming missing functions and resources naming missing keys
// are errors that name the manifest line.
import type { Document } from 'yaml';
import {
  ManifestError,
  lineOf,
  readManifestFile,
  type ConsumerModule,
  type EntityPropertyModule,
  type StorageEntity,
  type FunctionModule,
  type HostManifest,
  type ScheduledModule,
  type TriggerModule,
  type UiModule,
  type ValidatorModule,
  type WebTriggerModule,
} from './manifest-model';

type Raw = Record<string, unknown>;
const UI_MODULES = new Set([
  'jira:issuePanel', 'jira:issueContext', 'jira:issueAction', 'jira:globalPage', 'jira:projectPage', 'jira:adminPage',
  'jira:dashboardGadget', 'jira:uiModifications', 'jira:workflowValidator', 'jira:entityProperty',
]);
const BACKEND_MODULES = new Set(['function', 'trigger', 'scheduledTrigger', 'webtrigger', 'consumer']);
export const SCHEDULE_INTERVALS = ['fiveMinute', 'hour', 'day', 'week'] as const;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function loadManifest(file: string, env: NodeJS.ProcessEnv = process.env): HostManifest {
  const { text, doc } = readManifestFile(file, env);
  const root = doc.toJS() as Raw;
  const modules = (root.modules ?? {}) as Record<string, Raw[]>;
  const where = (type: string, index: number): string => `manifest.yml line ${lineOf(doc, ['modules', type, index], text)}`;
  const fail = (type: string, index: number, message: string): never => {
    throw new ManifestError(`${where(type, index)} (${type}): ${message}`);
  };

  const functions = new Map<string, FunctionModule>();
  const uiModules: UiModule[] = [];
  const triggers: TriggerModule[] = [];
  const scheduled: ScheduledModule[] = [];
  const webTriggers: WebTriggerModule[] = [];
  const consumers: ConsumerModule[] = [];
  const validators: ValidatorModule[] = [];
  const entityProperties: EntityPropertyModule[] = [];

  for (const [type, list] of Object.entries(modules)) {
    if (!Array.isArray(list)) throw new ManifestError(`manifest.yml: modules.${type} must be a list`);
    list.forEach((m, i) => {
      const key = str(m.key) ?? fail(type, i, 'module without key');
      if (type === 'function') {
        const handler = str(m.handler) ?? fail(type, i, `function ${key} has no handler`);
        if (!/^index\.[A-Za-z_$][\w$]*$/.test(handler)) fail(type, i, `handler ${handler} must be index.<export> (src/index.ts)`);
        functions.set(key, { key, handler, timeoutSeconds: typeof m.timeoutSeconds === 'number' ? m.timeoutSeconds : undefined });
      } else if (type === 'trigger') {
        const filter = (m.filter ?? {}) as Raw;
        triggers.push({ key, function: str(m.function) ?? fail(type, i, 'no function'), events: (m.events as string[]) ?? [], ignoreSelf: filter.ignoreSelf === true });
      } else if (type === 'scheduledTrigger') {
        const interval = str(m.interval) ?? '';
        if (!(SCHEDULE_INTERVALS as readonly string[]).includes(interval)) fail(type, i, `invalid interval '${interval}' (allowed: ${SCHEDULE_INTERVALS.join(', ')})`);
        scheduled.push({ key, function: str(m.function) ?? fail(type, i, 'no function'), interval });
      } else if (type === 'webtrigger') {
        webTriggers.push({ key, function: str(m.function) ?? fail(type, i, 'no function') });
      } else if (type === 'consumer') {
        consumers.push({ key, queue: str(m.queue) ?? fail(type, i, 'no queue'), function: str(m.function) ?? str((m.resolver as Raw | undefined)?.function) ?? fail(type, i, 'no function') });
      } else if (UI_MODULES.has(type)) {
        if (str(m.function) && !m.resource) fail(type, i, `${key} uses a UI Kit 1 'function:' module; UI Kit 1 was removed — use a Custom UI resource`);
        if (type === 'jira:entityProperty') entityProperties.push({ propertyKey: str(m.propertyKey) ?? fail(type, i, 'no propertyKey'), entityType: str(m.entityType), values: (m.values ?? []) as EntityPropertyModule['values'] });
        if (type === 'jira:workflowValidator') validators.push({ key, expression: str(m.expression), errorMessage: str(m.errorMessage) });
        uiModules.push({ type, key, resource: str(m.resource), resolverFunction: str((m.resolver as Raw | undefined)?.function), raw: m });
      } else if (!BACKEND_MODULES.has(type)) {
        fail(type, i, `module type ${type} is not supported by the local host`);
      }
    });
  }
  const resources = new Map<string, string>();
  for (const r of (root.resources ?? []) as Raw[]) resources.set(String(r.key), String(r.path));
  checkReferences(doc, text, { functions, uiModules, triggers, scheduled, webTriggers, consumers, resources });
  const appId = str((root.app as Raw | undefined)?.id) ?? '';
  const storage = ((root.app as Raw | undefined)?.storage ?? {}) as Raw;
  const storageEntities = (Array.isArray(storage.entities) ? storage.entities : []) as StorageEntity[];
  return { appId, functions, uiModules, resources, triggers, scheduled, webTriggers, consumers, validators, storageEntities, entityProperties };
}

function checkReferences(doc: Document, text: string, m: Pick<HostManifest, 'functions' | 'uiModules' | 'triggers' | 'scheduled' | 'webTriggers' | 'consumers' | 'resources'>): void {
  const needFn = (fn: string, what: string): void => {
    if (!m.functions.has(fn)) throw new ManifestError(`manifest.yml: ${what} names function '${fn}', which is not declared (line ${lineOf(doc, ['modules'], text)})`);
  };
  for (const ui of m.uiModules) {
    if (ui.resolverFunction) needFn(ui.resolverFunction, `${ui.type} ${ui.key}`);
    if (ui.resource && !m.resources.has(ui.resource)) throw new ManifestError(`manifest.yml: ${ui.type} ${ui.key} names resource '${ui.resource}', which is not declared`);
  }
  for (const t of [...m.triggers, ...m.scheduled, ...m.webTriggers, ...m.consumers]) needFn(t.function, `module ${t.key}`);
}
