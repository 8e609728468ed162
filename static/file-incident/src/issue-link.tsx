// A link to an issue of this Jira site. Inside the app's iframe a plain href would load Jira into the
// frame, so the click goes through the bridge's router (the href stays for copy-link and screen readers).
import type { MouseEvent, ReactNode } from 'react';
import { openIssue } from './api';

export function IssueLink({ issueKey, children, testId }: { readonly issueKey: string; readonly children: ReactNode; readonly testId?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void openIssue(issueKey);
  };
  return (
    <a href={`/browse/${issueKey}`} onClick={onClick} data-testid={testId}>
      {children}
    </a>
  );
}
