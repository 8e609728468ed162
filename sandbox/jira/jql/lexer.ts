// JQL tokenizer: splits a query into words, quoted strings, operators and punctuation with line/character
// positions, and raises Jira's lexical errors (unfinished strings, reserved characters, bad escapes).
// It never interprets words (keywords, fields, values): that is the parser's job.
import { type Position, syntaxError } from './errors';

export type TokenKind = 'word' | 'string' | 'op' | '(' | ')' | ',' | '[' | ']' | 'and' | 'or' | 'not' | 'eof';

export type Token = {
  readonly kind: TokenKind;
  /** Decoded text (escapes applied, quotes removed). */
  readonly text: string;
  /** The text as written, used in "but got '...'" messages. */
  readonly raw: string;
  readonly pos: Position;
  readonly start: number;
  readonly end: number;
};

const RESERVED = new Set(['{', '}', '*', '/', '%', '+', '^', '$', '#', '@', '?', ';']);
const STOP = new Set([...RESERVED, '"', "'", '=', '!', '<', '>', '(', ')', '~', ',', '[', ']', '|', '&']);
const ESCAPES: Readonly<Record<string, string>> = { "'": "'", '"': '"', t: '\t', n: '\n', r: '\r', '\\': '\\', ' ': ' ' };
const VALID_ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const posAt = (offset: number): Position => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line++;
    return { line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1 };
  };
  const push = (kind: TokenKind, start: number, end: number, decoded?: string): void => {
    const raw = text.slice(start, end);
    tokens.push({ kind, text: decoded ?? raw, raw, pos: posAt(start), start, end });
  };
  const escape = (at: number): { value: string; next: number } => {
    const c = text[at + 1];
    if (c === undefined) throw syntaxError(`The escape sequence has not been completed. ${VALID_ESCAPES}`, posAt(at));
    if (c === 'u') {
      const hex = text.slice(at + 2, at + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        throw syntaxError(`'\\u${hex.slice(0, 1)}' is an illegal JQL escape sequence. ${VALID_ESCAPES}`, posAt(at));
      }
      return { value: String.fromCharCode(parseInt(hex, 16)), next: at + 6 };
    }
    const value = ESCAPES[c];
    if (value === undefined) throw syntaxError(`'\\${c}' is an illegal JQL escape sequence. ${VALID_ESCAPES}`, posAt(at));
    return { value, next: at + 2 };
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    const two = text.slice(i, i + 2);
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\') {
          const e = escape(j);
          value += e.value;
          j = e.next;
        } else {
          value += text[j];
          j++;
        }
      }
      if (j >= text.length) {
        const shown = value.replace(/[\r\n]/g, ' ');
        throw syntaxError(`The quoted string ${shown ? `'${shown}' ` : ''}has not been completed.`, posAt(i));
      }
      push('string', i, j + 1, value);
      i = j + 1;
    } else if (two === '!=' || two === '!~' || two === '<=' || two === '>=') {
      push('op', i, i + 2);
      i += 2;
    } else if (c === '=' || c === '<' || c === '>' || c === '~') {
      push('op', i, i + 1);
      i++;
    } else if (two === '&&' || two === '||') {
      push(c === '&' ? 'and' : 'or', i, i + 2);
      i += 2;
    } else if (c === '&' || c === '|' || c === '!') {
      push(c === '&' ? 'and' : c === '|' ? 'or' : 'not', i, i + 1);
      i++;
    } else if (c === '(' || c === ')' || c === ',' || c === '[' || c === ']') {
      push(c, i, i + 1);
      i++;
    } else if (RESERVED.has(c)) {
      const code = c.charCodeAt(0).toString(16).padStart(4, '0');
      throw syntaxError(
        `The character '${c}' is a reserved JQL character. ` +
          `You must enclose it in a string or use the escape '\\u${code}' instead.`,
        posAt(i),
      );
    } else {
      let j = i;
      let value = '';
      while (j < text.length && !STOP.has(text[j] ?? '') && !/\s/.test(text[j] ?? '')) {
        if (text[j] === '\\') {
          const e = escape(j);
          value += e.value;
          j = e.next;
        } else {
          value += text[j];
          j++;
        }
      }
      push('word', i, j, value);
      i = j;
    }
  }
  tokens.push({ kind: 'eof', text: '', raw: '', pos: posAt(text.length), start: text.length, end: text.length });
  return tokens;
}
