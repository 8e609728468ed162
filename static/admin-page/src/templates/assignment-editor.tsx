// "Assignment on filing" in the templates section: per project a strategy, the line-2 team and fixed
// client engineers; one away list for everyone. Saved with the templates (same version, same Save button);
// the server's errors appear under the list they concern, by line.
import { useContext } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { ErrorMessage } from '@atlaskit/form';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { EditorErrors, EditorReadOnly, SelectRow, TextRow } from './editor-controls';
import { accountIdsOf, lineErrors, type EditAssignment, type EditProjectRule, type EditStrategy } from './assignment-model';
import { useDisplayNames } from './use-display-names';

const STRATEGIES: readonly EditStrategy[] = ['none', 'roundRobin', 'leastLoaded'];

function LineErrors({ prefix }: { readonly prefix: string }) {
  const { t } = useI18n();
  const found = lineErrors<MessageKey>(useContext(EditorErrors), prefix);
  return found.length === 0 ? null : (
    <div data-testid={`assignment-errors-${prefix}`}>
      {found.map((e, i) => <ErrorMessage key={i}>{`${t('assignment.error.line', { line: e.line })} ${t(e.key)}`}</ErrorMessage>)}
    </div>
  );
}

/** Under the team: who an empty list means, or the listed people by name when Jira tells them. */
function TeamNote({ teamText, line2Group, testId }: { readonly teamText: string; readonly line2Group: string; readonly testId: string }) {
  const { t } = useI18n();
  const names = useDisplayNames(accountIdsOf(teamText));
  return (
    <Text as="p" color="color.text.subtle" size="small" testId={testId}>
      {names.length === 0 ? t('assignment.teamFromGroup', { group: line2Group }) : t('assignment.teamNames', { names: names.join(', ') })}
    </Text>
  );
}

type Props = { readonly value: EditAssignment; readonly onChange: (next: EditAssignment) => void; readonly line2Group: string };

export function AssignmentEditor({ value, onChange, line2Group }: Props) {
  const { t } = useI18n();
  const readOnly = useContext(EditorReadOnly);
  const setProject = (i: number, patch: Partial<EditProjectRule>) => onChange({ ...value, projects: value.projects.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const add = () => onChange({ ...value, projects: [...value.projects, { projectKey: '', strategy: 'roundRobin', teamText: '', clientMapText: '' }] });
  const remove = (i: number) => onChange({ ...value, projects: value.projects.filter((_, j) => j !== i) });
  return (
    <Stack space="space.150" testId="assignment-editor">
      <Heading size="small" as="h3">{t('assignment.title')}</Heading>
      <Text as="p" color="color.text.subtle">{t('assignment.help')}</Text>
      {value.projects.length === 0 && <Text as="p">{t('assignment.none')}</Text>}
      {value.projects.map((p, i) => {
        const at = `assignment.projects.${i}`;
        return (
          <fieldset key={i} className="lb-admin-fieldset" data-testid={`assignment-project-${i}`}>
            <Stack space="space.100">
              <Inline space="space.150" alignBlock="end">
                <TextRow path={`${at}.projectKey`} label={t('assignment.project')} value={p.projectKey} onChange={(v) => setProject(i, { projectKey: v })} />
                <SelectRow path={`${at}.strategy`} label={t('assignment.strategy')} value={p.strategy} options={STRATEGIES.map((s) => ({ value: s, label: t(`assignment.strategy.${s}`) }))} onChange={(v) => setProject(i, { strategy: v as EditStrategy })} />
              </Inline>
              <TextRow path={`${at}.team`} label={t('assignment.team')} multiline value={p.teamText} onChange={(v) => setProject(i, { teamText: v })} />
              <TeamNote teamText={p.teamText} line2Group={line2Group} testId={`assignment-team-note-${i}`} />
              <LineErrors prefix={`${at}.team`} />
              <TextRow path={`${at}.clientMap`} label={t('assignment.clientMap')} multiline value={p.clientMapText} onChange={(v) => setProject(i, { clientMapText: v })} />
              <LineErrors prefix={`${at}.clientMap`} />
              {!readOnly && (
                <div>
                  <Button appearance="subtle" onClick={() => remove(i)} testId={`assignment-remove-${i}`}>{t('assignment.removeProject')}</Button>
                </div>
              )}
            </Stack>
          </fieldset>
        );
      })}
      {!readOnly && (
        <div>
          <Button onClick={add} testId="assignment-add">{t('assignment.addProject')}</Button>
        </div>
      )}
      <TextRow path="assignment.away" label={t('assignment.away')} multiline value={value.awayText} onChange={(v) => onChange({ ...value, awayText: v })} />
      <LineErrors prefix="assignment.away" />
    </Stack>
  );
}
