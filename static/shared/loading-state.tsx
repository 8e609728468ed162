// <LoadingState>: a centred Atlaskit spinner with a translated accessible label. Nothing else.
import Spinner from '@atlaskit/spinner';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { useI18n } from './i18n';

export function LoadingState({ size = 'large' }: { readonly size?: 'medium' | 'large' }) {
  const { t } = useI18n();
  return (
    <Box padding="space.300" testId="loading-state">
      <Stack alignInline="center">
        <Spinner size={size} label={t('common.loading')} />
      </Stack>
    </Box>
  );
}
