// Jira's "Create issue" dialog: project and issue type pickers, the create-screen fields (createmeta) with
// required marks, the app's UI modifications applied (viewType GIC), POST /issue as the signed-in user,
// Jira's errors under the fields, and a success flag linking to the new issue.
import { useEffect, useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import Select from '@atlaskit/select';
import Spinner from '@atlaskit/spinner';
import { ModalDialog } from '../chrome/modal-dialog';
import { fromSetValue, type FormField } from '../forms/field-model';
import { FormErrors, splitErrors } from '../forms/form-errors';
import { ScreenForm } from '../forms/screen-form';
import { useScreenForm } from '../forms/use-screen-form';
import { requestJira } from '../host/host-client';
import { closeCreate, nextOverlayId, showFlag, type CreateSpec } from '../host/overlays';
import { asRecord, asString, jiraErrors } from '../json';
import { DEFAULT_PROJECT, navigate, paths } from '../router';
import { useSession } from '../session';
import { loadCreateFields, loadIssueTypes, loadProjects, type Named } from './create-meta';

type Opt = { readonly label: string; readonly value: string };
const PORTAL_STYLES = { menuPortal: (base: object) => ({ ...base, zIndex: 1000 }) };

export function CreateDialog({ spec }: { readonly spec: CreateSpec }) {
  const { user, users } = useSession();
  const [projects, setProjects] = useState<Named[]>([]);
  const [projectId, setProjectId] = useState(asString(spec.prefill.projectId));
  const [types, setTypes] = useState<Named[]>([]);
  const [typeId, setTypeId] = useState(asString(spec.prefill.issueTypeId));
  const [fields, setFields] = useState<FormField[]>([]);
  const [errors, setErrors] = useState<{ top: string[]; byField: Record<string, string> }>({ top: [], byField: {} });
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void loadProjects().then((list) => {
      setProjects(list);
      setProjectId((id) => id || (list.find((p) => p.key === DEFAULT_PROJECT) ?? list[0])?.id || '');
    });
  }, []);
  useEffect(() => {
    if (!projectId) return;
    void loadIssueTypes(projectId).then((list) => {
      setTypes(list);
      setTypeId((id) => (list.some((t) => t.id === id) ? id : list[0]?.id ?? ''));
    });
  }, [projectId]);
  useEffect(() => {
    if (projectId && typeId) void loadCreateFields(projectId, typeId).then(setFields);
  }, [projectId, typeId]);

  const initial = useMemo(() => {
    const out: Record<string, unknown> = { reporter: { accountId: user.accountId, displayName: user.displayName } };
    for (const f of fields) if (f.fieldId in spec.prefill) out[f.fieldId] = fromSetValue(f, spec.prefill[f.fieldId]);
    return out;
  }, [fields, spec.prefill, user]);
  const project = projects.find((p) => p.id === projectId);
  const type = types.find((t) => t.id === typeId);
  const target = project && type ? { viewType: 'GIC' as const, project: { id: project.id, key: project.key ?? '', type: asString(project.raw.projectTypeKey, 'software') }, issueType: { id: type.id, name: type.name } } : null;
  const form = useScreenForm(fields, initial, target);

  const submit = async (): Promise<void> => {
    const missing = form.missingRequired();
    if (Object.keys(missing).length > 0) return setErrors({ top: [], byField: missing });
    setSaving(true);
    const res = await requestJira('/rest/api/3/issue', { method: 'POST', body: { fields: { project: { id: projectId }, issuetype: { id: typeId }, ...form.restFields() } } });
    setSaving(false);
    if (res.status !== 201) {
      const e = jiraErrors(res.body);
      return setErrors(splitErrors(e.messages, e.fields, fields.map((f) => f.fieldId)));
    }
    const created = asRecord(res.body);
    const key = asString(created.key);
    showFlag({ id: nextOverlayId('created'), type: 'success', bold: false, title: `You've created "${key}" issue.`, actions: [{ text: 'View issue', onClick: () => navigate(paths.issue(key)) }], isAutoDismiss: true });
    closeCreate([{ issueId: asString(created.id) }]);
  };

  const projectOptions: Opt[] = projects.map((p) => ({ label: `${p.name} (${p.key ?? ''})`, value: p.id }));
  const typeOptions: Opt[] = types.map((t) => ({ label: t.name, value: t.id }));
  return (
    <ModalDialog
      title="Create issue" width="large" onClose={() => closeCreate([])} testId="create-dialog" closeOnBlanket={false}
      footer={
        <>
          {form.pending && <Spinner size="small" label="Applying app changes" />}
          <Button appearance="subtle" onClick={() => closeCreate([])}>Cancel</Button>
          <Button appearance="primary" onClick={() => void submit()} isDisabled={saving || fields.length === 0} testId="create-submit">Create</Button>
        </>
      }
    >
      <p className="lb-muted">Required fields are marked with an asterisk <span className="lb-required">*</span></p>
      <FormErrors messages={errors.top} />
      <div className="lb-form-field">
        <Label htmlFor="create-project">Project</Label>
        <Select<Opt, false> inputId="create-project" options={projectOptions} value={projectOptions.find((o) => o.value === projectId) ?? null} onChange={(o) => o && setProjectId(o.value)} menuPortalTarget={document.body} styles={PORTAL_STYLES} />
      </div>
      <div className="lb-form-field">
        <Label htmlFor="create-type">Issue type</Label>
        <Select<Opt, false> inputId="create-type" options={typeOptions} value={typeOptions.find((o) => o.value === typeId) ?? null} onChange={(o) => o && setTypeId(o.value)} menuPortalTarget={document.body} styles={PORTAL_STYLES} />
      </div>
      <hr className="lb-divider" />
      <ScreenForm fields={fields} states={form.states} errors={errors.byField} users={users} onChange={form.setValue} onCommit={form.commit} />
      {form.uimFrame}
    </ModalDialog>
  );
}
