// The editor of one transition rule: where it applies (project, issue type, the transition by target status
// or id), its required fields, an optional priority condition ("High and above" fills the default scheme's
// names), whether a comment is required, and its message per language.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { GuardSiteFieldDto, Locale } from '@shared/contract';
import { LOCALES } from '@shared/i18n';
import { useI18n } from '@ui/i18n';
import { GuardCheckbox, GuardSelect, GuardText, PathError } from './guard-controls';
import { HIGH_AND_ABOVE, newField, type EditField, type EditRule } from './guard-model';
import { FieldRow } from './field-row';

type Props = {
  readonly path: string;
  readonly rule: EditRule;
  readonly siteFields: readonly GuardSiteFieldDto[];
  readonly readOnly: boolean;
  readonly onChange: (next: EditRule) => void;
};

export function RuleEditor({ path, rule, siteFields, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const set = <K extends keyof EditRule>(key: K, value: EditRule[K]) => onChange({ ...rule, [key]: value });
  const setField = (i: number, next: EditField) => set('fields', rule.fields.map((f, n) => (n === i ? next : f)));
  const setMessage = (l: Locale, v: string) => set('message', { ...rule.message, [l]: v });
  const targets = [{ value: 'status', label: t('guard.admin.target.status') }, { value: 'transition', label: t('guard.admin.target.transition') }];
  return (
    <Stack space="space.200" testId="guard-rule-editor">
      <div className="lb-admin-grid">
        <GuardText path={`${path}.id`} label={t('guard.admin.ruleId')} value={rule.id} onChange={(v) => set('id', v)} />
        <GuardText path={`${path}.projectKey`} label={t('guard.admin.projectKey')} value={rule.projectKey} onChange={(v) => set('projectKey', v)} />
        <GuardText path={`${path}.issueTypeName`} label={t('guard.admin.issueType')} value={rule.issueTypeName} onChange={(v) => set('issueTypeName', v)} />
        <GuardSelect path={`${path}.targetKind`} label={t('guard.admin.targetKind')} value={rule.targetKind} options={targets} onChange={(v) => set('targetKind', v === 'transition' ? 'transition' : 'status')} />
        {rule.targetKind === 'status' ? (
          <>
            <GuardText path={`${path}.target.toStatus`} label={t('guard.admin.toStatus')} value={rule.toStatus} onChange={(v) => set('toStatus', v)} />
            <GuardText path={`${path}.target.fromStatuses`} label={t('guard.admin.fromStatuses')} value={rule.fromStatuses} onChange={(v) => set('fromStatuses', v)} />
          </>
        ) : (
          <GuardText path={`${path}.target.transitionId`} label={t('guard.admin.transitionId')} value={rule.transitionId} onChange={(v) => set('transitionId', v)} />
        )}
      </div>
      <PathError path={`${path}.target`} />
      <Heading size="xsmall" as="h4">{t('guard.admin.fields')}</Heading>
      {rule.fields.map((f, i) => (
        <Stack key={i} space="space.050">
          <FieldRow path={`${path}.fields.${i}`} field={f} siteFields={siteFields} canRemove={!readOnly && rule.fields.length > 1}
            onChange={(next) => setField(i, next)} onRemove={() => set('fields', rule.fields.filter((_, n) => n !== i))} />
          <PathError path={`${path}.fields.${i}.label`} />
        </Stack>
      ))}
      <PathError path={`${path}.fields`} />
      {!readOnly && <div><Button onClick={() => set('fields', [...rule.fields, newField()])} testId="guard-add-field">{t('guard.admin.addField')}</Button></div>}
      <Inline space="space.100" alignBlock="end">
        <div className="lb-guard-grow">
          <GuardText path={`${path}.priorityNames`} label={t('guard.admin.priorities')} value={rule.priorityNames} onChange={(v) => set('priorityNames', v)} />
        </div>
        {!readOnly && <Button onClick={() => set('priorityNames', HIGH_AND_ABOVE)} testId="guard-high-and-above">{t('guard.admin.highAndAbove')}</Button>}
      </Inline>
      <GuardCheckbox path={`${path}.requireComment`} label={t('guard.admin.requireComment')} checked={rule.requireComment} onChange={(v) => set('requireComment', v)} />
      {LOCALES.map((l) => <GuardText key={l} path={`${path}.message.${l}`} label={t('guard.admin.message', { locale: l })} value={rule.message[l]} onChange={(v) => setMessage(l, v)} />)}
      <PathError path={`${path}.message`} />
    </Stack>
  );
}
