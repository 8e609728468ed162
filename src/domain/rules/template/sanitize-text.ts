// Cleans untrusted text before it reaches Jira or a chat: control characters stripped, line breaks
// unified, lone UTF-16 surrogates replaced, bidi overrides removed. Never rejects: it only cleans.

/* eslint-disable no-control-regex -- these patterns exist precisely to remove control characters */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/* eslint-enable no-control-regex */
/** Bidi embeddings/overrides/isolates: used to disguise text ("Trojan Source"), never needed in answers. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Multiline text: keeps newlines and tabs; trims the ends and trailing spaces on each line. */
export function cleanMultiline(raw: string): string {
  return raw
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROL, '')
    .replace(BIDI, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/** Single-line text: like cleanMultiline, then every run of whitespace (newlines included) becomes one space. */
export function cleanLine(raw: string): string {
  return cleanMultiline(raw).replace(/\s+/g, ' ');
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
