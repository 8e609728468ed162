// Wraps each resolver: parses nothing itself but guarantees the Result<T> envelope. Known AppErrors
// become their payload; anything else is logged (without payload) and reported as INTERNAL.
import type { ResolverContract, ResolverKey, ResolverResult } from '../shared/contract';
import { isAppError } from '../domain/errors';
import { fail, ok } from '../shared/result';
import type { Logger } from '../domain/ports';

export type ResolverRequest = { readonly payload: unknown; readonly context: { readonly accountId?: string } & Record<string, unknown> };
export type ResolverHandler<K extends ResolverKey> = (req: ResolverRequest) => Promise<ResolverContract[K]['result']>;

export function guarded<K extends ResolverKey>(
  key: K,
  logger: () => Logger,
  handler: ResolverHandler<K>,
): (req: ResolverRequest) => Promise<ResolverResult<K>> {
  return async (req) => {
    try {
      return ok(await handler(req));
    } catch (error) {
      if (isAppError(error)) return fail(error.toPayload());
      logger().error('resolver failed', { resolver: key, error: error instanceof Error ? error.message : String(error) });
      return fail({ code: 'INTERNAL', messageKey: 'error.INTERNAL' });
    }
  };
}
