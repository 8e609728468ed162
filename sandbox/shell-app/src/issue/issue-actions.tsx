// The issue's ••• menu with the app's jira:issueAction modules; choosing one opens the module in Jira's
// modal, which closes when the app calls view.close() or view.submit().
import { useState } from 'react';
import { ForgeFrame } from '../apps/forge-frame';
import { MoreIcon } from '../chrome/icons';
import { ModalDialog } from '../chrome/modal-dialog';
import { PopupMenu } from '../chrome/popup-menu';
import { issueExtension, type IssueRef, type ProjectCtx } from '../host/frame-context';
import { useSession } from '../session';
import type { ShellModule } from '../types';

export function IssueActions({ issue, project }: { readonly issue: IssueRef; readonly project: ProjectCtx }) {
  const { modulesOf } = useSession();
  const [open, setOpen] = useState<ShellModule | null>(null);
  const actions = modulesOf('jira:issueAction');
  if (actions.length === 0) return null;
  const close = (): boolean => {
    setOpen(null);
    return true;
  };
  return (
    <>
      <PopupMenu
        label="More actions"
        align="end"
        items={actions.map((m) => ({ key: m.key, label: m.title, onSelect: () => setOpen(m), testId: `issue-action-${m.key}` }))}
        trigger={({ open: isOpen, toggle, id }) => (
          <button type="button" className="lb-icon-button" aria-label="More actions" aria-haspopup="menu" aria-expanded={isOpen} aria-controls={isOpen ? id : undefined} onClick={toggle} data-testid="issue-actions">
            <MoreIcon />
          </button>
        )}
      />
      {open && (
        <ModalDialog title={open.title} hideHeader onClose={() => setOpen(null)} testId="issue-action-modal">
          <ForgeFrame module={open} extension={issueExtension(issue, project)} issueId={issue.id} handlers={{ close, submit: close }} sizing="fill" minHeight={200} />
        </ModalDialog>
      )}
    </>
  );
}
