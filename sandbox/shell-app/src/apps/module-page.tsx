// A full-page app module (jira:globalPage, jira:projectPage, jira:adminPage) filling Jira's content
// area, or Jira's "page not found" when the manifest has no such module.
import SectionMessage from '@atlaskit/section-message';
import type { Json } from '../json';
import { useSession } from '../session';
import { ROLE_LABEL } from '../types';
import { ForgeFrame } from './forge-frame';

type Props = { readonly type: 'jira:globalPage' | 'jira:projectPage' | 'jira:adminPage'; readonly moduleKey: string; readonly extension?: Json; readonly basePath: string };

export function ModulePage({ type, moduleKey, extension = {}, basePath }: Props) {
  const { modulesOf, user } = useSession();
  const module = modulesOf(type).find((m) => m.key === moduleKey);
  if (!module) {
    return (
      <main className="lb-page">
        <SectionMessage appearance="warning" title="We couldn't find this page">
          <p>
            manifest.yml has no {type} module with the key <code>{moduleKey}</code>.
          </p>
        </SectionMessage>
      </main>
    );
  }
  return (
    <main className="lb-page lb-page-app" aria-label={module.title}>
      {type === 'jira:adminPage' && user.role !== 'admin' && (
        <div className="lb-sandbox-note">
          <SectionMessage appearance="information" title="Sandbox note">
            <p>
              In Jira Cloud only Jira admins can open app admin pages. The sandbox lets {user.displayName} ({ROLE_LABEL[user.role]}) in, so you can check what the app allows a
              non-admin to do.
            </p>
          </SectionMessage>
        </div>
      )}
      <ForgeFrame module={module} extension={extension} basePath={basePath} sizing="fill" minHeight={Math.max(400, window.innerHeight - 160)} />
    </main>
  );
}
