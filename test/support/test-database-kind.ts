/** Which database the server tests run on: PGlite unless PATHWAYS_TEST_DB=postgres. */
export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.PATHWAYS_TEST_DB ?? 'pglite';
  if (kind !== 'pglite' && kind !== 'postgres')
    throw new Error(`PATHWAYS_TEST_DB must be pglite or postgres, not ${kind}`);
  if (kind === 'postgres' && !process.env.DATABASE_URL) {
    throw new Error(
      'PATHWAYS_TEST_DB=postgres needs DATABASE_URL (a PostgreSQL server the tests may create databases on)',
    );
  }
  return kind;
}

/** The connection string of another database on the same server as DATABASE_URL. */
export function databaseUrlFor(name: string): string {
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}
