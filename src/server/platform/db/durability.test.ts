import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { AsynchronousCommitError, expectDurableCommits } from './durability.ts';

// The server refuses to start where its flush after an audited commit would not wait for the disk.
describe(`commits that wait for the disk on ${testDatabaseKind()}`, () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test?.destroy());

  it('accepts a database that commits synchronously, as both databases do by default', async () => {
    await expect(expectDurableCommits(test.db)).resolves.toBeUndefined();
  });

  it.runIf(testDatabaseKind() === 'postgres')(
    'refuses a database whose connections commit without waiting, and says how to fix it',
    async () => {
      await test.superuser(
        'do $$ begin execute format($f$alter database %I set synchronous_commit = off$f$, current_database()); end $$',
      );
      // Settings of the database apply to connections opened after the change.
      const fresh = test.openPool(1);
      const refusal = expectDurableCommits(fresh);
      await expect(refusal).rejects.toBeInstanceOf(AsynchronousCommitError);
      await expect(refusal).rejects.toThrow(/synchronous_commit = on/);
    },
  );
});
