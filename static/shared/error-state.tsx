// <ErrorState>: the Jira-style "couldn't load" block (heading, explanation, one retry button).
// Text comes from the error's message key; it never shows raw error text or stack traces.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { ErrorPayload } from '@shared/contract';
import { useI18n } from './i18n';

type Props = {
  readonly error: ErrorPayload;
  readonly onRetry?: () => void;
  /** Heading element, so the page's heading levels stay in order. */
  readonly headingAs?: 'h1' | 'h2' | 'h3';
};

export function ErrorState({ error, onRetry, headingAs = 'h2' }: Props) {
  const { t, tError } = useI18n();
  return (
    <Box padding="space.300" testId="error-state">
      <Stack space="space.200" alignInline="center">
        <Heading size="small" as={headingAs}>
          {t('common.loadFailed')}
        </Heading>
        <div role="alert">
          <Text as="p" align="center" color="color.text.subtle">
            {tError(error)}
          </Text>
        </div>
        {onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
      </Stack>
    </Box>
  );
}
