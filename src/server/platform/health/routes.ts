import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Database } from '../db/database.ts';
import { isFullyMigrated, type Migration } from '../db/migrate.ts';

const Health = Type.Object({ status: Type.Literal('ok') });
const Readiness = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('unavailable')]),
  checks: Type.Object({
    database: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
    migrations: Type.Union([Type.Literal('ok'), Type.Literal('pending'), Type.Literal('unknown')]),
  }),
});

/** Liveness (the process answers) and readiness (the database answers and is migrated). */
export async function healthRoutes(app: FastifyInstance, options: { db: Database; migrations: Migration[] }) {
  const { db, migrations } = options;
  let closing = false;
  app.addHook('onClose', async () => {
    closing = true;
  });

  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: { tags: ['operations'], summary: 'The process is running', response: { 200: Health } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'The database answers and every migration is applied',
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (request, reply) => {
      let database: 'ok' | 'unavailable' = 'unavailable';
      let migrated: 'ok' | 'pending' | 'unknown' = 'unknown';
      if (!closing) {
        try {
          await db.ping();
          database = 'ok';
          migrated = (await isFullyMigrated(db, migrations)) ? 'ok' : 'pending';
        } catch (error) {
          request.log.warn({ err: error }, 'readiness check failed');
        }
      }
      const ready = database === 'ok' && migrated === 'ok';
      return reply
        .code(ready ? 200 : 503)
        .header('cache-control', 'no-store')
        .send({ status: ready ? 'ready' : 'unavailable', checks: { database, migrations: migrated } });
    },
  );
}
