// The text of a message or caption as the Bot API reads it: parse_mode (HTML per tdlib; Markdown modes are
// refused by this stand-in on purpose) or explicit entities, then the empty and length checks on the parsed
// text, counted in UTF-16 code units like entity offsets. Pure apart from reading the request parameters.
import { TgError, tgErrors } from './telegram-errors';
import { parseHtml } from './telegram-html';
import type { Params } from './telegram-params';
import type { TgEntity } from './telegram-types';

export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

export type Formatted = { readonly text: string; readonly entities: readonly TgEntity[] };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function readFormatted(params: Params, kind: 'text' | 'caption'): Formatted | undefined {
  const raw = params.str(kind) ?? '';
  if (raw === '') {
    if (kind === 'text') throw tgErrors.textEmpty();
    return undefined;
  }
  if (LONE_SURROGATE.test(raw)) throw tgErrors.badRequest(`${kind} must be encoded in UTF-8`);
  const mode = (params.str('parse_mode') ?? '').toLowerCase();
  let result: Formatted;
  if (mode === 'html') result = parseHtml(raw);
  else if (mode === 'markdown' || mode === 'markdownv2') {
    throw new TgError(400, 'Bad Request: the sandbox Telegram stand-in models parse_mode HTML only (send HTML or entities)');
  } else if (mode !== '') throw tgErrors.unsupportedParseMode();
  else result = { text: raw, entities: readEntities(params, kind === 'text' ? 'entities' : 'caption_entities') };
  if (result.text.trim() === '') {
    if (kind === 'text') throw tgErrors.textEmpty();
    return undefined;
  }
  if (result.text.length > (kind === 'text' ? TEXT_LIMIT : CAPTION_LIMIT)) throw kind === 'text' ? tgErrors.textTooLong() : tgErrors.captionTooLong();
  return result;
}

function readEntities(params: Params, name: string): TgEntity[] {
  const raw = params.json(name, () => tgErrors.badRequest(`can't parse entities JSON object`));
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw tgErrors.badRequest(`field "${name}" must be an Array`);
  return raw.map((e: unknown) => {
    const r = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    if (typeof r.type !== 'string' || typeof r.offset !== 'number' || typeof r.length !== 'number') throw tgErrors.badRequest("can't parse MessageEntity");
    return { ...(r as TgEntity) };
  });
}
