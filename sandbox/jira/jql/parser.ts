// Recursive-descent JQL parser: text in, JqlQuery out, or a JqlError carrying Jira's exact syntax message.
// It checks grammar only; whether fields, values and functions exist is decided by compile against a resolver.
import type { JqlClause, JqlFieldRef, JqlOperand, JqlOperator, JqlOrderKey, JqlQuery, JqlTerminal } from './ast';
import { JqlError, VALID_OPERATORS, msg, syntaxError } from './errors';
import { type Token, tokenize } from './lexer';
import { KEYWORDS, RESERVED_WORDS } from './reserved';

const lower = (t: Token): string => (t.kind === 'word' ? t.text.toLowerCase() : '');
const shown = (t: Token): string => (t.kind === 'string' ? t.text : t.raw);
const quoteIt = (t: Token, as: string): string =>
  `but got '${shown(t)}'. You must surround '${shown(t)}' in quotation marks to use it as ${as}.`;

export function parseJql(text: string): JqlQuery {
  return new Parser(tokenize(text)).query();
}

class Parser {
  private i = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  private cur(): Token {
    return this.tokens[this.i] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const t = this.cur();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }

  /** Jira's "Expecting X before the end of the query." / "Expecting X but got 'y'. (line, character)". */
  private expecting(what: string, t: Token = this.cur()): JqlError {
    if (t.kind === 'eof') return syntaxError(`Expecting ${what} before the end of the query.`);
    return syntaxError(`Expecting ${what} but got '${shown(t)}'.`, t.pos);
  }

  query(): JqlQuery {
    let where: JqlClause | null = null;
    if (this.cur().kind !== 'eof' && lower(this.cur()) !== 'order') where = this.or(false);
    const orderBy = lower(this.cur()) === 'order' ? this.orderBy() : [];
    if (this.cur().kind !== 'eof') throw this.expecting("either 'OR' or 'AND'");
    return { where, orderBy };
  }

  private or(nested: boolean): JqlClause {
    const clauses = [this.and(nested)];
    while (this.cur().kind === 'or' || lower(this.cur()) === 'or') {
      this.next();
      clauses.push(this.and(nested));
    }
    return clauses.length === 1 ? clauses[0]! : { kind: 'or', clauses };
  }

  private and(nested: boolean): JqlClause {
    const clauses = [this.not(nested)];
    while (this.cur().kind === 'and' || lower(this.cur()) === 'and') {
      this.next();
      clauses.push(this.not(nested));
    }
    const t = this.cur();
    const ends =
      t.kind === 'eof' || t.kind === 'or' || lower(t) === 'or' || lower(t) === 'order' || (nested && t.kind === ')');
    if (!ends) throw this.expecting("either 'OR' or 'AND'");
    return clauses.length === 1 ? clauses[0]! : { kind: 'and', clauses };
  }

  private not(nested: boolean): JqlClause {
    if (this.cur().kind === 'not' || lower(this.cur()) === 'not') {
      this.next();
      return { kind: 'not', clause: this.not(nested) };
    }
    if (this.cur().kind === '(') {
      this.next();
      const inner = this.or(true);
      if (this.cur().kind !== ')') throw this.expecting("')'");
      this.next();
      return inner;
    }
    return this.terminal();
  }

  private terminal(): JqlTerminal {
    const start = this.cur();
    const { field, fieldText } = this.field();
    const operator = this.operator();
    return { kind: 'terminal', field, fieldText, operator, operand: this.operand(), pos: start.pos };
  }

  private field(): { field: JqlFieldRef; fieldText: string } {
    const t = this.cur();
    if (t.kind === 'eof') throw syntaxError('Expecting a field name at the end of the query.');
    if (t.kind === '[') throw syntaxError("Expecting a field name but got '['. Did you mean 'cf['?", t.pos);
    if (t.kind === 'string' && t.text === '') throw syntaxError('A field name cannot be empty.', t.pos);
    if ((t.kind !== 'word' && t.kind !== 'string') || KEYWORDS.has(lower(t)) || ['asc', 'desc', 'by'].includes(lower(t))) {
      throw syntaxError(`Expecting a field name ${quoteIt(t, 'a field name')}`, t.pos);
    }
    this.reservedWord(t);
    this.next();
    if (lower(t) === 'cf') return { field: { kind: 'cf', id: this.customFieldId() }, fieldText: this.textFrom(t) };
    if (lower(t) === 'issue.property' && this.cur().kind === '[') return this.property(t);
    return { field: { kind: 'name', name: t.text, quoted: t.kind === 'string' }, fieldText: t.text };
  }

  private customFieldId(): number {
    if (this.cur().kind !== '[') throw this.expecting("'['");
    this.next();
    const id = this.cur();
    if (id.kind !== 'word' || !/^\d+$/.test(id.text)) throw this.expecting('a custom field id (a positive number)');
    this.next();
    if (this.cur().kind !== ']') throw this.expecting("']'");
    this.next();
    return Number(id.text);
  }

  private property(start: Token): { field: JqlFieldRef; fieldText: string } {
    this.next();
    const key = this.cur();
    if (key.kind !== 'word' && key.kind !== 'string') throw this.expecting('an entity property key');
    this.next();
    if (this.cur().kind !== ']') throw this.expecting("']'");
    const close = this.next();
    let path = '';
    const after = this.cur();
    if (after.kind === 'word' && after.start === close.end && after.text.startsWith('.')) path = this.next().text.slice(1);
    return { field: { kind: 'property', key: key.text, path }, fieldText: this.textFrom(start) };
  }

  private textFrom(start: Token): string {
    const last = this.tokens[this.i - 1] ?? start;
    return this.tokens
      .slice(this.tokens.indexOf(start), this.tokens.indexOf(last) + 1)
      .map((t) => t.raw)
      .join('');
  }

  private operator(): JqlOperator {
    const t = this.cur();
    if (t.kind === 'op') return this.next().text as JqlOperator;
    const word = lower(t);
    if (word === 'in') return this.next() && 'in';
    if (word === 'not') {
      this.next();
      if (lower(this.cur()) !== 'in') throw this.expecting("'IN'");
      this.next();
      return 'not in';
    }
    if (word === 'is') {
      this.next();
      if (lower(this.cur()) === 'not') return this.next() && 'is not';
      if (this.cur().kind === 'not') throw this.expecting("'NOT'");
      return 'is';
    }
    if (word === 'was' || word === 'changed') throw new JqlError(msg.sandbox(`The operator '${word}'`), 'unsupported');
    if (t.kind === 'eof') throw syntaxError(`Expecting operator before the end of the query. ${VALID_OPERATORS}`);
    throw syntaxError(`Expecting operator but got '${shown(t)}'. ${VALID_OPERATORS}`, t.pos);
  }

  private operand(): JqlOperand {
    const t = this.cur();
    if (t.kind === 'eof') throw syntaxError('Expecting either a value, list or function before the end of the query.');
    if (t.kind === '(') return this.list();
    const word = lower(t);
    if (word === 'empty' || word === 'null') return this.next() && { kind: 'empty', pos: t.pos };
    if ((t.kind !== 'word' && t.kind !== 'string') || KEYWORDS.has(word)) {
      throw syntaxError(`Expecting either a value, list or function ${quoteIt(t, 'a value')}`, t.pos);
    }
    this.next();
    if (this.cur().kind === '(') return this.call(t);
    this.reservedWord(t);
    return { kind: 'value', value: t.text, quoted: t.kind === 'string', pos: t.pos };
  }

  private list(): JqlOperand {
    const open = this.next();
    const items: JqlOperand[] = [this.operand()];
    while (this.cur().kind === ',') {
      this.next();
      items.push(this.operand());
    }
    if (this.cur().kind !== ')') throw this.expecting("')'");
    this.next();
    return { kind: 'list', items, pos: open.pos };
  }

  private call(name: Token): JqlOperand {
    if (name.text === '') throw syntaxError('A function name cannot be empty.', name.pos);
    this.next();
    const args: string[] = [];
    if (this.cur().kind === ')') return this.next() && { kind: 'function', name: name.text, args, pos: name.pos };
    if (this.cur().kind === ',' || this.cur().kind === 'eof') throw this.expecting("')'");
    if (this.cur().kind !== 'word' && this.cur().kind !== 'string') {
      throw syntaxError(`Expecting a function argument ${quoteIt(this.cur(), 'an argument')}`, this.cur().pos);
    }
    for (;;) {
      args.push(this.next().text);
      if (this.cur().kind === ')') break;
      if (this.cur().kind === 'eof') throw this.expecting("')'");
      const sep = this.cur();
      if (sep.kind !== ',') throw syntaxError(`Expecting ')' or ',' but got '${shown(sep)}'.`, sep.pos);
      this.next();
      const arg = this.cur();
      if (arg.kind === 'eof') throw syntaxError('Expecting a function argument at the end of the query.');
      if (arg.kind === ')') throw syntaxError('Function argument must be specified.', arg.pos);
      if (arg.kind !== 'word' && arg.kind !== 'string') {
        throw syntaxError(`Expecting a function argument ${quoteIt(arg, 'an argument')}`, arg.pos);
      }
    }
    this.next();
    return { kind: 'function', name: name.text, args, pos: name.pos };
  }

  private orderBy(): JqlOrderKey[] {
    this.next();
    if (lower(this.cur()) !== 'by') throw this.expecting("'by'");
    this.next();
    const keys: JqlOrderKey[] = [];
    for (;;) {
      const { field, fieldText } = this.field();
      let direction: 'asc' | 'desc' | null = null;
      const dir = lower(this.cur());
      if (dir === 'asc' || dir === 'desc') {
        this.next();
        direction = dir;
      }
      keys.push({ field, fieldText, direction });
      if (this.cur().kind === 'eof') return keys;
      if (this.cur().kind !== ',') throw this.expecting(direction ? "','" : "either 'ASC' or 'DESC'");
      this.next();
    }
  }

  private reservedWord(t: Token): void {
    if (t.kind === 'word' && RESERVED_WORDS.has(t.text.toLowerCase())) {
      throw syntaxError(
        `'${t.text}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.`,
        t.pos,
      );
    }
  }
}
