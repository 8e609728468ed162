// Files people send (documents, photos): registered with their bytes in `tg_files`, served by `getFile`
// (file_path valid for an hour; "Bad Request: file is too big" above the 20 MB bot download limit, as the Bot
// API answers) and by the download URL `/file/bot<token>/<file_path>`. Bytes default to a deterministic
// pattern of the announced size, so a test can send a "25 MB" file without holding 25 MB.
import type { SqliteDb } from '../db/sqlite';
import type { StandInResponse } from '../http-types';
import { tgErrors } from './telegram-errors';
import type { Method } from './telegram-methods-messages';
import type { Ctx } from './telegram-world';

/** Bot API: "the maximum file size to download is 20 MB". */
export const BOT_DOWNLOAD_LIMIT = 20 * 1024 * 1024;
const PATH_TTL_MS = 3600_000;

export type FileSpec = { readonly kind: 'documents' | 'photos'; readonly ext: string; readonly size?: number; readonly content?: Uint8Array | string };
export type FileDoc = { readonly fileId: string; readonly uniqueId: string; readonly size: number; readonly path: string; readonly issuedAt: number | null };

const SCHEMA = 'CREATE TABLE IF NOT EXISTS tg_files (file_id TEXT PRIMARY KEY, doc TEXT NOT NULL, content BLOB);';

export class FileStore {
  constructor(private readonly db: SqliteDb) {
    db.exec(SCHEMA);
  }

  put(doc: FileDoc, content: Uint8Array | null): void {
    this.db.run('INSERT OR REPLACE INTO tg_files (file_id, doc, content) VALUES (?, ?, ?)', [doc.fileId, JSON.stringify(doc), content]);
  }

  get(fileId: string): FileDoc | undefined {
    const row = this.db.get('SELECT doc FROM tg_files WHERE file_id = ?', [fileId]);
    return typeof row?.doc === 'string' ? (JSON.parse(row.doc) as FileDoc) : undefined;
  }

  byPath(path: string): { doc: FileDoc; content: Uint8Array | null } | undefined {
    for (const row of this.db.all('SELECT doc, content FROM tg_files')) {
      const doc = JSON.parse(String(row.doc)) as FileDoc;
      if (doc.path === path) return { doc, content: row.content instanceof Uint8Array ? row.content : null };
    }
    return undefined;
  }

  touch(doc: FileDoc, issuedAt: number): void {
    this.db.run('UPDATE tg_files SET doc = ? WHERE file_id = ?', [JSON.stringify({ ...doc, issuedAt }), doc.fileId]);
  }
}

/** Registers a new file: its ids and path; the bytes are kept only when given (otherwise a pattern is served). */
export function registerFile(ctx: Ctx, files: FileStore, spec: FileSpec): FileDoc {
  const n = ctx.store.next('file', 1);
  const content = typeof spec.content === 'string' ? new TextEncoder().encode(spec.content) : spec.content ?? null;
  const doc: FileDoc = {
    fileId: `BQACAgIAAxkBAAI${n.toString(36).padStart(6, '0')}`, uniqueId: `AgAD${n.toString(36)}`,
    size: content?.length ?? spec.size ?? 1024, path: `${spec.kind}/file_${n}.${spec.ext}`, issuedAt: null,
  };
  files.put(doc, content);
  return doc;
}

export function getFileMethod(files: FileStore): Method {
  return (ctx, _bot, params) => {
    const fileId = params.str('file_id') ?? '';
    if (fileId === '') throw tgErrors.badRequest('file_id not specified');
    const doc = files.get(fileId);
    if (!doc) throw tgErrors.badRequest('invalid file_id');
    if (doc.size > BOT_DOWNLOAD_LIMIT) throw tgErrors.badRequest('file is too big');
    files.touch(doc, ctx.now());
    return { result: { file_id: doc.fileId, file_unique_id: doc.uniqueId, file_size: doc.size, file_path: doc.path } };
  };
}

function pattern(size: number, seed: string): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (seed.charCodeAt(i % seed.length) + i) & 0xff;
  return out;
}

/** GET /file/bot<token>/<path>: the bytes, or Telegram's 404 for an unknown or expired path. */
export function downloadFile(files: FileStore, now: number, path: string): StandInResponse {
  const found = files.byPath(decodeURIComponent(path));
  if (!found || found.doc.issuedAt === null || now - found.doc.issuedAt > PATH_TTL_MS) {
    return { status: 404, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }) };
  }
  const bytes = found.content ?? pattern(found.doc.size, found.doc.uniqueId);
  return { status: 200, headers: { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) }, body: '', bodyBytes: bytes };
}
