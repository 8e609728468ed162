// Runs one Forge function invocation: resolves `index.<export>` from the loaded app module, binds the
// runtime seam to this invocation, and enforces the platform's time limit for the module kind
// (reported as Forge reports it, never silently extended).
import { randomUUID } from 'node:crypto';
import type { HostManifest } from './manifest-model';
import { runInvocation } from './forge-globals';

export type InvocationKind = 'resolver' | 'webtrigger' | 'trigger' | 'scheduled' | 'consumer';
const DEFAULT_LIMIT_S: Readonly<Record<InvocationKind, number>> = {
  resolver: 25,
  webtrigger: 55,
  trigger: 55,
  scheduled: 55,
  consumer: 55,
};
const MAX_CONFIGURABLE_S = 900;

export class FunctionTimeoutError extends Error {
  readonly code = 'FUNCTION_TIME_OUT';
}

export type AppModule = Readonly<Record<string, unknown>>;

export type InvokeOptions = {
  readonly functionKey: string;
  readonly moduleKey: string;
  readonly kind: InvocationKind;
  readonly accountId?: string;
  readonly args: readonly unknown[];
};

export class Invoker {
  /** Test knob: shrink every limit (e.g. 0.001) to exercise timeouts quickly. */
  timeScale = 1;

  constructor(
    private readonly manifest: HostManifest,
    private readonly app: AppModule,
    private readonly installationId: string,
    private readonly environmentId = 'local-development',
  ) {}

  limitSeconds(functionKey: string, kind: InvocationKind): number {
    const configured = this.manifest.functions.get(functionKey)?.timeoutSeconds;
    if (configured === undefined || kind === 'resolver' || kind === 'webtrigger') return DEFAULT_LIMIT_S[kind];
    return Math.min(configured, MAX_CONFIGURABLE_S);
  }

  async invoke(opts: InvokeOptions): Promise<unknown> {
    const fn = this.manifest.functions.get(opts.functionKey);
    if (!fn) throw new Error(`No function '${opts.functionKey}' in manifest.yml`);
    const exportName = fn.handler.slice('index.'.length);
    const handler = this.app[exportName];
    if (typeof handler !== 'function') throw new Error(`src/index.ts has no export '${exportName}' (manifest function ${fn.key})`);
    const limitMs = this.limitSeconds(opts.functionKey, opts.kind) * 1000 * this.timeScale;
    const inv = {
      appId: this.manifest.appId,
      environmentId: this.environmentId,
      installationId: this.installationId,
      moduleKey: opts.moduleKey,
      accountId: opts.accountId,
      deadline: Date.now() + limitMs,
      invocationId: randomUUID(),
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new FunctionTimeoutError(`Function ${opts.functionKey} timed out after ${limitMs / 1000}s (${opts.kind} limit)`)),
        limitMs,
      );
    });
    try {
      return await Promise.race([
        runInvocation(inv, async () => (handler as (...a: unknown[]) => unknown)(...opts.args)),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
