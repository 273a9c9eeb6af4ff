import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { connectionPool } from './postgres.ts';

// A server keeps prepared statements per connection: only PostgreSQL has them to look at.
describe.skipIf(testDatabaseKind() !== 'postgres')('prepared statements on postgres', () => {
  const pool = () => connectionPool(process.env.DATABASE_URL ?? '', 1, 'pathways-test');
  let shared: ReturnType<typeof pool>;

  beforeAll(() => {
    shared = pool();
  });
  afterAll(() => shared?.end());

  const prepared = async () =>
    (
      await shared.query<{ name: string; statement: string }>(
        `select name, statement from pg_prepared_statements where name like 'pw\\_%' order by statement`,
      )
    ).rows;

  it('prepares each parameterised query once per connection, named after its text', async () => {
    for (let round = 0; round < 3; round += 1) {
      await shared.query({ text: 'select $1::int + 1 as next', values: [round] });
      await shared.query({ text: 'select $1::text as word' }, ['again']);
      await shared.query('select $1::int * 2 as twice', [round]);
    }
    const statements = await prepared();
    expect(statements.map((row) => row.statement)).toEqual([
      'select $1::int * 2 as twice',
      'select $1::int + 1 as next',
      'select $1::text as word',
    ]);
    expect(new Set(statements.map((row) => row.name)).size).toBe(3);
  });

  it('leaves plain statements without parameters, and explicitly named ones, as they are', async () => {
    await shared.query('select 42 as answer');
    await shared.query({ text: 'select $1::int as chosen', values: [1], name: 'chosen_by_caller' });
    const names = (await shared.query<{ name: string }>('select name from pg_prepared_statements')).rows.map(
      (row) => row.name,
    );
    expect(names).toContain('chosen_by_caller');
    expect((await prepared()).map((row) => row.statement)).not.toContain('select 42 as answer');
  });
});
