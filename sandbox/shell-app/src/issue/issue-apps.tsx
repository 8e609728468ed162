// The app's modules on the issue view, where Jira puts them: jira:issuePanel below the description (a
// titled panel), jira:issueContext in the right column (collapsible, under the details).
import { useState } from 'react';
import { ForgeFrame } from '../apps/forge-frame';
import { AppIcon, ChevronDownIcon, ChevronRightIcon } from '../chrome/icons';
import { issueExtension, type IssueRef, type ProjectCtx } from '../host/frame-context';
import { useSession } from '../session';

type Props = { readonly issue: IssueRef; readonly project: ProjectCtx };

export function IssuePanels({ issue, project }: Props) {
  const { modulesOf } = useSession();
  return (
    <>
      {modulesOf('jira:issuePanel').map((m) => (
        <section key={m.key} className="lb-issue-panel" aria-label={m.title}>
          <header className="lb-issue-panel-header">
            <AppIcon />
            <h2>{m.title}</h2>
          </header>
          <ForgeFrame module={m} extension={issueExtension(issue, project)} issueId={issue.id} />
        </section>
      ))}
    </>
  );
}

export function IssueContexts({ issue, project }: Props) {
  const { modulesOf } = useSession();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  return (
    <>
      {modulesOf('jira:issueContext').map((m) => {
        const open = !collapsed.has(m.key);
        const toggle = (): void => setCollapsed((s) => {
          const next = new Set(s);
          if (open) next.add(m.key);
          else next.delete(m.key);
          return next;
        });
        return (
          <section key={m.key} className="lb-issue-context">
            <h2>
              <button type="button" className="lb-context-toggle" aria-expanded={open} onClick={toggle}>
                {open ? <ChevronDownIcon /> : <ChevronRightIcon />} {m.title}
              </button>
            </h2>
            {open && <ForgeFrame module={m} extension={issueExtension(issue, project)} issueId={issue.id} />}
          </section>
        );
      })}
    </>
  );
}
