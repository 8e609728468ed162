// One required field of a rule: which field (the site's system and custom fields, and LineBridge's own),
// the check, a minimum length when that is the check, and its name in the message per language. A field
// the rule names that the site no longer has stays selectable, marked as missing.
import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import type { GuardSiteFieldDto, Locale } from '@shared/contract';
import { LOCALES } from '@shared/i18n';
import { useI18n } from '@ui/i18n';
import { GuardSelect, GuardText, type GuardOption } from './guard-controls';
import type { EditField } from './guard-model';

const CHECKS = ['nonEmpty', 'minLength', 'dateSet', 'optionSelected'] as const;
const LINEBRIDGE = ['errorOccurredAt', 'clientId', 'affectedScope', 'supportLine', 'reopenReason'] as const;
const SYSTEM = ['summary', 'description', 'assignee', 'resolution', 'labels', 'components', 'priority'];

type Props = {
  readonly path: string;
  readonly field: EditField;
  readonly siteFields: readonly GuardSiteFieldDto[];
  readonly canRemove: boolean;
  readonly onChange: (next: EditField) => void;
  readonly onRemove: () => void;
};

export function fieldOptions(siteFields: readonly GuardSiteFieldDto[], current: string, t: ReturnType<typeof useI18n>['t']): GuardOption[] {
  const system = siteFields.filter((f) => SYSTEM.includes(f.id)).map((f) => ({ value: `system:${f.id}`, label: f.name }));
  const ours = LINEBRIDGE.map((key) => ({ value: `logical:${key}`, label: t('guard.admin.fieldKind.linebridge', { name: t(`templates.jiraField.${key}`) }) }));
  const custom = siteFields.filter((f) => f.id.startsWith('customfield_')).map((f) => ({ value: `jira:${f.id}`, label: `${f.name} (${f.id})` }));
  const all = [...system, ...ours, ...custom];
  const id = current.split(':')[1] ?? current;
  // Without the site's fields (not loaded, or not an admin) a field cannot be called missing.
  if (current !== '' && !all.some((o) => o.value === current)) all.push({ value: current, label: siteFields.length === 0 ? id : t('guard.admin.fieldKind.missing', { id }) });
  return all;
}

export function FieldRow({ path, field, siteFields, canRemove, onChange, onRemove }: Props) {
  const { t } = useI18n();
  const site = siteFields.find((f) => `jira:${f.id}` === field.ref || `system:${f.id}` === field.ref);
  const checks = CHECKS.filter((c) => !site || site.checks.includes(c)).map((c) => ({ value: c, label: t(`guard.admin.check.${c}`) }));
  const setLabel = (l: Locale, v: string) => onChange({ ...field, label: { ...field.label, [l]: v } });
  return (
    <div className="lb-admin-card" data-testid={`guard-field-${path}`}>
      <div className="lb-admin-grid">
        <GuardSelect path={`${path}.ref`} label={t('guard.admin.field')} value={field.ref} options={fieldOptions(siteFields, field.ref, t)} onChange={(ref) => onChange({ ...field, ref })} />
        <GuardSelect path={`${path}.check`} label={t('guard.admin.check')} value={field.check} options={checks} onChange={(check) => onChange({ ...field, check })} />
        {field.check === 'minLength' && <GuardText path={`${path}.minLength`} label={t('guard.admin.minLength')} value={field.minLength} onChange={(minLength) => onChange({ ...field, minLength })} />}
        {LOCALES.map((l) => <GuardText key={l} path={`${path}.label.${l}`} label={t('guard.admin.label', { locale: l })} value={field.label[l]} onChange={(v) => setLabel(l, v)} />)}
      </div>
      {canRemove && (
        <Inline>
          <Button appearance="subtle" onClick={onRemove}>{t('guard.admin.removeField')}</Button>
        </Inline>
      )}
    </div>
  );
}
