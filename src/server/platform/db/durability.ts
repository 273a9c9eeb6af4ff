import type { Database } from './database.ts';

/**
 * Refuses to run on a database that does not wait for the disk at commit.
 *
 * Audited work is on disk before its request is answered because the transaction helpers end it
 * with a flush that commits synchronously (FLUSH in database.ts). With `synchronous_commit` turned
 * off for the database or the role Pathways connects as, that flush returns at once, and a crash
 * could lose audit entries of reads that were already answered. A trail that may lose its last
 * moments is not the one Pathways promises, so the server does not start on it.
 */
export async function expectDurableCommits(db: Database): Promise<void> {
  const setting = await db.unsafeRawSession(async (session) => {
    const [row] = await session.query<{ setting: string }>(
      "select current_setting('synchronous_commit') as setting",
    );
    return row?.setting;
  });
  if (setting === 'off') throw new AsynchronousCommitError();
}

export class AsynchronousCommitError extends Error {
  constructor() {
    super(
      "The database commits without waiting for the disk (synchronous_commit is off for Pathways' " +
        'database or role), so audit entries could be lost after their request was answered. Turn it ' +
        'back on, for example: ALTER DATABASE <name> SET synchronous_commit = on; ALTER ROLE <role> ' +
        'SET synchronous_commit = on.',
    );
    this.name = 'AsynchronousCommitError';
  }
}
