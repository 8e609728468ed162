// Contract: the real @forge/kvs Custom Entity Store calls (entity().get/set/delete/query) against the KVS
// stand-in with declared entities: typed attributes, index partitions and ranges, filters, sort and paging.
import { kvs, Filter, FilterConditions, Sort, WhereConditions } from '@forge/kvs';
import type { EntityDeclarations } from '../../sandbox/kvs/kvs-stand-in';
import { apiError, freshKvs, installKvsSeam, wireCalls } from './kvs-harness';

installKvsSeam();

type Ticket = { line: string; status: string; priority: number; score?: number; open?: boolean; meta?: unknown };

const ENTITIES: EntityDeclarations = {
  ticket: {
    attributes: {
      line: { type: 'string' },
      status: { type: 'string' },
      priority: { type: 'integer' },
      score: { type: 'float' },
      open: { type: 'boolean' },
      meta: { type: 'any' },
    },
    indexes: [
      'priority',
      { name: 'by-line-status', partition: ['line'], range: ['status'] },
      { name: 'by-line-priority', partition: ['line'], range: ['priority'] },
    ],
  },
};

const tickets = kvs.entity<Ticket>('ticket');

async function seed(): Promise<void> {
  await tickets.set('t1', { line: 'support', status: 'open', priority: 3, open: true });
  await tickets.set('t2', { line: 'support', status: 'closed', priority: 1, open: false });
  await tickets.set('t3', { line: 'billing', status: 'open', priority: 2, open: true });
  await tickets.set('t4', { line: 'support', status: 'escalated', priority: 5, open: true, score: 0.5 });
}

describe('custom entities', () => {
  beforeEach(async () => {
    await freshKvs({ entities: ENTITIES });
  });

  it('stores, reads and deletes an entity value', async () => {
    const value: Ticket = { line: 'support', status: 'open', priority: 2, score: 1.5, open: true, meta: { tags: ['a'] } };
    await tickets.set('t-1', value);
    expect(await tickets.get('t-1')).toEqual(value);
    expect(wireCalls[0]).toEqual({ path: '/api/v1/entity/set', method: 'POST', contentType: 'application/json', body: { entityName: 'ticket', key: 't-1', value } });
    await tickets.delete('t-1');
    expect(await tickets.get('t-1')).toBeUndefined();
    await expect(tickets.delete('t-1')).resolves.toBeUndefined();
  });

  it('keeps entity keys apart from plain keys of the same name', async () => {
    await tickets.set('same', { line: 'l', status: 's', priority: 1 });
    expect(await kvs.get('same')).toBeUndefined();
  });

  it('queries an index within one partition, sorted by its range attribute', async () => {
    await seed();
    const asc = await tickets.query().index('by-line-priority', { partition: ['support'] }).getMany();
    expect(asc.results.map((r) => r.key)).toEqual(['t2', 't1', 't4']);
    const desc = await tickets.query().index('by-line-priority', { partition: ['support'] }).sort(Sort.DESC).getMany();
    expect(desc.results.map((r) => r.key)).toEqual(['t4', 't1', 't2']);
  });

  it('applies a range condition (where) to the index range attribute', async () => {
    await seed();
    const between = await tickets.query().index('by-line-priority', { partition: ['support'] }).where(WhereConditions.between(2, 5)).getMany();
    expect(between.results.map((r) => r.key)).toEqual(['t1', 't4']);
    const begins = await tickets.query().index('by-line-status', { partition: ['support'] }).where(WhereConditions.beginsWith('e')).getMany();
    expect(begins.results).toEqual([{ key: 't4', value: { line: 'support', status: 'escalated', priority: 5, open: true, score: 0.5 } }]);
  });

  it('applies and/or filters to any attribute', async () => {
    await seed();
    const and = await tickets.query().index('priority')
      .filters(new Filter<Ticket>().and('open', FilterConditions.equalTo(true)).and('line', FilterConditions.notEqualTo('billing')))
      .getMany();
    expect(and.results.map((r) => r.key)).toEqual(['t1', 't4']);
    const or = await tickets.query().index('priority')
      .filters(new Filter<Ticket>().or('status', FilterConditions.equalTo('closed')).or('score', FilterConditions.exists()))
      .getMany();
    expect(or.results.map((r) => r.key)).toEqual(['t2', 't4']);
  });

  it('queries the implicit by-key index with a key prefix', async () => {
    await seed();
    await tickets.set('u1', { line: 'x', status: 'open', priority: 9 });
    const page = await tickets.query().index('by-key').where(WhereConditions.beginsWith('t')).getMany();
    expect(page.results.map((r) => r.key)).toEqual(['t1', 't2', 't3', 't4']);
  });

  it('pages entity results with limit and cursor', async () => {
    for (let i = 0; i < 7; i++) await tickets.set(`p${i}`, { line: 'l', status: 's', priority: 10 - i });
    const first = await tickets.query().index('priority').limit(3).getMany();
    expect(first.results.map((r) => r.key)).toEqual(['p6', 'p5', 'p4']);
    const second = await tickets.query().index('priority').limit(3).cursor(first.nextCursor ?? '').getMany();
    expect(second.results.map((r) => r.key)).toEqual(['p3', 'p2', 'p1']);
    const third = await tickets.query().index('priority').limit(3).cursor(second.nextCursor ?? '').getMany();
    expect(third.results.map((r) => r.key)).toEqual(['p0']);
    expect(third.nextCursor).toBeUndefined();
    expect((await apiError(tickets.query().index('priority').limit(101).getMany())).code).toBe('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
  });

  it('rejects a value whose attribute has the wrong type (INCORRECT_PROPERTY_TYPE)', async () => {
    const wrong = { line: 'l', status: 's', priority: 2 ** 31 };
    const error = await apiError(tickets.set('bad', wrong));
    expect([error.code, error.responseDetails.status]).toEqual(['INCORRECT_PROPERTY_TYPE', 400]);
    expect((await apiError(tickets.set('bad', { line: 'l', status: 's', priority: '5' } as unknown as Ticket))).code).toBe('INCORRECT_PROPERTY_TYPE');
  });

  it('rejects an undeclared attribute (INVALID_ENTITY_VALUE)', async () => {
    const error = await apiError(tickets.set('extra', { line: 'l', status: 's', priority: 1, colour: 'red' } as unknown as Ticket));
    expect(error.code).toBe('INVALID_ENTITY_VALUE');
  });

  it('rejects an undeclared entity (404 SCHEMA_NOT_FOUND) and an unknown index (INVALID_ENTITY_INDEX)', async () => {
    const error = await apiError(kvs.entity('nope').set('k', { a: 1 }));
    expect([error.code, error.responseDetails.status]).toEqual(['SCHEMA_NOT_FOUND', 404]);
    expect((await apiError(tickets.query().index('by-colour').getMany())).code).toBe('INVALID_ENTITY_INDEX');
  });

  it('applies the key limits to entity keys (EMPTY_KEY, INVALID_KEY)', async () => {
    const value = { line: 'l', status: 's', priority: 1 };
    expect((await apiError(tickets.set('', value))).code).toBe('EMPTY_KEY');
    expect((await apiError(tickets.set('a/b', value))).code).toBe('INVALID_KEY');
  });
});
