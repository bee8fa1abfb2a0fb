import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngine, type TestApp } from '../../test/test-app';
import { directPgText, sqlIn, sqlStatements } from './sql';

describe(directPgText.name, () => {
  it('numbers the placeholders for pg', () => {
    expect(directPgText('select ? as a, ?::int as b where x = ?', ['x', 1, null])).toBe(
      'select $1 as a, $2::int as b where x = $3',
    );
  });

  it('leaves to the ORM what pg would bind differently or the ORM reads as more than a value', () => {
    expect(directPgText('select ?', [['a', 'b']])).toBeNull();
    expect(directPgText('select ?', [{ a: 1 }])).toBeNull();
    expect(directPgText('select ?', [Buffer.from('a')])).toBeNull();
    expect(directPgText('select ?', [undefined])).toBeNull();
    expect(directPgText('select ?', [Number.NaN])).toBeNull();
    expect(directPgText('select ?? from t where a = ?', ['col', 1])).toBeNull();
    expect(directPgText('select \\? where a = ?', [1])).toBeNull();
  });

  it('refuses a count of values unlike the placeholders', () => {
    expect(directPgText('select ?, ?', [1])).toBeNull();
    expect(directPgText('select 1', [1])).toBeNull();
  });
});

describe(`${sqlIn.name} on ${testEngine()}`, () => {
  let sut: TestApp;
  let em: EntityManager;

  beforeAll(async () => {
    sut = await createTestApp();
    em = sut.em();
    await sqlIn(em, 'create table sql_spec (id uuid primary key, at timestamptz, n int, ok boolean, note text)');
  });
  afterAll(async () => {
    await sqlIn(em, 'drop table if exists sql_spec').catch(() => undefined);
    await sut?.close();
  });

  const ormRows = (query: string, params: unknown[]) => em.getConnection().execute(query, params, 'all');

  it('answers with the same rows as the ORM for every kind of value it binds', async () => {
    const id = randomUUID();
    const at = new Date('2026-03-01T22:30:00.123Z');
    await sqlIn(em, 'insert into sql_spec (id, at, n, ok, note) values (?, ?, ?, ?, ?)', [
      id,
      at,
      42,
      true,
      'it\'s a "quote", a ? and a $1',
    ]);
    const query = 'select id, at, n, ok, note, ?::int + 1 as next, ? as nothing from sql_spec where id = ? and at = ?';
    const params = [7, null, id, at];
    const direct = await sqlIn(em, query, params);
    expect(direct).toEqual(await ormRows(query, params));
    expect(direct).toHaveLength(1);
    expect(direct[0]).toMatchObject({ n: 42, ok: true, note: 'it\'s a "quote", a ? and a $1', next: 8, nothing: null });
  });

  it("runs inside the caller's transaction: its own uncommitted row is seen there, and nowhere else", async () => {
    const id = randomUUID();
    const outside = em.fork();
    let seenInside: unknown[] = [];
    let seenOutside: unknown[] = [];
    await em
      .fork()
      .transactional(async (trx) => {
        await sqlIn(trx, 'insert into sql_spec (id, n) values (?, ?)', [id, 1]);
        seenInside = await sqlIn(trx, 'select id from sql_spec where id = ?', [id]);
        // PGlite has one connection, held by this transaction: only PostgreSQL can look from outside.
        if (testEngine() === 'postgresql')
          seenOutside = await sqlIn(outside, 'select id from sql_spec where id = ?', [id]);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(seenInside).toEqual([{ id }]);
    expect(seenOutside).toEqual([]);
    expect(await sqlIn(em, 'select id from sql_spec where id = ?', [id])).toEqual([]);
  });

  it('keeps a query from outside out of a transaction in progress (PGlite: it waits for the one connection)', async () => {
    const id = randomUUID();
    let outsideRead: Promise<unknown[]> = Promise.resolve([]);
    await em
      .fork()
      .transactional(async (trx) => {
        await sqlIn(trx, 'insert into sql_spec (id, n) values (?, ?)', [id, 1]);
        outsideRead = sqlIn(em.fork(), 'select id from sql_spec where id = ?', [id]);
        // Time for the outside read to run now, if it could get in.
        await new Promise((done) => setTimeout(done, 100));
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(await outsideRead).toEqual([]);
  });

  it("fails as the database says, with PostgreSQL's code", async () => {
    await expect(sqlIn(em, 'select ?::uuid', ['not-a-uuid'])).rejects.toMatchObject({ code: '22P02' });
  });

  it('runs statements without parameters in order, in the transaction', async () => {
    const id = randomUUID();
    let inside: unknown[] = [];
    await em
      .fork()
      .transactional(async (trx) => {
        await sqlStatements(trx, [
          `insert into sql_spec (id, n) values ('${id}', 1)`,
          'savepoint spec',
          `update sql_spec set n = n + 1 where id = '${id}'`,
          'rollback to savepoint spec',
          `update sql_spec set n = n + 10 where id = '${id}'`,
        ]);
        inside = await sqlIn(trx, 'select n from sql_spec where id = ?', [id]);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(inside).toEqual([{ n: 11 }]);
    expect(await sqlIn(em, 'select n from sql_spec where id = ?', [id])).toEqual([]);
  });
});
