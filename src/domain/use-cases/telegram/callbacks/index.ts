// Inline-button taps by callback-data prefix (issues 7 and 8): "Assign to me" and the CSAT row.
import { ASSIGN_PREFIX, CSAT_PREFIX } from '../../../rules/telegram/callback-data';
import type { CallbackHandler } from '../dispatch-types';
import { assignToMe } from './assign-to-me';
import { rateFromTap } from './csat-tap';

export const CALLBACK_HANDLERS: ReadonlyMap<string, CallbackHandler> = new Map([
  [ASSIGN_PREFIX, assignToMe],
  [CSAT_PREFIX, rateFromTap],
]);
