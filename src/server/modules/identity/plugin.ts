import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import { meRoutes } from './me/routes.ts';
import { dummyPasswordHash } from './passwords/hashing.ts';
import { sessionRoutes } from './sessions/routes.ts';
import { signInRoutes } from './sign-in/routes.ts';

/** The identity module's routes. The access hook itself is set up earlier (access/access-hook.ts). */
export async function identityRoutes(app: FastifyInstance, options: { db: Database; config: Config }) {
  // Made before the first sign-in, so that the first unknown username costs no more than later ones.
  await dummyPasswordHash();
  await app.register(signInRoutes, options);
  await app.register(meRoutes, options);
  await app.register(sessionRoutes, options);
}
