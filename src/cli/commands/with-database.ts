import { loadConfig } from '../../server/platform/config/config.ts';
import type { Database } from '../../server/platform/db/database.ts';
import { openDatabase } from '../../server/platform/db/open-database.ts';

/** Opens the configured database for one command and always closes it. */
export async function withDatabase<T>(
  work: (db: Database, config: ReturnType<typeof loadConfig>) => Promise<T>,
) {
  const config = loadConfig();
  const db = await openDatabase(config, { warn: (object, message) => console.warn(message, object) });
  try {
    return await work(db, config);
  } finally {
    await db.close();
  }
}

export function describeDatabase(config: ReturnType<typeof loadConfig>): string {
  if (!config.databaseUrl) return `embedded PostgreSQL (PGlite) in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
