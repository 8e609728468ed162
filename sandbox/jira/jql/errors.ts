// JQL error type and Jira's message texts (taken from Atlassian's own JQL parser tests and live answers).
// Jira answers every one of these with 400 {errorMessages: [...], errors: {}}; this file never decides
// HTTP details beyond that body and never matches on message text (callers branch on `kind`).

/**
 * `syntax`: the query does not parse; `validation`: Jira itself rejects it;
 * `unsupported`: Jira accepts it but the sandbox subset does not.
 */
export type JqlErrorKind = 'syntax' | 'validation' | 'unsupported';

export class JqlError extends Error {
  readonly errorMessages: readonly string[];

  constructor(
    messages: string | readonly string[],
    readonly kind: JqlErrorKind = 'validation',
  ) {
    const list = typeof messages === 'string' ? [messages] : messages;
    super(list.join(' '));
    this.name = 'JqlError';
    this.errorMessages = list;
  }

  /** The exact body Jira sends with status 400. */
  toResponseBody(): { errorMessages: string[]; errors: Record<string, never> } {
    return { errorMessages: [...this.errorMessages], errors: {} };
  }
}

export const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

const PREFIX = 'Error in the JQL Query: ';

export type Position = { readonly line: number; readonly column: number };

export function where(pos: Position): string {
  return `(line ${pos.line}, character ${pos.column})`;
}

export function syntaxError(message: string, pos?: Position): JqlError {
  return new JqlError(`${PREFIX}${message}${pos ? ` ${where(pos)}` : ''}`, 'syntax');
}

export const msg = {
  noField: (name: string) => `Field '${name}' does not exist or you do not have permission to view it.`,
  noValue: (field: string, value: string) => `The value '${value}' does not exist for the field '${field}'.`,
  operator: (op: string, field: string) => `The operator '${op}' is not supported by the '${field}' field.`,
  noEmpty: (field: string) => `The field '${field}' does not support searching for EMPTY values.`,
  noFunction: (name: string) => `Unable to find JQL function '${name}()'.`,
  functionArgs: (name: string, expected: string, got: number) =>
    `Function '${name}' expected '${expected}' arguments but received '${got}'.`,
  functionValue: (fn: string, field: string) =>
    `A value provided by the function '${fn}' is invalid for the field '${field}'.`,
  duration: (fn: string) =>
    `Duration for function '${fn}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.`,
  date: (value: string, field: string) =>
    `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', ` +
    `'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  issueKey: (value: string, field: string) => `The issue key '${value}' for field '${field}' is invalid.`,
  noIssue: (value: string, field: string) => `An issue with key '${value}' does not exist for field '${field}'.`,
  number: (value: string, field: string) =>
    `The value '${value}' for field '${field}' is invalid - please specify a number.`,
  sort: (field: string) => `Not able to sort using field '${field}'.`,
  sandbox: (what: string) => `${what} is not supported by the LineBridge sandbox JQL subset (Jira Cloud supports it).`,
};
