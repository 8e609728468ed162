// What Jira's frontend does with a Custom UI `requestJira` whose body is FormData: @forge/bridge (7.x,
// fetch.js parseFormData) sends the `file` entry as a base64 data URL plus `__fileName`/`__fileType`
// (`isMultipartFormData: true`); the host rebuilds a multipart/form-data request from it. Byte-exact.
import { randomUUID } from 'node:crypto';

export type BridgeFile = { readonly fileName: string; readonly fileType: string; readonly bytes: Buffer };

/** `{file, fileName, fileType}` from the bridge host page; null when malformed. */
export function multipartFromBridge(raw: unknown): BridgeFile | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.file !== 'string' || typeof r.fileName !== 'string') return null;
  const base64 = r.file.includes(';base64,') ? r.file.slice(r.file.indexOf(';base64,') + 8) : r.file;
  if (!/^[A-Za-z0-9+/=\s]*$/.test(base64)) return null;
  return { fileName: r.fileName.replace(/["\r\n]/g, '_'), fileType: typeof r.fileType === 'string' && r.fileType ? r.fileType : 'application/octet-stream', bytes: Buffer.from(base64, 'base64') };
}

export function withMultipart(headers: Record<string, string>, file: BridgeFile): { headers: Record<string, string>; body: string; bodyBytes: Uint8Array } {
  const boundary = `----LineBridgeHost${randomUUID().replace(/-/g, '')}`;
  const bytes = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.fileName}"\r\nContent-Type: ${file.fileType.replace(/[\r\n]/g, '')}\r\n\r\n`, 'utf8'),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  const rest = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'content-type' && k.toLowerCase() !== 'content-length'));
  return { headers: { ...rest, 'content-type': `multipart/form-data; boundary=${boundary}` }, body: bytes.toString('utf8'), bodyBytes: new Uint8Array(bytes) };
}
