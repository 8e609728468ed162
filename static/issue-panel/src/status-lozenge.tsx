// The issue status as an Atlaskit lozenge coloured by Jira's status category, as Jira itself does.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import type { IssueSummaryDto, StatusCategoryKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';

const APPEARANCE: Readonly<Record<StatusCategoryKey, ThemeAppearance>> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
  undefined: 'default',
};

export function StatusLozenge({ status }: { readonly status: IssueSummaryDto['status'] }) {
  const { t } = useI18n();
  const category = status.categoryKey === 'undefined' ? null : t(`panel.statusCategory.${status.categoryKey}`);
  return (
    <Lozenge appearance={APPEARANCE[status.categoryKey]} testId="status-lozenge">
      {status.name || category || status.id}
    </Lozenge>
  );
}
