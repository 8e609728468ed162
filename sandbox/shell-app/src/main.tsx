// Entry of the shell page: CSS reset and the shell's styles, window.__forgeHost for the app frames,
// then the session (host status, people, theme) around the Jira-like App.
import '@atlaskit/css-reset';
import './shell.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import Spinner from '@atlaskit/spinner';
import { App } from './app';
import { installForgeHost } from './host/forge-host';
import { SessionProvider } from './session';

installForgeHost();

function Boot({ error }: { readonly error: string | null }) {
  return (
    <div className="lb-boot" role={error ? 'alert' : 'status'}>
      {error ? <p>The local host did not answer: {error}</p> : <Spinner size="large" label="Starting Jira" />}
    </div>
  );
}

const root = document.getElementById('shell-root');
if (!root) throw new Error('#shell-root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <SessionProvider fallback={(error) => <Boot error={error} />}>
      <App />
    </SessionProvider>
  </StrictMode>,
);
