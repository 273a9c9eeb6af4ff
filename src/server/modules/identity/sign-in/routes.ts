import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/problem.ts';
import { auditIdentityEvent } from '../audit-trail.ts';
import { LOGIN_ERRORS, LoginRequest, SIGNED_IN_ERRORS, SignedIn } from '../schemas.ts';
import type { TotpContext } from '../second-factor/totp-context.ts';
import { clearSessionCookie, setSessionCookie } from '../sessions/cookie.ts';
import { revokeSession } from '../sessions/repository.ts';
import { signIn } from './sign-in.ts';

/** POST /api/v1/auth/login and /logout. */
export async function signInRoutes(
  app: FastifyInstance,
  options: { db: Database; config: Config; totp: TotpContext },
) {
  const { db, config, totp } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.post(
    '/api/v1/auth/login',
    {
      config: { access: 'sign-in' },
      schema: {
        tags: ['identity'],
        summary:
          'Sign in with username, password and, once set up, the second factor (a TOTP or recovery code in `totp`); sets the pathways_session cookie',
        body: LoginRequest,
        response: { 200: SignedIn, ...LOGIN_ERRORS },
      },
    },
    async (request, reply) => {
      const origin = {
        requestId: request.id,
        address: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      };
      try {
        const { answer, token } = await signIn(db, { ...config, totp }, { ...request.body, origin });
        setSessionCookie(request, reply, token);
        return reply.header('cache-control', 'no-store').send(answer);
      } catch (error) {
        // No username in the log: people type passwords into the wrong field.
        if (error instanceof AppError) request.log.info({ code: error.code }, 'sign-in refused');
        throw error;
      }
    },
  );

  routes.post(
    '/api/v1/auth/logout',
    {
      // Public: signing out of a session that has already ended still succeeds (and clears the cookie).
      config: { access: 'public' },
      schema: {
        tags: ['identity'],
        summary: 'Sign out: ends the session on the server and clears the cookie',
        response: { 204: Type.Null(), 403: SIGNED_IN_ERRORS[403] },
      },
    },
    async (request, reply) => {
      const { actor, session } = request;
      if (actor && session) {
        await db.withTenant(actor.tenantId, async (tx) => {
          await revokeSession(tx, actor.userId, session.id, 'sign_out');
          await auditIdentityEvent(
            tx,
            actor.tenantId,
            { requestId: request.id, address: request.ip },
            {
              action: 'auth.sign_out',
              outcome: 'allowed',
              actor: { userId: actor.userId, organisationId: actor.organisationId },
              subject: { type: 'session', id: session.id },
            },
          );
        });
      }
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );
}
