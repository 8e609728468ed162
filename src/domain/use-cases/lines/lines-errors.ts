// Refusals of the support-lines features, with the message a person sees (i18n key). Codes are the
// shared ones (PERMISSION, CONFLICT, VALIDATION), so the UI and callers branch on them as on any error.
import { AppError } from '../../errors';
import type { ErrorCode } from '../../../shared/result';
import type { MessageKey } from '../../../shared/i18n';

export class LinesRefusal extends AppError {
  constructor(
    readonly code: Extract<ErrorCode, 'PERMISSION' | 'CONFLICT' | 'VALIDATION'>,
    message: string,
    messageKey: MessageKey,
    params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message, messageKey, params);
  }
}
