// The outcome of the last save, shown above the form: success, or the translated error (CONFLICT
// offers a reload). Lives in a polite live region so screen readers hear it without losing focus.
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { Box } from '@atlaskit/primitives/compiled/box';
import type { ErrorPayload } from '@shared/contract';
import { useI18n } from '@ui/i18n';

export type SaveOutcome = { readonly kind: 'saved' } | { readonly kind: 'failed'; readonly error: ErrorPayload };

type Props = { readonly outcome: SaveOutcome | null; readonly onReload: () => void };

export function SaveBanner({ outcome, onReload }: Props) {
  const { t, tError } = useI18n();
  return (
    <div aria-live="polite" data-testid="save-banner">
      {outcome && (
        <Box paddingBlockEnd="space.200">
          {outcome.kind === 'saved' ? (
            <SectionMessage appearance="success">
              <p>{t('common.saved')}</p>
            </SectionMessage>
          ) : (
            <SectionMessage
              appearance={outcome.error.code === 'VALIDATION' ? 'warning' : 'error'}
              actions={
                outcome.error.code === 'CONFLICT' ? (
                  <SectionMessageAction onClick={onReload}>{t('common.reload')}</SectionMessageAction>
                ) : undefined
              }
            >
              <p>{tError(outcome.error)}</p>
            </SectionMessage>
          )}
        </Box>
      )}
    </div>
  );
}
