// The "Incident templates" section: pick a template, edit it, save all of them through settings/save (the
// server parses and validates; its errors appear next to the inputs by path and in a list), and provision
// the Jira fields the templates need. A failed save keeps every edit.
import './templates.css';
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { useI18n } from '@ui/i18n';
import { ProvisionReport } from '../provision-report';
import { SaveBanner } from '../save-banner';
import { useSectionSave, type SectionProps } from '../use-section-save';
import { VersionLine } from '../version-line';
import { EditorErrors, EditorReadOnly } from './editor-controls';
import { ErrorList } from './error-list';
import { TemplateEditor } from './template-editor';
import { copyOf, toEditTemplates, toSectionValue, type EditTemplate } from './template-model';
import { AssignmentEditor } from './assignment-editor';
import { toAssignmentValue, toEditAssignment } from './assignment-model';
import { useLiveCheck } from './use-live-check';

const PROVISION_LABELS = { title: 'provision.title', help: 'provision.help', run: 'provision.run', uiModification: 'provision.kind.uiModification' } as const;

/** `line2Group`: the general section's line-2 group, which an empty assignment team stands for. */
export function TemplatesSection({ section, canEdit, save, onReload, line2Group }: SectionProps & { readonly line2Group: string }) {
  const { t, locale } = useI18n();
  const [templates, setTemplates] = useState<EditTemplate[]>(() => toEditTemplates(section.value));
  const [selected, setSelected] = useState(0);
  const { errors, outcome, saving, submit } = useSectionSave(save, section.version);
  const [assignment, setAssignment] = useState(() => toEditAssignment(section.value));
  const live = useLiveCheck(section.version);
  useEffect(() => setTemplates(toEditTemplates(section.value)), [section.version, section.value]);
  useEffect(() => setAssignment(toEditAssignment(section.value)), [section.version, section.value]);
  const shownErrors = { ...(live.errors ?? {}), ...errors };
  const liveProblems = live.errors ? Object.keys(live.errors).length : null;

  const current = templates[selected];
  const update = (next: EditTemplate) => setTemplates((list) => list.map((x, i) => (i === selected ? next : x)));
  const add = () => {
    if (!current) return;
    setTemplates([...templates, copyOf(current, templates)]);
    setSelected(templates.length);
  };
  const remove = () => {
    setTemplates(templates.filter((_, i) => i !== selected));
    setSelected(0);
  };
  const onSave = () => submit({ ...toSectionValue(templates), assignment: toAssignmentValue(assignment) });

  return (
    <Stack space="space.200">
      <Stack space="space.050">
        <Heading size="medium" as="h2">{t('admin.section.templates')}</Heading>
        <VersionLine section={section} />
      </Stack>
      <SaveBanner outcome={outcome} onReload={onReload} />
      <ErrorList errors={errors} />
      {liveProblems !== null && (
        <SectionMessage appearance={liveProblems === 0 ? 'success' : 'warning'} testId="templates-live-check">
          <p>{t(liveProblems === 0 ? 'templates.liveCheck.ok' : 'templates.liveCheck.problems')}</p>
        </SectionMessage>
      )}
      <Heading size="small" as="h3">{t('templates.list')}</Heading>
      {templates.length === 0 && <p>{t('templates.empty')}</p>}
      <ul className="lb-admin-list" data-testid="template-list">
        {templates.map((x, i) => (
          <li key={i}>
            <Button appearance="subtle" isSelected={i === selected} aria-current={i === selected ? 'true' : undefined} onClick={() => setSelected(i)} testId={`template-pick-${i}`}>
              {`${x.projectKey} · ${x.issueTypeName} · ${x.locale} — ${x.name[locale] || x.id}`}
            </Button>
          </li>
        ))}
      </ul>
      {canEdit && (
        <Inline space="space.100">
          <Button onClick={add} isDisabled={!current} testId="template-add">{t('templates.add')}</Button>
          <Button appearance="subtle" onClick={remove} isDisabled={!current} testId="template-remove">{t('templates.remove')}</Button>
        </Inline>
      )}
      {current && (
        <EditorErrors.Provider value={shownErrors}>
          <EditorReadOnly.Provider value={!canEdit}>
            <TemplateEditor key={selected} template={current} path={`templates.${selected}`} onChange={update} />
          </EditorReadOnly.Provider>
        </EditorErrors.Provider>
      )}
      <EditorErrors.Provider value={errors}>
        <EditorReadOnly.Provider value={!canEdit}>
          <AssignmentEditor value={assignment} onChange={setAssignment} line2Group={line2Group} />
        </EditorReadOnly.Provider>
      </EditorErrors.Provider>
      {canEdit && (
        <div>
          <Button appearance="primary" onClick={() => void onSave()} isLoading={saving} testId="save-templates">{t('templates.save')}</Button>
        </div>
      )}
      {canEdit && <ProvisionReport route="templates/provision" testIdPrefix="provision" labels={PROVISION_LABELS} onDone={live.recheck} />}
    </Stack>
  );
}
