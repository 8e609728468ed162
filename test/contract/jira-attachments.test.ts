// Attachment uploads end to end on the sandbox side: a Custom UI `requestJira` with FormData arrives as
// @forge/bridge sends it (base64 data URL + name + type, isMultipartFormData), the host rebuilds the
// multipart request, and the Jira stand-in stores the bytes exactly, with Jira's limits and error shapes.
import type { LocalHost } from '../../sandbox/host/local-host';
import { handleHostApi } from '../../sandbox/server/host-api';
import { ATTACHMENT_UPLOAD_LIMIT } from '../../sandbox/jira/routes/attachments';
import { seededUser, startHost } from '../builders/host';

let host: LocalHost;
beforeEach(async () => {
  host = await startHost();
});
afterEach(async () => {
  await host.close();
});

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80, 0x0d, 0x0a, 0x2d, 0x2d]);

async function upload(bytes: Buffer, opts: { token?: string; fileName?: string; role?: 'line1' | 'line2' } = {}) {
  const headers: Record<string, string> = { 'content-type': 'text/plain;charset=UTF-8' };
  if (opts.token !== '') headers['x-atlassian-token'] = opts.token ?? 'no-check';
  const body = {
    path: '/rest/api/3/issue/SUP-1/attachments', method: 'POST', headers, body: '',
    multipart: { file: `data:image/png;base64,${bytes.toString('base64')}`, fileName: opts.fileName ?? 'screen shot.png', fileType: 'image/png' },
  };
  const res = await handleHostApi(host, {
    method: 'POST', path: '/__host/request-jira', query: new URLSearchParams(), body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'x-linebridge-account': seededUser(opts.role ?? 'line1').accountId },
  });
  return JSON.parse(res.body) as { status: number; body: string };
}

describe('attachment uploads through the Custom UI bridge', () => {
  it('stores a binary screenshot byte for byte, with its name and type', async () => {
    const res = await upload(PNG, { fileName: 'Скриншот 1.png' });
    expect(res.status).toBe(200);
    const [saved] = JSON.parse(res.body) as { id: string; filename: string; size: number; mimeType: string }[];
    expect(saved).toMatchObject({ filename: 'Скриншот 1.png', size: PNG.length, mimeType: 'image/png' });
    expect(Buffer.from(host.jira.attachmentContent(saved?.id ?? '') ?? new Uint8Array()).equals(PNG)).toBe(true);
  });

  it('refuses a file over the upload limit with 413 and Jira’s envelope', async () => {
    const res = await upload(Buffer.alloc(ATTACHMENT_UPLOAD_LIMIT + 1, 1));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ errorMessages: [expect.stringContaining('too large')], errors: {} });
  });

  it('keeps the XSRF guard: without X-Atlassian-Token the upload is refused', async () => {
    const res = await upload(PNG, { token: '' });
    expect(res.status).toBe(403);
  });

  it('answers a malformed bridge payload with 400 and stores nothing', async () => {
    const res = await handleHostApi(host, {
      method: 'POST', path: '/__host/request-jira', query: new URLSearchParams(), headers: { 'x-linebridge-account': seededUser('line1').accountId },
      body: JSON.stringify({ path: '/rest/api/3/issue/SUP-1/attachments', method: 'POST', headers: {}, multipart: { file: 42 } }),
    });
    expect(res.status).toBe(400);
  });
});
