import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import { meRoutes } from './me/routes.ts';
import { dummyPasswordHash } from './passwords/hashing.ts';
import { secondFactorRoutes } from './second-factor/routes.ts';
import { totpContext } from './second-factor/totp-context.ts';
import { sessionRoutes } from './sessions/routes.ts';
import { signInRoutes } from './sign-in/routes.ts';

/** The identity module's routes. The access hook itself is set up earlier (access/access-hook.ts). */
export async function identityRoutes(
  app: FastifyInstance,
  options: {
    db: Database;
    config: Config;
    secretKey: Buffer;
    /** The time TOTP codes are checked at, in epoch seconds (default: the system clock). */
    totpClock?: (() => number) | undefined;
  },
) {
  const { db, config } = options;
  // Made before the first sign-in, so that the first unknown username costs no more than later ones.
  await dummyPasswordHash();
  const totp = totpContext(options.secretKey, options.totpClock);
  await app.register(signInRoutes, { db, config, totp });
  await app.register(meRoutes, { db, config });
  await app.register(sessionRoutes, { db, config });
  await app.register(secondFactorRoutes, { db, config, totp });
}
