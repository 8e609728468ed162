// Invokes the resolver behind a Custom UI module the way Forge does: the frontend's `invoke(key,
// payload)` becomes `{call: {functionKey, payload}, context}` plus the backend runtime payload that
// carries the calling user (`principal.accountId`), which is what @forge/resolver reads.
import type { Invoker } from './invoker';
import type { HostManifest } from './manifest-model';

export type ResolverCall = {
  readonly moduleKey: string;
  readonly functionKey: string;
  readonly payload: unknown;
  readonly accountId: string | undefined;
  /** The module's context as `view.getContext()` returns it (extension, localId, ...). */
  readonly context: Readonly<Record<string, unknown>>;
};

export class UnknownModuleError extends Error {}

export async function invokeResolver(manifest: HostManifest, invoker: Invoker, cloudId: string, call: ResolverCall): Promise<unknown> {
  const module = manifest.uiModules.find((m) => m.key === call.moduleKey);
  if (!module?.resolverFunction) throw new UnknownModuleError(`Module ${call.moduleKey} has no resolver in manifest.yml`);
  const installContext = `ari:cloud:jira::site/${cloudId}`;
  return invoker.invoke({
    functionKey: module.resolverFunction,
    moduleKey: module.key,
    kind: 'resolver',
    accountId: call.accountId,
    args: [
      { call: { functionKey: call.functionKey, payload: call.payload }, context: { ...call.context, cloudId, moduleKey: module.key } },
      { principal: call.accountId ? { accountId: call.accountId } : undefined, installContext },
    ],
  });
}
