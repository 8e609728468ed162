// Every error of the last save as "where: what", so a problem is findable even when its input is in
// another template or not on screen (e.g. `templates.1.fields`: "A template needs at least one field").
import SectionMessage from '@atlaskit/section-message';
import type { MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';

/** `templates.0.fields.2.label.en` → `Template 1 › fields 3 › label › en`: positions counted from one. */
export function readablePath(path: string): string {
  return path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part))
    .join(' › ');
}

export function ErrorList({ errors }: { readonly errors: Readonly<Record<string, MessageKey>> }) {
  const { t } = useI18n();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <SectionMessage appearance="warning" title={t('templates.otherErrors')} testId="template-error-list">
      <ul>
        {entries.map(([path, key]) => (
          <li key={path} data-error-path={path}>
            <code>{readablePath(path)}</code>: {t(key)}
          </li>
        ))}
      </ul>
    </SectionMessage>
  );
}
