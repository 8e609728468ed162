// Converts between Node's http objects and the stand-ins' plain request/response shape, with a body
// size cap so a hostile client cannot exhaust the host's memory.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StandInRequest, StandInResponse } from '../http-types';

export const MAX_BODY_BYTES = 12 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readRequest(req: IncomingMessage): Promise<StandInRequest> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError(`Request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(buf);
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  const bytes = Buffer.concat(chunks);
  return { method: (req.method ?? 'GET').toUpperCase(), path: url.pathname, query: url.searchParams, headers, body: bytes.toString('utf8'), bodyBytes: new Uint8Array(bytes) };
}

export function writeResponse(res: ServerResponse, out: StandInResponse | { status: number; headers: Record<string, string>; body: Buffer | string }): void {
  res.writeHead(out.status, out.headers);
  res.end('bodyBytes' in out && out.bodyBytes ? out.bodyBytes : out.body);
}
