// Typed, exception-free access to the Forge bridge for every surface. It never imports @forge/bridge:
// each surface's api.ts hands in the real functions, so that file stays the only one touching it.
// Rejections and malformed answers become Result errors; nothing here throws into React.
import type { ErrorPayload, ResolverKey, ResolverPayload, ResolverResult, Result } from '@shared/contract';
import { resultGuards } from './dto-guards';
import { toUiContext, type UiContext } from './forge-context';
import { MALFORMED_ANSWER, parseResult } from './result-guards';

/** What api.ts passes in: thin lambdas over @forge/bridge's invoke, view.getContext and view.theme.enable. */
export type BridgeFunctions = {
  readonly invoke: (functionKey: string, payload: Readonly<Record<string, unknown>>) => Promise<unknown>;
  readonly getContext: () => Promise<unknown>;
  readonly enableTheme: () => Promise<unknown>;
};

export type UiApi = {
  readonly call: <K extends ResolverKey>(key: K, payload: ResolverPayload<K>) => Promise<ResolverResult<K>>;
  readonly context: () => Promise<Result<UiContext>>;
  /** Asks Jira to apply its light/dark theme (design tokens) to this iframe. Never rejects. */
  readonly enableTheme: () => Promise<void>;
};

/** The bridge did not deliver an answer (host error, rate limit, resolver crash): retrying may help. */
export const BRIDGE_FAILED: ErrorPayload = { code: 'UPSTREAM', messageKey: 'error.UPSTREAM', retryable: true };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `load` resolves the bridge functions. api.ts imports @forge/bridge lazily: a missing host bridge is a Result too. */
export function createUiApi(load: () => Promise<BridgeFunctions>): UiApi {
  const call = async <K extends ResolverKey>(key: K, payload: ResolverPayload<K>): Promise<ResolverResult<K>> => {
    let answer: unknown;
    try {
      answer = await (await load()).invoke(key, payload);
    } catch (error) {
      console.warn(`[linebridge] invoke ${key} failed: ${describe(error)}`);
      return { ok: false, error: BRIDGE_FAILED };
    }
    const result: ResolverResult<K> = parseResult(answer, resultGuards[key]);
    if (!result.ok && result.error === MALFORMED_ANSWER) console.warn(`[linebridge] malformed answer from ${key}`);
    return result;
  };

  const context = async (): Promise<Result<UiContext>> => {
    try {
      const parsed = toUiContext(await (await load()).getContext());
      return parsed ? { ok: true, value: parsed } : { ok: false, error: MALFORMED_ANSWER };
    } catch (error) {
      console.warn(`[linebridge] getContext failed: ${describe(error)}`);
      return { ok: false, error: BRIDGE_FAILED };
    }
  };

  const enableTheme = async (): Promise<void> => {
    try {
      await (await load()).enableTheme();
    } catch (error) {
      console.warn(`[linebridge] theming unavailable: ${describe(error)}`);
    }
  };

  return { call, context, enableTheme };
}
