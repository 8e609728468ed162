// JQL parser: the grammar subset and Jira's exact syntax error texts (from Atlassian's own parser tests).
import { JqlError, parseJql } from '../../sandbox/jira/jql';

function syntaxMessage(jql: string): string {
  try {
    parseJql(jql);
  } catch (e) {
    if (e instanceof JqlError) {
      expect(e.kind).toBe('syntax');
      return e.errorMessages.join('\n');
    }
    throw e;
  }
  throw new Error(`expected a syntax error for: ${jql}`);
}

describe('parseJql builds the query tree', () => {
  it('binds AND tighter than OR and keeps NOT and parentheses', () => {
    const q = parseJql('project = SUP AND status = Open OR NOT (priority = High)');
    expect(q.where).toMatchObject({
      kind: 'or',
      clauses: [
        { kind: 'and', clauses: [{ field: { name: 'project' }, operator: '=' }, { field: { name: 'status' } }] },
        { kind: 'not', clause: { kind: 'terminal', field: { name: 'priority' } } },
      ],
    });
  });

  it('reads symbolic AND/OR/NOT, lists, functions, EMPTY and relative dates', () => {
    const q = parseJql('labels in (a, "b c") && !assignee is not EMPTY || created > -12w OR reporter = currentUser()');
    expect(q.where).toMatchObject({ kind: 'or' });
    const or = q.where as unknown as { clauses: unknown[] };
    expect(or.clauses[0]).toMatchObject({
      kind: 'and',
      clauses: [
        { operator: 'in', operand: { kind: 'list', items: [{ value: 'a' }, { value: 'b c', quoted: true }] } },
        { kind: 'not', clause: { operator: 'is not', operand: { kind: 'empty' } } },
      ],
    });
    expect(or.clauses[1]).toMatchObject({ operator: '>', operand: { kind: 'value', value: '-12w' } });
    expect(or.clauses[2]).toMatchObject({ operand: { kind: 'function', name: 'currentUser', args: [] } });
  });

  it.each([
    ['cf[10010] = 3', { kind: 'cf', id: 10010 }],
    ['"Story Points" > 3', { kind: 'name', name: 'Story Points', quoted: true }],
    ['issue.property[linebridge.meta].line.id = 7', { kind: 'property', key: 'linebridge.meta', path: 'line.id' }],
    ['issue.property["my-key"] = x', { kind: 'property', key: 'my-key', path: '' }],
  ])('reads the field of %s', (jql, field) => {
    expect(parseJql(jql).where).toMatchObject({ kind: 'terminal', field });
  });

  it('parses ORDER BY with several keys and optional directions', () => {
    expect(parseJql('ORDER BY created DESC, key, priority asc').orderBy).toEqual([
      { field: { kind: 'name', name: 'created', quoted: false }, fieldText: 'created', direction: 'desc' },
      { field: { kind: 'name', name: 'key', quoted: false }, fieldText: 'key', direction: null },
      { field: { kind: 'name', name: 'priority', quoted: false }, fieldText: 'priority', direction: 'asc' },
    ]);
    expect(parseJql('').where).toBeNull();
  });

  it('decodes escapes in quoted and unquoted strings', () => {
    expect(parseJql("summary ~ 'it\\'s \\u0041'").where).toMatchObject({ operand: { value: "it's A" } });
  });
});

describe('parseJql rejects bad syntax with Jira messages', () => {
  const P = 'Error in the JQL Query: ';
  const OPS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
  it.each([
    ["comment ~ 'test", "The quoted string 'test' has not been completed. (line 1, character 11)"],
    ["comment ~ '", 'The quoted string has not been completed. (line 1, character 11)'],
    ['mine{www = qwwr', "The character '{' is a reserved JQL character. You must enclose it in a string or use the escape '\\u007b' instead. (line 1, character 5)"],
    ['assignee = bob@example.com', "The character '@' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0040' instead. (line 1, character 15)"],
    ['a =b order', "Expecting 'by' before the end of the query."],
    ['a =b order summary', "Expecting 'by' but got 'summary'. (line 1, character 12)"],
    ['a =b order by', 'Expecting a field name at the end of the query.'],
    ['a =b order by asc', "Expecting a field name but got 'asc'. You must surround 'asc' in quotation marks to use it as a field name. (line 1, character 15)"],
    ['a =b order by ajsks blah', "Expecting either 'ASC' or 'DESC' but got 'blah'. (line 1, character 21)"],
    ["'' = c", 'A field name cannot be empty. (line 1, character 1)'],
    ["a = ''()", 'A function name cannot be empty. (line 1, character 5)'],
    ['a', `Expecting operator before the end of the query. ${OPS}`],
    ['a blah >', `Expecting operator but got 'blah'. ${OPS} (line 1, character 3)`],
    ['a =a and j not is empty', "Expecting 'IN' but got 'is'. (line 1, character 16)"],
    ['a =a and j is ! empty', "Expecting 'NOT' but got '!'. (line 1, character 15)"],
    ['cf', "Expecting '[' before the end of the query."],
    ['a = b and not (cf = 6)', "Expecting '[' but got '='. (line 1, character 19)"],
    ['cf[] = 1', "Expecting a custom field id (a positive number) but got ']'. (line 1, character 4)"],
    ['cf[-29829] = ', "Expecting a custom field id (a positive number) but got '-29829'. (line 1, character 4)"],
    ['cf[29829 = world', "Expecting ']' but got '='. (line 1, character 10)"],
    ['a = func(', "Expecting ')' before the end of the query."],
    ['a = func(, and not (a = x)', "Expecting ')' but got ','. (line 1, character 10)"],
    ['bas=func(bad,)', 'Function argument must be specified. (line 1, character 14)'],
    ['bas=func(bad,', 'Expecting a function argument at the end of the query.'],
    ['k = func(!', "Expecting a function argument but got '!'. You must surround '!' in quotation marks to use it as an argument. (line 1, character 10)"],
    ['k = func(abc, jk!)', "Expecting ')' or ',' but got '!'. (line 1, character 17)"],
    ['(a=b and c = d', "Expecting ')' before the end of the query."],
    ['abc IN ((foo) abc = a', "Expecting ')' but got 'abc'. (line 1, character 15)"],
    ['a=', 'Expecting either a value, list or function before the end of the query.'],
    ['a=!', "Expecting either a value, list or function but got '!'. You must surround '!' in quotation marks to use it as a value. (line 1, character 3)"],
    ['a=b c=d', "Expecting either 'OR' or 'AND' but got 'c'. (line 1, character 5)"],
    ['a=b !c=d', "Expecting either 'OR' or 'AND' but got '!'. (line 1, character 5)"],
    ['a=(a,(,bad))', "Expecting either a value, list or function but got ','. You must surround ',' in quotation marks to use it as a value. (line 1, character 7)"],
    ['comment !~ "x" and cf[1000] = jill order by a desc b', "Expecting ',' but got 'b'. (line 1, character 52)"],
    [', a = b', "Expecting a field name but got ','. You must surround ',' in quotation marks to use it as a field name. (line 1, character 1)"],
    ['[brenden] = a', "Expecting a field name but got '['. Did you mean 'cf['? (line 1, character 1)"],
    ['project = IN', "Expecting either a value, list or function but got 'IN'. You must surround 'IN' in quotation marks to use it as a value. (line 1, character 11)"],
    ['status = End', "'End' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 10)"],
    ['project = SUP\nAND )', "Expecting a field name but got ')'. You must surround ')' in quotation marks to use it as a field name. (line 2, character 5)"],
  ])('%s', (jql, message) => {
    expect(syntaxMessage(jql)).toBe(P + message);
  });

  it('reports WAS and CHANGED as sandbox gaps, not as Jira errors', () => {
    expect(() => parseJql('status WAS Open')).toThrow(JqlError);
    expect(() => parseJql('status changed')).toThrow(/not supported by the LineBridge sandbox/);
    try {
      parseJql('status WAS Open');
    } catch (e) {
      expect((e as JqlError).kind).toBe('unsupported');
    }
  });

  it('exposes the body Jira sends with 400', () => {
    try {
      parseJql('a=');
    } catch (e) {
      expect((e as JqlError).toResponseBody()).toEqual({
        errorMessages: ['Error in the JQL Query: Expecting either a value, list or function before the end of the query.'],
        errors: {},
      });
    }
    expect.assertions(1);
  });
});
