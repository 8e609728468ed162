// The "Transition guard" section: the rules per project and transition (picked from a list that flags the
// rules the overview says cannot be enforced), the reopen reasons, saved whole through settings/save (the
// server validates; errors appear at their inputs and in a list, and a failed save keeps every edit); the
// overview from `guard/overview` and the "Provision transition screens" button with its report.
import './guard.css';
import { useEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useI18n } from '@ui/i18n';
import { ProvisionReport } from '../provision-report';
import { SaveBanner } from '../save-banner';
import { useSectionSave, type SectionProps } from '../use-section-save';
import { VersionLine } from '../version-line';
import { GuardErrorList } from './guard-error-list';
import { GuardErrors, GuardReadOnly, GuardText } from './guard-controls';
import { fromDraft, newRule, toDraft, type EditRule, type GuardDraft } from './guard-model';
import { GuardOverview } from './guard-overview';
import { RuleEditor } from './rule-editor';
import { useGuardOverview } from './use-guard-overview';

const PROVISION_LABELS = { title: 'guard.provision.title', help: 'guard.provision.help', run: 'guard.provision.run', uiModification: 'guard.provision.kind.uiModification' } as const;

export function GuardSection({ section, canEdit, save, onReload }: SectionProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<GuardDraft>(() => toDraft(section.value));
  const [selected, setSelected] = useState(0);
  const { errors, outcome, saving, submit } = useSectionSave(save, section.version);
  const overview = useGuardOverview();
  useEffect(() => setDraft(toDraft(section.value)), [section.version, section.value]);
  const shownVersion = useRef(section.version);
  useEffect(() => {
    if (shownVersion.current === section.version) return; // a save changed the rules: the overview is stale
    shownVersion.current = section.version;
    overview.reload();
  }, [section.version, overview]);

  const data = overview.state.status === 'ready' ? overview.state.data : null;
  const flagged = (ruleId: string) => data?.rules.some((r) => r.ruleId === ruleId && r.problems.length > 0) ?? false;
  const current = draft.rules[selected];
  const setRule = (next: EditRule) => setDraft({ ...draft, rules: draft.rules.map((r, i) => (i === selected ? next : r)) });
  const add = () => {
    setDraft({ ...draft, rules: [...draft.rules, newRule(current, draft.rules.map((r) => r.id))] });
    setSelected(draft.rules.length);
  };
  const remove = () => {
    setDraft({ ...draft, rules: draft.rules.filter((_, i) => i !== selected) });
    setSelected(0);
  };

  return (
    <GuardErrors.Provider value={errors}>
      <GuardReadOnly.Provider value={!canEdit}>
        <Stack space="space.200" testId="guard-section">
          <Stack space="space.050">
            <Heading size="medium" as="h2">{t('admin.section.transitionGuard')}</Heading>
            <VersionLine section={section} />
          </Stack>
          <Text as="p" color="color.text.subtle">{t('guard.admin.intro')}</Text>
          <SaveBanner outcome={outcome} onReload={onReload} />
          <GuardErrorList errors={errors} />
          <Heading size="small" as="h3">{t('guard.admin.rules')}</Heading>
          {draft.rules.length === 0 && <p>{t('guard.admin.empty')}</p>}
          <ul className="lb-admin-list" data-testid="guard-rule-list">
            {draft.rules.map((r, i) => (
              <li key={i}>
                <Button appearance="subtle" isSelected={i === selected} aria-current={i === selected ? 'true' : undefined} onClick={() => setSelected(i)} testId={`guard-rule-pick-${i}`}>
                  {`${r.id} — ${r.projectKey}${r.issueTypeName ? ` · ${r.issueTypeName}` : ''} → ${r.targetKind === 'status' ? r.toStatus : `#${r.transitionId}`}`}
                </Button>
                {flagged(r.id) && <Lozenge appearance="removed">{t('guard.admin.flagged')}</Lozenge>}
              </li>
            ))}
          </ul>
          {canEdit && (
            <Inline space="space.100">
              <Button onClick={add} testId="guard-rule-add">{t('guard.admin.add')}</Button>
              <Button appearance="subtle" onClick={remove} isDisabled={!current} testId="guard-rule-remove">{t('guard.admin.remove')}</Button>
            </Inline>
          )}
          {current && <RuleEditor key={selected} path={`rules.${selected}`} rule={current} siteFields={data?.fields ?? []} readOnly={!canEdit} onChange={setRule} />}
          <GuardText path="reopenReasons" label={t('guard.admin.reasons')} value={draft.reopenReasons} multiline onChange={(reopenReasons) => setDraft({ ...draft, reopenReasons })} />
          {canEdit && <div><Button appearance="primary" onClick={() => void submit(fromDraft(draft))} isLoading={saving} testId="save-guard">{t('guard.admin.save')}</Button></div>}
          {canEdit && <GuardOverview overview={overview} />}
          {canEdit && <ProvisionReport route="guard/provision-screens" testIdPrefix="guard-provision" labels={PROVISION_LABELS} onDone={overview.reload} />}
        </Stack>
      </GuardReadOnly.Provider>
    </GuardErrors.Provider>
  );
}
