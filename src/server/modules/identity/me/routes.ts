import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { signedIn, unauthenticated } from '../access/actor.ts';
import { loadProfile } from '../directory/accounts.ts';
import { presentSignedIn } from '../presenter.ts';
import { SIGNED_IN_ERRORS, SignedIn } from '../schemas.ts';

/** GET /api/v1/me: who is signed in, with roles, scopes and the CSRF token. */
export async function meRoutes(app: FastifyInstance, options: { db: Database; config: Config }) {
  const { db, config } = options;
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/me',
    {
      // Reachable before the second factor is set up: the web app learns from it where to go next.
      config: { access: 'second-factor-setup' },
      schema: {
        tags: ['identity'],
        summary: 'The signed-in user, organisation, roles and scopes, and the CSRF token',
        response: { 200: SignedIn, 401: SIGNED_IN_ERRORS[401] },
      },
    },
    async (request, reply) => {
      const { actor, session } = signedIn(request);
      const profile = await db.withTenant(actor.tenantId, (tx) => loadProfile(tx, actor.userId));
      if (!profile) throw unauthenticated();
      return reply
        .header('cache-control', 'no-store')
        .send(presentSignedIn(profile, session, session.csrfToken, config.environment));
    },
  );
}
