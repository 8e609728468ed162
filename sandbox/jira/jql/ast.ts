// The parsed form of a JQL query: what the parser produces and the compiler consumes.
// Plain data only; it never holds resolved ids or issue data (that happens in compile).
import type { Position } from './errors';

export type JqlOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export type JqlFieldRef =
  /** A system field, a custom field by name, or an entity-property alias, e.g. `status`, `"Story Points"`. */
  | { readonly kind: 'name'; readonly name: string; readonly quoted: boolean }
  /** `cf[10010]`. */
  | { readonly kind: 'cf'; readonly id: number }
  /** `issue.property[key].path` (path may be empty). */
  | { readonly kind: 'property'; readonly key: string; readonly path: string };

export type JqlOperand =
  | { readonly kind: 'value'; readonly value: string; readonly quoted: boolean; readonly pos: Position }
  | { readonly kind: 'empty'; readonly pos: Position }
  | { readonly kind: 'function'; readonly name: string; readonly args: readonly string[]; readonly pos: Position }
  | { readonly kind: 'list'; readonly items: readonly JqlOperand[]; readonly pos: Position };

export type JqlTerminal = {
  readonly kind: 'terminal';
  readonly field: JqlFieldRef;
  /** The field as written, for messages. */
  readonly fieldText: string;
  readonly operator: JqlOperator;
  readonly operand: JqlOperand;
  readonly pos: Position;
};

export type JqlClause =
  | { readonly kind: 'and' | 'or'; readonly clauses: readonly JqlClause[] }
  | { readonly kind: 'not'; readonly clause: JqlClause }
  | JqlTerminal;

export type JqlOrderKey = {
  readonly field: JqlFieldRef;
  readonly fieldText: string;
  /** null when the query gives no direction: the field's default applies. */
  readonly direction: 'asc' | 'desc' | null;
};

export type JqlQuery = {
  readonly where: JqlClause | null;
  readonly orderBy: readonly JqlOrderKey[];
};
