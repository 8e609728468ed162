// Syntax tree of a Jira expression. Every node keeps its source span so runtime errors can quote the
// failing sub-expression the way Jira does (`Evaluation failed: "issue.x.y" - ...`). Data only.

type Span = { readonly start: number; readonly end: number };

export type ObjectEntry = { readonly key: string; readonly value: Node } | { readonly spread: Node };

export type Node = Span &
  (
    | { readonly type: 'num'; readonly value: number }
    | { readonly type: 'str'; readonly value: string }
    | { readonly type: 'template'; readonly quasis: readonly string[]; readonly exprs: readonly Node[] }
    | { readonly type: 'bool'; readonly value: boolean }
    | { readonly type: 'null' }
    | { readonly type: 'ident'; readonly name: string }
    | { readonly type: 'array'; readonly items: readonly Node[] }
    | { readonly type: 'spread'; readonly arg: Node }
    | { readonly type: 'object'; readonly entries: readonly ObjectEntry[] }
    | { readonly type: 'member'; readonly object: Node; readonly name: string; readonly optional: boolean }
    | { readonly type: 'index'; readonly object: Node; readonly index: Node; readonly optional: boolean }
    | { readonly type: 'call'; readonly callee: Node; readonly args: readonly Node[]; readonly optional: boolean }
    | { readonly type: 'new'; readonly className: string; readonly args: readonly Node[] }
    | { readonly type: 'unary'; readonly op: '!' | '-' | 'typeof'; readonly arg: Node }
    | { readonly type: 'binary'; readonly op: string; readonly left: Node; readonly right: Node }
    | { readonly type: 'logical'; readonly op: '&&' | '||' | '??'; readonly left: Node; readonly right: Node }
    | { readonly type: 'cond'; readonly test: Node; readonly then: Node; readonly otherwise: Node }
    | { readonly type: 'arrow'; readonly params: readonly string[]; readonly body: Node }
  );

export type NodeOf<T extends Node['type']> = Extract<Node, { readonly type: T }>;

/** Leaves as Jira counts them for its 100-leaf limit (approximation: literals, identifiers, member names). */
export function countLeaves(node: Node): number {
  let n = 0;
  const visit = (x: Node): void => {
    switch (x.type) {
      case 'num': case 'str': case 'bool': case 'null': case 'ident': case 'template':
        n++;
        if (x.type === 'template') x.exprs.forEach(visit);
        return;
      case 'array': return x.items.forEach(visit);
      case 'spread': return visit(x.arg);
      case 'object': return x.entries.forEach((e) => visit('spread' in e ? e.spread : e.value));
      case 'member': n++; return visit(x.object);
      case 'index': visit(x.object); return visit(x.index);
      case 'call': visit(x.callee); return x.args.forEach(visit);
      case 'new': n++; return x.args.forEach(visit);
      case 'unary': return visit(x.arg);
      case 'binary': case 'logical': visit(x.left); return visit(x.right);
      case 'cond': visit(x.test); visit(x.then); return visit(x.otherwise);
      case 'arrow': n += x.params.length; return visit(x.body);
    }
  };
  visit(node);
  return n;
}
