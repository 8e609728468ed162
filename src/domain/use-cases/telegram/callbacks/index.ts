// Inline-button taps by callback-data prefix (issues 7 and 8).
import type { CallbackHandler } from '../dispatch-types';

export const CALLBACK_HANDLERS: ReadonlyMap<string, CallbackHandler> = new Map();
