import path from 'node:path';
import type { Config } from '../config/config.ts';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database } from './database.ts';
import { openPglite, pgliteDatabase } from './pglite.ts';
import { postgresDatabase } from './postgres.ts';

interface Logger {
  warn(object: object, message: string): void;
}

/**
 * Opens the database the configuration names: the PostgreSQL server of DATABASE_URL, or the
 * embedded database in the data directory, locked for this process.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  if (config.databaseUrl) {
    return postgresDatabase(config.databaseUrl, config.databasePoolSize, (error) =>
      logger.warn({ err: error }, 'an idle database connection was lost; the pool will reconnect'),
    );
  }
  const release = await lockDataDir(config.dataDir);
  try {
    const client = await openPglite(path.join(config.dataDir, 'pglite'));
    return pgliteDatabase(client, release);
  } catch (error) {
    await release();
    throw error;
  }
}
