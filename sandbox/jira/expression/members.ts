// Member access (`a.b`, `a['b']`, `list[0]`): Jira entities with their expensive loads, free-form JSON where
// missing keys are null, typed objects where they are errors, and built-in methods. Never mutates values.
import type { Node } from './ast';
import { type Invoke, methodOf } from './methods';
import { CHILD_TYPES, DEFAULTS, EXPENSIVE, type Runtime } from './runtime';
import { Lambda, Native, PropertiesView, isObject, typeName } from './values';

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function unrecognized(rt: Runtime, node: Node, objectNode: Node, receiver: unknown, key: string): never {
  const base = `Unrecognized property of \`${rt.text(objectNode)}\`: "${key}" ('${key}').`;
  if (!isObject(receiver)) rt.fail(node, base);
  const tag = rt.tagOf(receiver);
  const names = new Set([...Object.keys(receiver), ...Object.keys(tag ? DEFAULTS[tag] : {})]);
  const list = [...names].sort().map((n) => `'${n}'`).join(', ');
  return rt.fail(node, `${base} Available properties of type '${typeName(receiver, tag)}' are: ${list}.`);
}

export function readMember(
  rt: Runtime,
  node: Node,
  objectNode: Node,
  receiver: unknown,
  key: unknown,
  invoke: Invoke,
): unknown {
  if (receiver === null || receiver === undefined) rt.fail(node, `Unrecognized property of \`null\`: "${String(key)}"`);
  if (typeof key === 'number') {
    if (Array.isArray(receiver)) return receiver[key] ?? null;
    if (typeof receiver === 'string') return receiver[key] ?? null;
    rt.fail(node, `Can't index ${typeName(receiver, rt.tagOf(receiver))} with a Number.`);
  }
  if (typeof key !== 'string') return rt.fail(node, `A property name must be a String or a Number, got ${typeName(key)}.`);
  if ((Array.isArray(receiver) || typeof receiver === 'string') && key === 'length') return receiver.length;
  if (receiver instanceof PropertiesView && key !== 'get' && key !== 'keys') {
    return rt.markDynamic(has(receiver.data, key) ? (receiver.data[key] ?? null) : null);
  }
  const method = methodOf(receiver, key, invoke, (v) => rt.markDynamic(v ?? null));
  if (method) return method;
  if (isObject(receiver)) return objectMember(rt, node, objectNode, receiver, key);
  return unrecognized(rt, node, objectNode, receiver, key);
}

function objectMember(rt: Runtime, node: Node, objectNode: Node, obj: Record<string, unknown>, key: string): unknown {
  const tag = rt.tagOf(obj);
  const own = has(obj, key);
  const fallback = tag ? DEFAULTS[tag][key] : undefined;
  if (!own && !fallback) return rt.isDynamic(obj) ? null : unrecognized(rt, node, objectNode, obj, key);
  if (tag && EXPENSIVE[tag].has(key)) rt.charge(node, { entity: obj, what: key });
  let value = own ? obj[key] : fallback?.();
  // A plain function in the context is a lazy load (the stand-in defers fetching comments, ...).
  if (typeof value === 'function' && !(value instanceof Lambda) && !(value instanceof Native)) {
    value = (value as () => unknown)();
  }
  if (value === undefined) value = null;
  if (rt.isDynamic(obj)) return rt.markDynamic(value);
  const child = tag ? CHILD_TYPES[tag][key] : undefined;
  if (child) rt.tag(value, child);
  if (tag && key === 'properties') return new PropertiesView(isObject(value) ? value : {});
  return value;
}
