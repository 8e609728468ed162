// JQL compile: which issues match, how ORDER BY sorts, and Jira's validation messages.
import { type JqlIssueView, type JqlResolver, JqlError, compileJqlSearch } from '../../sandbox/jira/jql';

const NOW = Date.UTC(2026, 0, 15, 12, 0); // Thursday 2026-01-15 12:00 UTC
const DAY = 86_400_000;
const users = [
  { accountId: 'acc-ann', displayName: 'Ann Agent', emailAddress: 'ann@example.com' },
  { accountId: 'acc-bob', displayName: 'Bob Boss', emailAddress: 'bob@example.com' },
];
const priorities = ['Highest', 'High', 'Medium', 'Low'];
const find = (list: string[], v: string): string | null => list.find((x) => x.toLowerCase() === v.toLowerCase()) ?? null;

const resolver: JqlResolver = {
  now: () => NOW,
  currentUser: () => 'acc-ann',
  findProject: (v) => find(['SUP', 'OPS'], v) ?? (v.toLowerCase() === 'support' || v === '10000' ? 'SUP' : null),
  findStatus: (v) => find(['Open', 'In Progress', 'Done'], v) ?? (v === '1' ? 'Open' : null),
  findPriority: (v) => {
    const name = find(priorities, v);
    return name ? { name, sequence: priorities.indexOf(name) + 1 } : null;
  },
  findIssueType: (v) => find(['Task', 'Incident'], v),
  findResolution: (v) => find(['Done', "Won't Do"], v),
  findUsers: (v) =>
    users
      .filter((u) => u.accountId === v || [u.displayName, u.emailAddress].some((x) => x.toLowerCase() === v.toLowerCase()))
      .map((u) => u.accountId),
  findCustomField: (v) => {
    const fields = [
      { id: 'customfield_10010', name: 'Story Points', type: 'number' as const },
      { id: 'customfield_10020', name: 'Severity', type: 'option' as const, options: ['S1', 'S2', 'S3'] },
      { id: 'customfield_10030', name: 'Due Time', type: 'datetime' as const },
    ];
    return fields.find((f) => f.name.toLowerCase() === v.toLowerCase() || f.id === v || f.id === `customfield_${v}`) ?? null;
  },
  findPropertyAlias: (name) => (name.toLowerCase() === 'linechannel' ? { key: 'linebridge', path: 'channel', type: 'string' } : null),
  propertyType: (key, path) => (key === 'linebridge' ? (path === 'sla.minutes' ? 'number' : 'string') : null),
  issueExists: (v) => ['SUP-1', 'SUP-2', 'SUP-10', 'OPS-1', '10001', '10002', '10010'].includes(v.toUpperCase()),
};

const base: JqlIssueView = {
  id: '10001', key: 'SUP-1', projectKey: 'SUP', status: 'Open', statusCategoryKey: 'new', priority: 'High',
  issueType: 'Incident', assignee: users[0]!, reporter: users[1]!, labels: ['Telegram', 'vip'],
  created: NOW - 3 * DAY, updated: NOW - DAY, resolved: null, resolution: null,
  summary: 'Printer on floor 3 is jammed', description: 'The printers keep failing when printing reports.',
  comments: ['Restarted it twice'],
  customFields: { customfield_10010: 5, customfield_10020: 'S2', customfield_10030: '2026-01-20T10:00:00.000+0000' },
  properties: { linebridge: { channel: 'telegram', sla: { minutes: 30 } } },
};
const issues: JqlIssueView[] = [
  base,
  { ...base, id: '10002', key: 'SUP-2', status: 'Done', statusCategoryKey: 'done', priority: 'Low', assignee: null,
    labels: [], created: NOW - 20 * DAY, resolved: NOW - 2 * DAY, resolution: 'Done', summary: 'VPN access request',
    description: null, comments: [], customFields: {}, properties: {} },
  { ...base, id: '10010', key: 'SUP-10', status: 'In Progress', statusCategoryKey: 'indeterminate', priority: 'Highest',
    assignee: users[1]!, labels: ['email'], created: NOW - 2 * 60_000, summary: 'Mail server down',
    customFields: { customfield_10010: 8, customfield_10020: 'S1' }, properties: { linebridge: { channel: 'email', sla: { minutes: 240 } } } },
  { ...base, id: '20001', key: 'OPS-1', projectKey: 'OPS', issueType: 'Task', priority: null, created: NOW - 400 * DAY,
    summary: 'Rotate keys', description: 'quarterly task', customFields: {}, properties: {} },
];

const keys = (jql: string): string[] => {
  const search = compileJqlSearch(jql, resolver);
  return issues.filter(search.matches).sort(search.compare).map((i) => i.key);
};
const errorOf = (jql: string): JqlError => {
  try {
    compileJqlSearch(jql, resolver);
  } catch (e) {
    if (e instanceof JqlError) return e;
    throw e;
  }
  throw new Error(`expected a JqlError for: ${jql}`);
};

describe('compileJqlSearch selects issues', () => {
  it.each([
    ['project = sup', ['SUP-1', 'SUP-2', 'SUP-10']],
    ['project in (Support, OPS) AND issuetype = task', ['OPS-1']],
    ['key = sup-2', ['SUP-2']],
    ['issuekey in (SUP-1, 10010)', ['SUP-1', 'SUP-10']],
    ['id = 10002', ['SUP-2']],
    ['key > SUP-1 AND key <= SUP-10', ['SUP-2', 'SUP-10']],
    ['status = "in progress"', ['SUP-10']],
    ['status != Open', ['SUP-2', 'SUP-10']],
    ['statusCategory = Done', ['SUP-2']],
    ['statusCategory in ("To Do", indeterminate)', ['SUP-1', 'SUP-10', 'OPS-1']],
    ['priority > Medium', ['SUP-1', 'SUP-10']],
    ['priority is EMPTY', ['OPS-1']],
    ['assignee = currentUser()', ['SUP-1', 'OPS-1']],
    ['assignee = "bob boss"', ['SUP-10']],
    ['assignee = "bob@example.com" OR assignee IS EMPTY', ['SUP-2', 'SUP-10']],
    ['assignee != currentUser()', ['SUP-10']],
    ['assignee = EMPTY', ['SUP-2']],
    ['reporter in (acc-bob)', ['SUP-1', 'SUP-2', 'SUP-10', 'OPS-1']],
    ['labels = TELEGRAM', ['SUP-1', 'OPS-1']],
    ['labels not in (vip)', ['SUP-10']],
    ['labels is empty', ['SUP-2']],
    ['created > -1d', ['SUP-10']],
    ['created >= startOfDay()', ['SUP-10']],
    ['created < "2025-12-31"', ['SUP-2', 'OPS-1']],
    ['created < "2026-01-12 13:00" AND created > "2026/01/12"', ['SUP-1']],
    ['created >= startOfWeek()', ['SUP-1', 'SUP-10']],
    ['updated <= endOfDay(-1)', ['SUP-1', 'SUP-2', 'SUP-10', 'OPS-1']],
    ['created > startOfMonth("-1M") AND created < now()', ['SUP-1', 'SUP-2', 'SUP-10']],
    ['resolved >= -3d', ['SUP-2']],
    ['resolution = Unresolved', ['SUP-1', 'SUP-10', 'OPS-1']],
    ['resolution is not empty', ['SUP-2']],
    ['summary ~ printer', ['SUP-1']],
    ['summary ~ "mail down"', ['SUP-10']],
    ['summary ~ "print*"', ['SUP-1']],
    ['summary ~ "\\"server down\\""', ['SUP-10']],
    ['summary ~ "vpn OR keys"', ['SUP-2', 'OPS-1']],
    ['summary !~ printer', ['SUP-2', 'SUP-10', 'OPS-1']],
    ['text ~ "restarted" AND project = SUP', ['SUP-1', 'SUP-10']],
    ['description ~ failing', ['SUP-1', 'SUP-10']],
    ['description is empty', ['SUP-2']],
    ['cf[10010] >= 6', ['SUP-10']],
    ['"Story Points" = 5 OR "story points" is empty', ['SUP-1', 'SUP-2', 'OPS-1']],
    ['Severity in (s1, S2)', ['SUP-1', 'SUP-10']],
    ['"Due Time" > "2026-01-19"', ['SUP-1']],
    ['issue.property[linebridge].channel = telegram', ['SUP-1']],
    ['issue.property[linebridge].sla.minutes < 60', ['SUP-1']],
    ['issue.property[other].x = 1', []],
    ['lineChannel = email', ['SUP-10']],
    ['NOT (project = SUP AND status = Open)', ['SUP-2', 'SUP-10', 'OPS-1']],
    ['', ['SUP-1', 'SUP-2', 'SUP-10', 'OPS-1']],
  ])('%s', (jql, expected) => {
    expect(keys(jql).sort()).toEqual([...expected].sort());
  });
});

describe('ORDER BY', () => {
  it.each([
    ['ORDER BY created', ['SUP-10', 'SUP-1', 'SUP-2', 'OPS-1']],
    ['order by created asc', ['OPS-1', 'SUP-2', 'SUP-1', 'SUP-10']],
    // EMPTY sorts last ascending, so first descending (the default for priority and dates).
    ['order by priority', ['OPS-1', 'SUP-10', 'SUP-1', 'SUP-2']],
    ['order by priority asc', ['SUP-2', 'SUP-1', 'SUP-10', 'OPS-1']],
    ['order by key', ['OPS-1', 'SUP-1', 'SUP-2', 'SUP-10']],
    ['order by assignee desc, key desc', ['SUP-2', 'SUP-10', 'SUP-1', 'OPS-1']],
    ['project = SUP order by status desc', ['SUP-1', 'SUP-10', 'SUP-2']],
    ['order by "Story Points" desc, key', ['OPS-1', 'SUP-2', 'SUP-10', 'SUP-1']],
  ])('%s', (jql, expected) => {
    expect(keys(jql)).toEqual(expected);
  });
});

describe('Jira validation messages', () => {
  it.each([
    ['foo = bar', "Field 'foo' does not exist or you do not have permission to view it."],
    ['cf[99999] = 1', "Field 'cf[99999]' does not exist or you do not have permission to view it."],
    ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
    ['status = Frozen', "The value 'Frozen' does not exist for the field 'status'."],
    ['assignee = someone', "The value 'someone' does not exist for the field 'assignee'."],
    ['Severity = S9', "The value 'S9' does not exist for the field 'Severity'."],
    ['project ~ SUP', "The operator '~' is not supported by the 'project' field."],
    ['summary = x', "The operator '=' is not supported by the 'summary' field."],
    ['text !~ x', "The operator '!~' is not supported by the 'text' field."],
    ['status is EMPTY', "The operator 'is' is not supported by the 'status' field."],
    ['key in (EMPTY)', "The field 'key' does not support searching for EMPTY values."],
    ['assignee in bogus()', "Unable to find JQL function 'bogus()'."],
    ['created > now(1)', "Function 'now' expected '0' arguments but received '1'."],
    ['created > startOfDay("x")', "Duration for function 'startOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier."],
    ['status = currentUser()', "A value provided by the function 'currentUser' is invalid for the field 'status'."],
    ['created > yesterday', "Date value 'yesterday' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'."],
    ['created > "2026-02-30"', "Date value '2026-02-30' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'."],
    ['key = nonsense', "The issue key 'nonsense' for field 'key' is invalid."],
    ['key = SUP-99', "An issue with key 'SUP-99' does not exist for field 'key'."],
    ['ORDER BY text', "Not able to sort using field 'text'."],
  ])('%s', (jql, message) => {
    const error = errorOf(jql);
    expect(error.kind).toBe('validation');
    expect(error.errorMessages).toEqual([message]);
  });

  it('reports every invalid clause at once, as Jira does', () => {
    expect(errorOf('project = NOPE AND foo = 1 ORDER BY bar').toResponseBody()).toEqual({
      errorMessages: [
        "The value 'NOPE' does not exist for the field 'project'.",
        "Field 'foo' does not exist or you do not have permission to view it.",
        "Field 'bar' does not exist or you do not have permission to view it.",
      ],
      errors: {},
    });
  });

  it('marks Jira features outside the subset as sandbox gaps', () => {
    const error = errorOf('assignee in membersOf("jira-users")');
    expect(error.kind).toBe('unsupported');
    expect(error.errorMessages[0]).toMatch(/^The function 'membersOf\(\)' is not supported by the LineBridge sandbox/);
  });
});
