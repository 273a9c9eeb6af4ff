import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/platform/config/config.ts';
import type { Database } from '../../src/server/platform/db/database.ts';
import { readMigrations } from '../../src/server/platform/db/migrate.ts';

/** The installation key of every test app, unless a test gives its own: fixed, so tests can decrypt. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 'pathways test key');

export interface TestAppOptions {
  db: Database;
  /** The installation key (default TEST_SECRET_KEY). */
  secretKey?: Buffer;
  /** The time TOTP codes are checked at, in epoch seconds (default: the system clock). */
  totpClock?: () => number;
  /** Environment variables on top of the test defaults. */
  env?: Record<string, string>;
  webRoot?: string;
  logStream?: NodeJS.WritableStream;
  /** Extra routes for a test, added before the app is ready. */
  routes?: (app: FastifyInstance) => void;
}

/** The real application on a test database, ready for `inject`; nothing is switched off. */
export async function buildTestApp(options: TestAppOptions): Promise<FastifyInstance> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const app = await buildApp({
    config,
    db: options.db,
    secretKey: options.secretKey ?? TEST_SECRET_KEY,
    ...(options.totpClock ? { totpClock: options.totpClock } : {}),
    migrations: await readMigrations(),
    version: '0.0.0-test',
    webRoot: options.webRoot ?? '/nonexistent-web-root',
    ...(options.logStream ? { logStream: options.logStream } : {}),
  });
  options.routes?.(app);
  await app.ready();
  return app;
}
