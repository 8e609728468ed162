// Every error of the last save as "where: what" (`Rule 1 › fields 2 › ref`), so a problem is findable even
// when its input belongs to another rule than the one on screen.
import SectionMessage from '@atlaskit/section-message';
import type { MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';

const readable = (path: string): string => path.split('.').map((p) => (/^\d+$/.test(p) ? String(Number(p) + 1) : p)).join(' › ');

export function GuardErrorList({ errors }: { readonly errors: Readonly<Record<string, MessageKey>> }) {
  const { t } = useI18n();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <SectionMessage appearance="warning" title={t('guard.admin.errors')} testId="guard-error-list">
      <ul>
        {entries.map(([path, key]) => (
          <li key={path} data-error-path={path}><code>{readable(path)}</code>: {t(key)}</li>
        ))}
      </ul>
    </SectionMessage>
  );
}
