// Per-evaluation state: the source (to quote failing sub-expressions), which context objects are Jira
// entities (Issue, User, ...), which are free-form JSON, and the expensive-operation budget.
// Jira charges a load once per entity and kind (reading issue.comments twice costs one).
import type { Node } from './ast';

export type EntityType = 'Issue' | 'IssueLink' | 'Comment' | 'Changelog' | 'Project' | 'User';

/** Loaders behind `new Issue(idOrKey)`, `new User(accountId)`, `new Project(idOrKey)`; null when absent. */
export type EntityLoaders = {
  readonly issue?: (idOrKey: string) => unknown;
  readonly user?: (accountId: string) => unknown;
  readonly project?: (idOrKey: string) => unknown;
};

export const EXPRESSION_LIMITS = { characters: 1000, leaves: 100, expensiveOperations: 10 } as const;

/** Child objects that are entities themselves, by parent type and property. */
export const CHILD_TYPES: Readonly<Record<EntityType, Readonly<Record<string, EntityType>>>> = {
  Issue: {
    parent: 'Issue', subtasks: 'Issue', links: 'IssueLink', assignee: 'User', reporter: 'User', creator: 'User',
    project: 'Project', comments: 'Comment', changelogs: 'Changelog',
  },
  IssueLink: { inwardIssue: 'Issue', outwardIssue: 'Issue', linkedIssue: 'Issue' },
  Comment: { author: 'User', updateAuthor: 'User' },
  Changelog: { author: 'User' },
  Project: { lead: 'User' },
  User: {},
};

/** Loading these counts as one expensive operation per entity. */
export const EXPENSIVE: Readonly<Record<EntityType, ReadonlySet<string>>> = {
  Issue: new Set(['comments', 'changelogs', 'properties']),
  Project: new Set(['properties']),
  User: new Set(['properties']),
  Comment: new Set(['properties']),
  IssueLink: new Set(),
  Changelog: new Set(),
};

/** Properties every entity of a type has even when the context object omits them. */
export const DEFAULTS: Readonly<Record<EntityType, Readonly<Record<string, () => unknown>>>> = {
  Issue: {
    comments: () => [], changelogs: () => [], properties: () => ({}), subtasks: () => [], links: () => [],
    labels: () => [], parent: () => null, assignee: () => null,
  },
  Project: { properties: () => ({}) },
  User: { properties: () => ({}) },
  Comment: { properties: () => ({}) },
  IssueLink: {},
  Changelog: {},
};

export class EvalError extends Error {
  constructor(
    readonly node: Node,
    message: string,
    readonly kind: 'runtime' | 'limit' = 'runtime',
  ) {
    super(message);
    this.name = 'EvalError';
  }
}

export class Runtime {
  private readonly tags = new WeakMap<object, EntityType>();
  private readonly dynamic = new WeakSet<object>();
  private readonly charged = new WeakMap<object, Set<string>>();
  expensiveOperations = 0;

  constructor(
    readonly source: string,
    readonly now: number,
    readonly limit: number,
    readonly loaders: EntityLoaders,
  ) {}

  fail(node: Node, message: string): never {
    throw new EvalError(node, message);
  }

  text(node: Node): string {
    return this.source.slice(node.start, node.end);
  }

  tag(value: unknown, type: EntityType): unknown {
    const items: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const v of items) if (typeof v === 'object' && v !== null && !Array.isArray(v)) this.tags.set(v, type);
    return value;
  }

  tagOf(value: unknown): EntityType | undefined {
    return typeof value === 'object' && value !== null ? this.tags.get(value) : undefined;
  }

  /** Marks free-form JSON (entity properties, validator config), deeply: missing keys read as null there. */
  markDynamic(value: unknown): unknown {
    if (typeof value !== 'object' || value === null || this.dynamic.has(value)) return value;
    this.dynamic.add(value);
    for (const child of Object.values(value as Record<string, unknown>)) this.markDynamic(child);
    return value;
  }

  isDynamic(value: unknown): boolean {
    return typeof value === 'object' && value !== null && this.dynamic.has(value);
  }

  /** One expensive operation; with `once`, only the first load of that kind for that entity counts. */
  charge(node: Node, once?: { entity: object; what: string }): void {
    if (once) {
      const seen = this.charged.get(once.entity) ?? new Set<string>();
      if (seen.has(once.what)) return;
      seen.add(once.what);
      this.charged.set(once.entity, seen);
    }
    this.expensiveOperations++;
    if (this.expensiveOperations > this.limit) {
      throw new EvalError(
        node,
        `The expression executed too many expensive operations (${this.expensiveOperations}), limit: ${this.limit}.`,
        'limit',
      );
    }
  }
}
