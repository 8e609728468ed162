// The host's HTTP face: Jira REST at /rest/api/3 (Basic auth with a seeded user's e-mail and any
// token), web triggers at /x1/<id>, Custom UI resources at /resources/<key>/ (with Forge's CSP), the host
// API at /__host, Jira's images, and the shell page (built to sandbox/shell/build) at / and Jira's page
// paths (/browse/..., /jira/...). Every failure answers with an error envelope; nothing crashes the process.
import http from 'node:http';
import path from 'node:path';
import type { LocalHost } from '../host/local-host';
import { jsonResponse } from '../http-types';
import { handleHostApi } from './host-api';
import { jiraImage } from './jira-images';
import { resourceCsp } from './resource-csp';
import { handleShellApi } from './shell-api';
import { BodyTooLargeError, readRequest, writeResponse } from './node-http';
import { serveFile } from './static-files';
import { handleTelegramClientApi } from '../telegram/telegram-client-api';
import { themeCss, type ThemeMode } from './theme-css';

const BRIDGE_TAG = '<script src="/__host/bridge.js"></script>';
/** Jira's own page paths that the shell renders (history routing); everything else is an API or a file. */
const SHELL_PAGE = /^\/(?:$|browse\/|jira(?:\/|$))/;
const SHELL_NOT_BUILT = '<!doctype html><title>LineBridge</title><p>The shell page is not built yet: run <code>npx tsx sandbox/shell-app/build.ts</code>.</p>';

/** `root` is the app (manifest.yml, resources); `shellRoot` the repository holding the shell (tests host fixture apps). */
export function createHttpServer(host: LocalHost, root: string, opts: { readonly shellRoot?: string } = {}): http.Server {
  const shellDir = path.join(opts.shellRoot ?? root, 'sandbox/shell');
  const shellBuild = path.join(shellDir, 'build');
  const csp = resourceCsp(root);
  return http.createServer((req, res) => {
    void (async () => {
      try {
        const request = await readRequest(req);
        const p = request.path;
        const image = request.method === 'GET' ? jiraImage(p) : undefined;
        if (image) return writeResponse(res, image);
        if (p.startsWith('/rest/')) {
          const actor = host.jira.authenticateBasic(request.headers.authorization);
          if (!actor) return writeResponse(res, jsonResponse(401, { errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} }, { 'www-authenticate': 'Basic realm="protected-area"' }));
          return writeResponse(res, await host.jira.handle(request, actor));
        }
        if (p.startsWith('/x1/')) return writeResponse(res, await host.callWebTrigger(p.slice('/x1/'.length), request));
        if (p === '/__host/bridge.js') return writeResponse(res, serveFile(shellDir, 'forge-bridge-host.js'));
        const theme = /^\/__host\/theme\/(light|dark)\.css$/.exec(p);
        if (theme) return writeResponse(res, { status: 200, headers: { 'content-type': 'text/css; charset=utf-8' }, body: await themeCss(theme[1] as ThemeMode) });
        if (p.startsWith('/__telegram/client/')) return writeResponse(res, handleTelegramClientApi(host.telegram, { ...request, path: p.slice('/__telegram/client'.length) }));
        if (p.startsWith('/__telegram/bot')) return writeResponse(res, await host.telegram.handle({ ...request, path: p.slice('/__telegram'.length) }));
        if (p.startsWith('/__host/')) return writeResponse(res, (await handleShellApi(host, request)) ?? (await handleHostApi(host, request)));
        const resource = /^\/resources\/([\w-]+)\/(.*)$/.exec(p);
        if (resource) {
          const rel = host.manifest.resources.get(resource[1] ?? '');
          if (!rel) return writeResponse(res, jsonResponse(404, { message: `No resource '${resource[1]}' in manifest.yml` }));
          const file = serveFile(path.join(root, rel), resource[2] ?? '', BRIDGE_TAG);
          return writeResponse(res, { ...file, headers: { ...file.headers, 'content-security-policy': csp } });
        }
        if (p.startsWith('/shell/')) return writeResponse(res, serveFile(shellBuild, p.slice('/shell/'.length)));
        if (request.method === 'GET' && SHELL_PAGE.test(p)) {
          const page = serveFile(shellBuild, 'index.html');
          return writeResponse(res, page.status === 404 ? { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' }, body: SHELL_NOT_BUILT } : page);
        }
        return writeResponse(res, jsonResponse(404, { message: `Not found: ${p}` }));
      } catch (error) {
        if (error instanceof BodyTooLargeError) return writeResponse(res, jsonResponse(413, { errorMessages: [error.message], errors: {} }));
        console.error(JSON.stringify({ level: 'error', message: 'host request failed', error: error instanceof Error ? error.message : String(error) }));
        if (!res.headersSent) writeResponse(res, jsonResponse(500, { errorMessages: ['Internal server error'], errors: {} }));
      }
    })();
  });
}
