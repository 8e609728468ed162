// "Add a comment…" under the activity feed: a text area that expands with Save / Cancel and posts the
// comment as ADF (POST /issue/{key}/comment) as the signed-in user.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { textToAdf } from '../forms/adf-text';
import { requestJira } from '../host/host-client';
import { jiraErrors } from '../json';
import { avatarUrl } from '../chrome/user-switcher';

type Props = { readonly issueKey: string; readonly accountId: string; readonly onSaved: () => void };

export function CommentBox({ issueKey, accountId, onSaved }: Props) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (): Promise<void> => {
    const body = textToAdf(text);
    if (!body) return;
    setSaving(true);
    const res = await requestJira(`/rest/api/3/issue/${encodeURIComponent(issueKey)}/comment`, { method: 'POST', body: { body } });
    setSaving(false);
    if (res.status !== 201) return setError(jiraErrors(res.body).messages.join(' ') || `Jira answered ${res.status}`);
    setText('');
    setOpen(false);
    setError(null);
    onSaved();
  };

  return (
    <div className="lb-comment-box">
      <img src={avatarUrl(accountId)} alt="" width={32} height={32} className="lb-avatar" />
      <div className="lb-comment-editor">
        <label htmlFor="add-comment" className="lb-visually-hidden">Add a comment</label>
        <textarea id="add-comment" className="lb-textarea" rows={open ? 4 : 1} placeholder="Add a comment…" value={text} onFocus={() => setOpen(true)} onChange={(e) => setText(e.currentTarget.value)} />
        {error && <p className="lb-error-text" role="alert">{error}</p>}
        {open && (
          <div className="lb-button-row">
            <Button appearance="primary" onClick={() => void save()} isDisabled={saving || text.trim() === ''}>Save</Button>
            <Button appearance="subtle" onClick={() => { setOpen(false); setText(''); }}>Cancel</Button>
          </div>
        )}
      </div>
    </div>
  );
}
