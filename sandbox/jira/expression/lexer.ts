// Jira expression tokenizer: numbers, strings, template literals, identifiers and punctuators, with
// line/column positions. Raises SyntaxIssue for malformed literals; never evaluates anything.

export type TokenType = 'num' | 'str' | 'template' | 'ident' | 'punct' | 'eof';

export type Token = {
  readonly type: TokenType;
  readonly value: string;
  /** Template literals: the raw text between the backticks. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
};

export class SyntaxIssue extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'SyntaxIssue';
  }
}

const PUNCTUATORS = [
  '...', '===', '!==', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.',
  '+', '-', '*', '/', '%', '<', '>', '!', '?', ':', '.', ',', '(', ')', '[', ']', '{', '}', '=',
];
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

export function tokenize(source: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const at = (i: number): { line: number; column: number } => {
    const before = source.slice(0, i);
    const line = before.split('\n').length;
    return { line, column: i - before.lastIndexOf('\n') };
  };
  const push = (type: TokenType, value: string, start: number, end: number, raw = value): void => {
    tokens.push({ type, value, raw, start: start + offset, end: end + offset, ...at(start) });
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if (source.startsWith('//', i)) {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (source.startsWith('/*', i)) {
      const close = source.indexOf('*/', i + 2);
      if (close < 0) throw new SyntaxIssue('Unterminated comment.', at(i).line, at(i).column);
      i = close + 2;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const m = /^(?:0[xX][0-9a-fA-F]+|\d*\.?\d+(?:[eE][+-]?\d+)?)/.exec(source.slice(i));
      const text = m?.[0] ?? c;
      push('num', text, i, i + text.length);
      i += text.length;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < source.length && source[j] !== c && source[j] !== '\n') {
        if (source[j] === '\\') {
          const e = source[j + 1] ?? '';
          if (e === 'u') {
            value += String.fromCharCode(parseInt(source.slice(j + 2, j + 6), 16));
            j += 6;
          } else {
            value += ESCAPES[e] ?? e;
            j += 2;
          }
        } else {
          value += source[j];
          j++;
        }
      }
      if (source[j] !== c) throw new SyntaxIssue('Unterminated string literal.', at(i).line, at(i).column);
      push('str', value, i, j + 1, source.slice(i, j + 1));
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      let depth = 0;
      while (j < source.length && (source[j] !== '`' || depth > 0)) {
        if (source[j] === '\\') j++;
        else if (source.startsWith('${', j)) depth++;
        else if (source[j] === '}' && depth > 0) depth--;
        j++;
      }
      if (j >= source.length) throw new SyntaxIssue('Unterminated template literal.', at(i).line, at(i).column);
      push('template', source.slice(i + 1, j), i, j + 1, source.slice(i + 1, j));
      i = j + 1;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(source.slice(i));
      const text = m?.[0] ?? c;
      push('ident', text, i, i + text.length);
      i += text.length;
    } else {
      const p = PUNCTUATORS.find((q) => source.startsWith(q, i));
      if (!p) throw new SyntaxIssue(`Unexpected character: ${c}`, at(i).line, at(i).column);
      push('punct', p, i, i + p.length);
      i += p.length;
    }
  }
  push('eof', '', source.length, source.length, 'EOF');
  return tokens;
}
