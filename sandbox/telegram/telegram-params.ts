// Reads a Bot API call's parameters the way the Bot API server does: query string, then the body as JSON,
// form-urlencoded or multipart/form-data; structured fields (reply_markup, ...) as objects or JSON strings.
// Typed getters only; the methods decide which Telegram error a missing or bad value gets.
import type { StandInRequest } from '../http-types';
import { tgErrors } from './telegram-errors';

export type UploadedFile = { readonly name: string; readonly size: number; readonly type: string };

export class Params {
  private constructor(private readonly values: ReadonlyMap<string, unknown>) {}

  static async from(req: StandInRequest): Promise<Params> {
    const values = new Map<string, unknown>();
    for (const [k, v] of req.query) values.set(k, v);
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    if (req.body === '') return new Params(values);
    if (type.startsWith('application/json')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(req.body);
      } catch {
        throw tgErrors.badRequest("can't parse JSON object");
      }
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) for (const [k, v] of Object.entries(parsed)) values.set(k, v);
    } else if (type.startsWith('multipart/form-data')) {
      const form = await new Response(req.body, { headers: { 'content-type': req.headers['content-type'] ?? type } }).formData()
        .catch(() => { throw tgErrors.badRequest("can't parse multipart/form-data request"); });
      form.forEach((v, k) => {
        values.set(k, typeof v === 'string' ? v : ({ name: v.name, size: v.size, type: v.type } satisfies UploadedFile));
      });
    } else {
      for (const [k, v] of new URLSearchParams(req.body)) values.set(k, v);
    }
    return new Params(values);
  }

  has(name: string): boolean {
    const v = this.values.get(name);
    return v !== undefined && v !== null && v !== '';
  }

  str(name: string): string | undefined {
    const v = this.values.get(name);
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return undefined;
  }

  int(name: string): number | undefined {
    const v = this.values.get(name);
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : undefined;
    return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
  }

  bool(name: string): boolean {
    const v = this.values.get(name);
    return v === true || v === 1 || (typeof v === 'string' && ['true', '1'].includes(v.toLowerCase()));
  }

  /** A structured field: an object as sent in JSON, or a JSON string in a form; `onBad` when unparsable. */
  json(name: string, onBad: () => Error): unknown {
    const v = this.values.get(name);
    if (typeof v !== 'string') return v ?? undefined;
    if (v === '') return undefined;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      throw onBad();
    }
  }

  file(name: string): UploadedFile | string | undefined {
    const v = this.values.get(name);
    if (typeof v === 'string') return v === '' ? undefined : v;
    if (v && typeof v === 'object' && 'size' in v && 'name' in v) return v as UploadedFile;
    return undefined;
  }

  /** `chat_id`: an integer or `@channelusername`. */
  chatRef(name = 'chat_id'): number | string | undefined {
    const n = this.int(name);
    if (n !== undefined) return n;
    const s = this.str(name)?.trim();
    return s === undefined || s === '' ? undefined : s;
  }
}
