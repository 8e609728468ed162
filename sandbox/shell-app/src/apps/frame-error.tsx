// Jira's error state for an app that could not be shown: a resource that does not load, a script
// error before the app rendered, or nothing after the resolver time limit. Offers a retry.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';

export function FrameError({ title, detail, onRetry }: { readonly title: string; readonly detail: string; readonly onRetry: () => void }) {
  return (
    <div className="lb-frame-error" role="alert" data-testid="frame-error">
      <svg width="64" height="64" viewBox="0 0 64 64" aria-hidden="true">
        <circle cx="32" cy="32" r="28" fill="var(--ds-background-danger, #FFECEB)" />
        <path d="M32 18v18" stroke="var(--ds-icon-danger, #C9372C)" strokeWidth="5" strokeLinecap="round" />
        <circle cx="32" cy="45" r="3" fill="var(--ds-icon-danger, #C9372C)" />
      </svg>
      <Heading size="small" as="h3">
        Something went wrong
      </Heading>
      <p>
        We couldn&apos;t load <strong>{title}</strong>. {detail}
      </p>
      <Button onClick={onRetry}>Try again</Button>
    </div>
  );
}
