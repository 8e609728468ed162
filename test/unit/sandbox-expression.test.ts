// Jira expression interpreter: the subset workflow validators use, Jira-shaped failures, and the
// expensive-operation budget (runtime count and static analysis agree).
import { analyzeComplexity, evaluateJiraExpression } from '../../sandbox/jira/expression';

const NOW = Date.UTC(2026, 0, 15, 12, 0);
const anIssue = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 10001, key: 'SUP-1', summary: '  Printer jammed  ', description: null, labels: ['telegram', 'vip'],
  priority: { name: 'High' }, status: { name: 'Open', statusCategory: { key: 'new' } },
  assignee: { accountId: 'acc-ann', displayName: 'Ann' }, customfield_10010: 'S1', customfield_10020: null,
  created: new Date(NOW - 86_400_000),
  comments: [{ id: 1, body: 'first', author: { accountId: 'acc-bob' } }, { id: 2, body: 'second', author: { accountId: 'acc-ann' } }],
  properties: { linebridge: { line: 'it', sla: { minutes: 30 } } },
  subtasks: [],
  ...overrides,
});
const context = (issue = anIssue()): Record<string, unknown> => ({
  issue, originalIssue: anIssue(), project: { key: 'SUP', properties: {} }, user: { accountId: 'acc-ann' },
  transition: { id: 21, name: 'Resolve', from: { id: 1 }, to: { id: 3 } }, config: { requiredFields: ['customfield_10010'] },
  app: { key: 'linebridge' },
});
const run = (source: string, ctx = context()) => evaluateJiraExpression(source, ctx, { now: NOW });

describe('evaluateJiraExpression computes values', () => {
  it.each<[string, unknown]>([
    ['1 + 2 * 3 - 4 / 2 % 3', 5],
    ["'a' + 1 + true", 'a1true'],
    ['[1, [2], null, "x"]', [1, [2], null, 'x']],
    ['{ a: 1, "b-c": [true], ...{ d: null } }', { a: 1, 'b-c': [true], d: null }],
    ['!(1 < 2) || 2 >= 2 && "b" > "a"', true],
    ['null == null && 1 != 2 && [1, 2] == [1, 2]', true],
    ['issue.key == "SUP-1" ? "yes" : "no"', 'yes'],
    ['issue.summary.trim().toUpperCase()', 'PRINTER JAMMED'],
    ['issue.summary.includes("jam") && issue.key.startsWith("SUP")', true],
    ["issue.key.split('-')", ['SUP', '1']],
    ["issue.key.replace('SUP', 'OPS')", 'OPS-1'],
    ["issue.key.match(new RegExp('[0-9]+'))", ['1']],
    ["'x'.match('y')", null],
    ['issue.summary.length', 18],
    ['issue.labels.includes("vip") && issue.labels.indexOf("vip") == 1', true],
    ['issue.labels.map(l => l.toUpperCase()).join(", ")', 'TELEGRAM, VIP'],
    ['issue.labels.filter(l => l != "vip").length', 1],
    ['issue.labels.some(l => l == "vip") && issue.labels.every(l => l.length > 2)', true],
    ['[[1, 2], [3]].flatten().reduce((sum, x) => sum + x, 10)', 16],
    ['[3, 1, 2].sort()', [1, 2, 3]],
    ['issue["customfield_10010"] != null && issue.customfield_10020 == null', true],
    ['config.requiredFields.every(f => issue[f] != null)', true],
    ['config.notThere == null', true],
    ["issue.properties['linebridge'].sla.minutes", 30],
    ["issue.properties.get('missing') == null", true],
    ['issue.assignee?.accountId == user.accountId', true],
    ['issue.description?.length', null],
    ['typeof issue.key + typeof 1 + typeof (x => x)', 'stringnumberfunction'],
    ['issue.created < new Date() && new Date(0).getTime() == 0', true],
    ['new Date("2026-01-01T00:00:00Z").plusDays(2)', '2026-01-03T00:00:00.000+0000'],
    ['`${issue.key}: ${issue.labels.length} labels`', 'SUP-1: 2 labels'],
    ['transition.to.id == 3 && app.key == "linebridge"', true],
    ['Math.max(1, 5, 3)', 5],
    ['null ?? "fallback"', 'fallback'],
    ['// comment\n [1, /* inline */ 2].length', 2],
  ])('%s', (source, value) => {
    const result = run(source);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.value).toEqual(value);
  });

  it('runs lazy loads supplied as functions only when read', () => {
    const load = jest.fn(() => [{ id: 9, body: 'lazy', author: { accountId: 'x' } }]);
    expect(run('issue.key', context(anIssue({ comments: load })))).toMatchObject({ ok: true });
    expect(load).not.toHaveBeenCalled();
    expect(run('issue.comments[0].body', context(anIssue({ comments: load })))).toMatchObject({ ok: true, value: 'lazy' });
  });
});

describe('evaluateJiraExpression reports failures as Jira does', () => {
  it.each<[string, string]>([
    ['issue.x', `Evaluation failed: "issue.x" - Unrecognized property of \`issue\`: "x" ('x'). Available properties of type 'Issue' are: `],
    ['issue.description.length', 'Evaluation failed: "issue.description.length" - Unrecognized property of `null`: "length"'],
    ['transition.nope', `Evaluation failed: "transition.nope" - Unrecognized property of \`transition\`: "nope" ('nope'). Available properties of type 'Map' are: 'from', 'id', 'name', 'to'.`],
    ['issue.key > 1', 'Evaluation failed: "issue.key > 1" - Can\'t compare String to Number.'],
    ['nobody.key', 'Evaluation failed: "nobody" - Unrecognized identifier: "nobody"'],
    ['issue.labels.map(1)', 'Evaluation failed: "issue.labels.map(1)" - map() expects a function, got Number.'],
  ])('%s', (source, error) => {
    const result = run(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.startsWith(error)).toBe(true);
  });

  it.each([
    ['issue. > 3', 'Syntax error at line 1, column 8: IDENTIFIER expected, > encountered.'],
    ['issue.key ==', 'Syntax error at line 1, column 13: !, -, typeof, (, IDENTIFIER, null, true, false, NUMBER, STRING, TEMPLATE_LITERAL, new, [ or { expected, EOF encountered.'],
    ['(1 + 2', 'Syntax error at line 1, column 7: ) expected, EOF encountered.'],
    ['issue.key === "A"', 'Syntax error at line 1, column 11: EOF expected, === encountered.'],
    ['1\n + > 2', 'Syntax error at line 2, column 4: !, -, typeof, (, IDENTIFIER, null, true, false, NUMBER, STRING, TEMPLATE_LITERAL, new, [ or { expected, > encountered.'],
  ])('syntax: %s', (source, error) => {
    expect(run(source)).toMatchObject({ ok: false, kind: 'syntax', error });
  });

  it('enforces the length and size limits', () => {
    expect(run(`"${'x'.repeat(1000)}"`)).toEqual({ ok: false, kind: 'limit', error: 'Jira expression is too long (1002), limit: 1000 characters' });
    const wide = `[${Array.from({ length: 101 }, (_, i) => i).join(',')}]`;
    expect(run(wide)).toEqual({ ok: false, kind: 'limit', error: 'Jira expression has too many nodes (101), limit: 100 leaves' });
  });
});

describe('expensive operations', () => {
  const subtasks = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `SUP-${i + 2}`, comments: [] }));

  it('charges each load once per entity', () => {
    const result = run('issue.comments.length + issue.comments.length + (issue.properties.get("a") ?? 0)');
    expect(result).toMatchObject({ ok: true, expensiveOperations: 2 });
    expect(run('issue.comments.length + originalIssue.comments.length + user.properties.keys().length')).toMatchObject({ expensiveOperations: 3 });
  });

  it('fails the evaluation past the limit of 10', () => {
    const ctx = context(anIssue({ subtasks: subtasks(11) }));
    expect(run('issue.subtasks.map(s => s.comments.length)', context(anIssue({ subtasks: subtasks(10) })))).toMatchObject({ ok: true, expensiveOperations: 10 });
    expect(run('issue.subtasks.map(s => s.comments.length)', ctx)).toEqual({
      ok: false,
      kind: 'limit',
      error: 'Evaluation failed: "s.comments" - The expression executed too many expensive operations (11), limit: 10.',
    });
  });

  it('honours a custom limit and counts entity constructors through the loaders', () => {
    const loaded = evaluateJiraExpression('new Issue("SUP-9").comments.length', {}, {
      maxExpensiveOperations: 1,
      loaders: { issue: (k) => ({ key: k, comments: [1, 2] }) },
    });
    expect(loaded).toMatchObject({ ok: false, kind: 'limit' });
    expect(evaluateJiraExpression('new User("acc-x")', {}, {})).toEqual({ ok: true, value: null, expensiveOperations: 1 });
  });

  it.each<[string, string, number | null, Record<string, string>]>([
    ['issue.key == "SUP-1"', '0', 0, {}],
    ['issue.comments.length > 0 && issue.comments[0].author.accountId == user.accountId', '1', 1, {}],
    ["issue.properties['a'] != null && issue.properties.get('b') != null && project.properties['c'] != null", '2', 2, {}],
    ['new Issue(10010).comments', '2', 2, {}],
    ['issue.subtasks.map(s => s.comments)', 'N', null, { N: 'issue.subtasks' }],
    ['[issue.properties, issue.comments.map(c => c.properties)]', '2 + N', null, { N: 'issue.comments' }],
  ])('analyzeComplexity(%s) = %s', (source, formula, count, variables) => {
    expect(analyzeComplexity(source)).toMatchObject({ ok: true, formula, count, variables });
  });

  it('agrees with the runtime count for a validator the app could generate', () => {
    const source =
      "issue.customfield_10010 != null && issue.properties['linebridge'].line != null && " +
      '(issue.comments.length > 0 || issue.assignee != null)';
    const analysed = analyzeComplexity(source);
    const evaluated = run(source);
    expect(analysed).toMatchObject({ ok: true, count: 2 });
    expect(evaluated).toMatchObject({ ok: true, value: true, expensiveOperations: 2 });
    expect(analyzeComplexity('issue. >')).toMatchObject({ ok: false, kind: 'syntax' });
  });
});
