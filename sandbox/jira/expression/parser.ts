// Jira expression parser (the JavaScript-like subset Jira documents): precedence climbing over tokens,
// arrow functions, optional chaining, template literals. Syntax errors use Jira's wording
// ("!, -, typeof, ... expected, > encountered."). Never evaluates.
import type { Node, ObjectEntry } from './ast';
import { SyntaxIssue, type Token, tokenize } from './lexer';

const PRIMARY =
  '!, -, typeof, (, IDENTIFIER, null, true, false, NUMBER, STRING, TEMPLATE_LITERAL, new, [ or {';
/** Binary operators from loosest to tightest binding (`??` binds looser than all of them). */
const BINARY: ReadonlyArray<readonly string[]> = [
  ['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>='], ['+', '-'], ['*', '/', '%'],
];

export function parseExpression(source: string, offset = 0): Node {
  const p = new Parser(tokenize(source, offset));
  const node = p.expression();
  p.expectEnd();
  return node;
}

class Parser {
  private i = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.i + ahead, this.tokens.length - 1)]!;
  }

  private is(value: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t.type === 'punct' && t.value === value;
  }

  private fail(expected: string, t: Token = this.peek()): SyntaxIssue {
    const shown = t.type === 'eof' ? 'EOF' : t.type === 'str' || t.type === 'template' ? t.raw : t.value;
    return new SyntaxIssue(`${expected} expected, ${shown} encountered.`, t.line, t.column);
  }

  private take(value: string): Token {
    if (!this.is(value)) throw this.fail(value);
    return this.tokens[this.i++]!;
  }

  expectEnd(): void {
    if (this.peek().type !== 'eof') throw this.fail('EOF');
  }

  expression(): Node {
    const test = this.binary(-1);
    if (!this.is('?')) return test;
    this.i++;
    const then = this.expression();
    this.take(':');
    const otherwise = this.expression();
    return { type: 'cond', test, then, otherwise, start: test.start, end: otherwise.end };
  }

  /** Level -1 is `??`; 0.. index into BINARY. */
  private binary(level: number): Node {
    if (level >= BINARY.length) return this.unary();
    const ops = level < 0 ? ['??'] : BINARY[level]!;
    let left = this.binary(level + 1);
    while (this.peek().type === 'punct' && ops.includes(this.peek().value)) {
      const op = this.tokens[this.i++]!.value;
      const right = this.binary(level + 1);
      const span = { start: left.start, end: right.end };
      left =
        op === '&&' || op === '||' || op === '??'
          ? { type: 'logical', op, left, right, ...span }
          : { type: 'binary', op, left, right, ...span };
    }
    return left;
  }

  private unary(): Node {
    const t = this.peek();
    if (this.is('!') || this.is('-') || (t.type === 'ident' && t.value === 'typeof')) {
      this.i++;
      const arg = this.unary();
      return { type: 'unary', op: t.value as '!' | '-' | 'typeof', arg, start: t.start, end: arg.end };
    }
    return this.postfix(this.primary());
  }

  private postfix(node: Node): Node {
    for (;;) {
      const optional = this.is('?.');
      if (this.is('.') || optional) {
        this.i++;
        if (optional && this.is('[')) node = this.index(node, true);
        else if (optional && this.is('(')) node = this.call(node, true);
        else {
          const name = this.peek();
          if (name.type !== 'ident') throw this.fail('IDENTIFIER');
          this.i++;
          node = { type: 'member', object: node, name: name.value, optional, start: node.start, end: name.end };
        }
      } else if (this.is('[')) node = this.index(node, false);
      else if (this.is('(')) node = this.call(node, false);
      else return node;
    }
  }

  private index(object: Node, optional: boolean): Node {
    this.take('[');
    const index = this.expression();
    const close = this.take(']');
    return { type: 'index', object, index, optional, start: object.start, end: close.end };
  }

  private call(callee: Node, optional: boolean): Node {
    const args = this.args();
    return { type: 'call', callee, args: args.items, optional, start: callee.start, end: args.end };
  }

  private args(): { items: Node[]; end: number } {
    this.take('(');
    const items: Node[] = [];
    while (!this.is(')')) {
      items.push(this.expression());
      if (!this.is(')')) this.take(',');
    }
    return { items, end: this.take(')').end };
  }

  private primary(): Node {
    const t = this.peek();
    const span = { start: t.start, end: t.end };
    if (t.type === 'num' || t.type === 'str' || t.type === 'template') {
      this.i++;
      if (t.type === 'template') return this.template(t);
      return t.type === 'num' ? { type: 'num', value: Number(t.value), ...span } : { type: 'str', value: t.value, ...span };
    }
    if (t.type === 'ident') {
      if (this.is('=>', 1)) return this.arrow([t.value], t.start, 1);
      this.i++;
      if (t.value === 'true' || t.value === 'false') return { type: 'bool', value: t.value === 'true', ...span };
      if (t.value === 'null') return { type: 'null', ...span };
      if (t.value === 'new') return this.newExpression(t);
      return { type: 'ident', name: t.value, ...span };
    }
    if (this.is('(')) {
      const params = this.arrowParams();
      if (params) return this.arrow(params.names, t.start, params.length);
      this.i++;
      const inner = this.expression();
      this.take(')');
      return inner;
    }
    if (this.is('[')) return this.array();
    if (this.is('{')) return this.object();
    throw this.fail(PRIMARY);
  }

  private arrowParams(): { names: string[]; length: number } | null {
    const names: string[] = [];
    let k = 1;
    while (this.peek(k).type === 'ident') {
      names.push(this.peek(k).value);
      k++;
      if (this.is(',', k)) k++;
      else break;
    }
    return this.is(')', k) && this.is('=>', k + 1) ? { names, length: k + 1 } : null;
  }

  private arrow(params: string[], start: number, skip: number): Node {
    this.i += skip + 1;
    const body = this.expression();
    return { type: 'arrow', params, body, start, end: body.end };
  }

  private newExpression(t: Token): Node {
    const name = this.peek();
    if (name.type !== 'ident') throw this.fail('IDENTIFIER');
    this.i++;
    const args = this.is('(') ? this.args() : { items: [], end: name.end };
    return { type: 'new', className: name.value, args: args.items, start: t.start, end: args.end };
  }

  private array(): Node {
    const open = this.take('[');
    const items: Node[] = [];
    while (!this.is(']')) {
      items.push(this.spreadOr());
      if (!this.is(']')) this.take(',');
    }
    return { type: 'array', items, start: open.start, end: this.take(']').end };
  }

  private spreadOr(): Node {
    if (!this.is('...')) return this.expression();
    const dots = this.take('...');
    const arg = this.expression();
    return { type: 'spread', arg, start: dots.start, end: arg.end };
  }

  private object(): Node {
    const open = this.take('{');
    const entries: ObjectEntry[] = [];
    while (!this.is('}')) {
      if (this.is('...')) entries.push({ spread: this.spreadOr() });
      else {
        const key = this.peek();
        if (key.type !== 'ident' && key.type !== 'str' && key.type !== 'num') throw this.fail('IDENTIFIER, STRING or }');
        this.i++;
        if (key.type === 'ident' && (this.is(',') || this.is('}'))) {
          entries.push({ key: key.value, value: { type: 'ident', name: key.value, start: key.start, end: key.end } });
        } else {
          this.take(':');
          entries.push({ key: key.value, value: this.expression() });
        }
      }
      if (!this.is('}')) this.take(',');
    }
    return { type: 'object', entries, start: open.start, end: this.take('}').end };
  }

  private template(t: Token): Node {
    const quasis: string[] = [];
    const exprs: Node[] = [];
    const raw = t.raw;
    let text = '';
    let k = 0;
    while (k < raw.length) {
      if (raw[k] === '\\') {
        const e = raw[k + 1] ?? '';
        text += e === 'n' ? '\n' : e === 't' ? '\t' : e;
        k += 2;
      } else if (raw.startsWith('${', k)) {
        let depth = 1;
        let j = k + 2;
        for (; j < raw.length; j++) {
          if (raw[j] === '{') depth++;
          else if (raw[j] === '}' && --depth === 0) break;
        }
        quasis.push(text);
        text = '';
        // The template token starts at the backtick: +1 for it, +2 for "${".
        exprs.push(parseExpression(raw.slice(k + 2, j), t.start + 1 + k + 2));
        k = j + 1;
      } else {
        text += raw[k];
        k++;
      }
    }
    quasis.push(text);
    return { type: 'template', quasis, exprs, start: t.start, end: t.end };
  }
}
