// Jira's transition screen: the transition's screen fields (transitions?expand=transitions.fields) with
// required marks and current values, the app's UI modifications (viewType IssueTransition), and the
// validator's 400 shown as Jira shows it: errorMessages on top, errors[fieldId] under each field. A screen
// also offers a comment (sent as `update.comment`, which the validators see), as Jira's transition screens do.
import { useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import Spinner from '@atlaskit/spinner';
import { ModalDialog } from '../chrome/modal-dialog';
import { Label } from '@atlaskit/form';
import { textToAdf } from '../forms/adf-text';
import { fieldFromMeta, fromIssue } from '../forms/field-model';
import { FormErrors, splitErrors } from '../forms/form-errors';
import { ScreenForm } from '../forms/screen-form';
import { useScreenForm } from '../forms/use-screen-form';
import { requestJira } from '../host/host-client';
import { asRecord, asString, jiraErrors, type Json } from '../json';
import { useSession } from '../session';

type Props = {
  readonly issue: Json;
  readonly transition: Json;
  readonly onDone: () => void;
  readonly onCancel: () => void;
};

export function TransitionDialog({ issue, transition, onDone, onCancel }: Props) {
  const { users } = useSession();
  const f = asRecord(issue.fields);
  const fields = useMemo(() => Object.entries(asRecord(transition.fields)).map(([id, meta]) => fieldFromMeta(id, meta)), [transition]);
  const initial = useMemo(() => Object.fromEntries(fields.map((field) => [field.fieldId, fromIssue(field, f[field.fieldId])])), [fields]);
  const project = asRecord(f.project);
  const type = asRecord(f.issuetype);
  const target = {
    viewType: 'IssueTransition' as const,
    project: { id: asString(project.id), key: asString(project.key), type: asString(project.projectTypeKey, 'software') },
    issueType: { id: asString(type.id), name: asString(type.name) },
    extra: { issue: { id: asString(issue.id), key: asString(issue.key) }, issueTransition: { id: asString(transition.id) } },
  };
  const form = useScreenForm(fields, initial, target);
  const [errors, setErrors] = useState<{ top: string[]; byField: Record<string, string> }>({ top: [], byField: {} });
  const [saving, setSaving] = useState(false);
  const [comment, setComment] = useState('');
  const name = asString(transition.name);

  const submit = async (): Promise<void> => {
    const missing = form.missingRequired();
    if (Object.keys(missing).length > 0) return setErrors({ top: [], byField: missing });
    setSaving(true);
    const body = textToAdf(comment);
    const res = await requestJira(`/rest/api/3/issue/${encodeURIComponent(asString(issue.key))}/transitions`, {
      method: 'POST',
      body: { transition: { id: asString(transition.id) }, fields: form.restFields(form.initialSnapshot), ...(body ? { update: { comment: [{ add: { body } }] } } : {}) },
    });
    setSaving(false);
    if (res.status === 204) return onDone();
    const e = jiraErrors(res.body);
    setErrors(splitErrors(e.messages.length > 0 || Object.keys(e.fields).length > 0 ? e.messages : [`Jira answered ${res.status}.`], e.fields, fields.map((x) => x.fieldId)));
  };

  return (
    <ModalDialog
      title={name} onClose={onCancel} testId="transition-dialog" closeOnBlanket={false}
      footer={
        <>
          {form.pending && <Spinner size="small" label="Applying app changes" />}
          <Button appearance="subtle" onClick={onCancel}>Cancel</Button>
          <Button appearance="primary" onClick={() => void submit()} isDisabled={saving} testId="transition-submit">{name}</Button>
        </>
      }
    >
      <FormErrors messages={errors.top} />
      {fields.length === 0 ? <p>Move {asString(issue.key)} to {asString(asRecord(transition.to).name)}?</p> : <ScreenForm fields={fields} states={form.states} errors={errors.byField} users={users} onChange={form.setValue} onCommit={form.commit} />}
      {fields.length > 0 && (
        <div className="lb-form-field">
          <Label htmlFor="transition-comment">Comment</Label>
          <textarea id="transition-comment" data-testid="transition-comment" className="lb-textarea" rows={3} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
        </div>
      )}
      {form.uimFrame}
    </ModalDialog>
  );
}
