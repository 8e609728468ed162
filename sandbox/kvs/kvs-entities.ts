// Custom entity declarations (manifest `app.storage.entities`) and the typing rules the Custom Entity Store
// enforces on stored values. A bad declaration throws at construction (a programming error); a bad value
// throws KvsError with the platform's code. Limits: manifest schema of @forge/manifest + docs custom-entities.
import { kvsErrors } from './kvs-errors';
import type { Body } from './kvs-validation';

export type EntityAttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';
export type EntityIndexDeclaration =
  | string
  | { readonly name: string; readonly range: readonly string[]; readonly partition?: readonly string[] };
export type EntityDeclaration = {
  readonly attributes: Readonly<Record<string, { readonly type: EntityAttributeType }>>;
  readonly indexes?: readonly EntityIndexDeclaration[];
};
/** `{entityName: {attributes, indexes}}`, as in the manifest. */
export type EntityDeclarations = Readonly<Record<string, EntityDeclaration>>;

/** Converts manifest `app.storage.entities` (a list of `{name, attributes, indexes}`) into the declaration map. */
export function entityDeclarationsFromManifest(
  entities: readonly (EntityDeclaration & { readonly name: string })[],
): EntityDeclarations {
  return Object.fromEntries(entities.map(({ name, attributes, indexes }) => [name, { attributes, ...(indexes ? { indexes } : {}) }]));
}

/** `range === KEY_RANGE` means the index sorts on the entity key (the implicit `by-key` index). */
export const KEY_RANGE = Symbol('key');
export type EntityIndex = { readonly name: string; readonly partition: readonly string[]; readonly range: string | typeof KEY_RANGE };

const ENTITY_NAME = /^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]*(?<![.])$/;
const ATTRIBUTE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;
const LIMITS = { entities: 20, attributes: 50, indexes: 7 } as const;
const BY_KEY: EntityIndex = { name: 'by-key', partition: [], range: KEY_RANGE };

const TYPE_CHECK: Readonly<Record<EntityAttributeType, (v: unknown) => boolean>> = {
  string: (v) => typeof v === 'string',
  integer: (v) => typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647,
  float: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
  any: (v) => v !== null,
};

function declarationError(entity: string, problem: string): Error {
  return new Error(`KVS stand-in: entity "${entity}" declaration is invalid: ${problem}`);
}

function normaliseIndex(entity: string, decl: EntityDeclaration, index: EntityIndexDeclaration): EntityIndex {
  const spec = typeof index === 'string' ? { name: index, range: [index], partition: [] } : index;
  const partition = spec.partition ?? [];
  if (spec.range.length !== 1) throw declarationError(entity, `index "${spec.name}" needs exactly one range attribute`);
  for (const attribute of [...spec.range, ...partition]) {
    if (!decl.attributes[attribute]) throw declarationError(entity, `index "${spec.name}" uses undeclared attribute "${attribute}"`);
  }
  if (spec.name === BY_KEY.name) throw declarationError(entity, '"by-key" is reserved');
  return { name: spec.name, partition, range: spec.range[0] ?? '' };
}

type Entity = { readonly name: string; readonly declaration: EntityDeclaration; readonly indexes: readonly EntityIndex[] };

export class EntityCatalog {
  private readonly entities = new Map<string, Entity>();

  constructor(declarations: EntityDeclarations = {}) {
    const names = Object.keys(declarations);
    if (names.length > LIMITS.entities) throw new Error(`KVS stand-in: at most ${LIMITS.entities} entities`);
    for (const name of names) {
      const declaration = declarations[name];
      if (!declaration) continue;
      if (name.length < 3 || name.length > 60 || !ENTITY_NAME.test(name)) throw declarationError(name, 'bad entity name');
      const attributes = Object.keys(declaration.attributes);
      if (attributes.length > LIMITS.attributes) throw declarationError(name, `more than ${LIMITS.attributes} attributes`);
      const badAttribute = attributes.find((attr) => !ATTRIBUTE_NAME.test(attr) || attr.length > 64);
      if (badAttribute !== undefined) throw declarationError(name, `bad attribute name "${badAttribute}"`);
      const declared = declaration.indexes ?? [];
      if (declared.length > LIMITS.indexes) throw declarationError(name, `more than ${LIMITS.indexes} indexes`);
      const indexes = declared.map((index) => normaliseIndex(name, declaration, index));
      if (new Set(indexes.map((index) => index.name)).size !== indexes.length) throw declarationError(name, 'duplicate index names');
      this.entities.set(name, { name, declaration, indexes: [BY_KEY, ...indexes] });
    }
  }

  /** The declared entity, or 404 SCHEMA_NOT_FOUND as the platform answers for an undeclared one. */
  entity(name: unknown): Entity {
    const entity = typeof name === 'string' ? this.entities.get(name) : undefined;
    if (!entity) throw kvsErrors.schemaNotFound();
    return entity;
  }

  index(entityName: unknown, indexName: unknown): EntityIndex {
    const entity = this.entity(entityName);
    const index = entity.indexes.find((candidate) => candidate.name === indexName);
    if (!index) throw kvsErrors.invalidEntityIndex(String(indexName));
    return index;
  }

  /** Entity values are objects whose attributes are declared and typed as declared. */
  checkValue(entityName: string, value: unknown): void {
    const { declaration } = this.entity(entityName);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw kvsErrors.invalidEntityValue('The value must be an object.');
    for (const [attribute, attributeValue] of Object.entries(value as Body)) {
      const spec = declaration.attributes[attribute];
      if (!spec) throw kvsErrors.invalidEntityValue(`Attribute "${attribute}" is not declared for entity "${entityName}".`);
      if (!TYPE_CHECK[spec.type](attributeValue)) throw kvsErrors.incorrectPropertyType(attribute, spec.type);
    }
  }
}
