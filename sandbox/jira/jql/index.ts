// Public face of the sandbox's JQL subset (see README.md for the supported subset and its gaps).
// The Jira stand-in imports from here only; nothing here performs I/O.
import type { JqlQuery } from './ast';
import { compileJql, type JqlPredicate } from './compile';
import { JqlError } from './errors';
import { compileOrderBy, type JqlComparator } from './order';
import { parseJql } from './parser';
import type { JqlResolver } from './types';

export type { JqlClause, JqlFieldRef, JqlOperand, JqlOperator, JqlOrderKey, JqlQuery } from './ast';
export type { JqlErrorKind } from './errors';
export type {
  JqlCustomField,
  JqlCustomFieldType,
  JqlIssueView,
  JqlPriority,
  JqlPropertyAlias,
  JqlPropertyType,
  JqlResolver,
  JqlUserView,
} from './types';
export { JqlError, parseJql, compileJql, compileOrderBy, type JqlPredicate, type JqlComparator };

/*
 * Supported subset (details and gaps in README.md):
 * - fields: project, key/issuekey/id/issue, status, statusCategory, priority, issuetype/type, assignee, reporter,
 *   labels, created, updated, resolved, resolution, summary, description, comment, text, cf[N] and custom field
 *   names (quoted or not), issue.property[key].path and entity-property search aliases;
 * - operators: = != > >= < <= IN, NOT IN, ~, !~, IS [NOT] EMPTY|NULL; AND/OR/NOT (&&, ||, !) and parentheses;
 * - functions: currentUser(), now(), startOf/endOf Day|Week|Month|Year([increment]);
 * - dates: "2026-01-01", "2026/01/01 10:00", -12w, -1d, "4w 2d"; ORDER BY field [ASC|DESC], ...
 * Everything else fails with Jira's message (kind 'syntax' | 'validation') or a sandbox-gap message ('unsupported').
 */
export type JqlSearch = { readonly query: JqlQuery; readonly matches: JqlPredicate; readonly compare: JqlComparator };

/** Parses and compiles in one step; throws JqlError (a syntax error alone, else every validation error). */
export function compileJqlSearch(text: string, resolver: JqlResolver): JqlSearch {
  const query = parseJql(text);
  const errors: string[] = [];
  let unsupported = false;
  const attempt = <T>(step: () => T, fallback: T): T => {
    try {
      return step();
    } catch (e) {
      if (!(e instanceof JqlError)) throw e;
      errors.push(...e.errorMessages);
      unsupported ||= e.kind === 'unsupported';
      return fallback;
    }
  };
  const matches = attempt<JqlPredicate>(() => compileJql(query, resolver), () => false);
  const compare = attempt<JqlComparator>(() => compileOrderBy(query, resolver), () => 0);
  if (errors.length > 0) throw new JqlError(errors, unsupported ? 'unsupported' : 'validation');
  return { query, matches, compare };
}
