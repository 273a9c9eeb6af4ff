import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { notFound, Problem } from '../../../platform/http/problem.ts';
import { signedIn } from '../access/actor.ts';
import { auditIdentityEvent } from '../audit-trail.ts';
import { SessionList, SessionParams, SIGNED_IN_ERRORS } from '../schemas.ts';
import { clearSessionCookie } from './cookie.ts';
import { listLiveSessions, revokeAllSessions, revokeSession } from './repository.ts';

/** A user has a handful of live sessions; the list shows the newest this many. */
export const SESSION_LIST_LIMIT = 100;

const origin = (request: FastifyRequest) => ({ requestId: request.id, address: request.ip });

/** The signed-in user's own sessions: list, revoke one, sign out everywhere. */
export async function sessionRoutes(app: FastifyInstance, options: { db: Database; config: Config }) {
  const { db, config } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    '/api/v1/auth/sessions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['identity'],
        summary: 'Your live sessions, newest first; the one making this request is marked current',
        response: { 200: SessionList, 401: SIGNED_IN_ERRORS[401] },
      },
    },
    async (request, reply) => {
      const { actor, session } = signedIn(request);
      const rows = await db.withTenant(actor.tenantId, (tx) =>
        listLiveSessions(tx, actor.userId, config.session.idleMinutes, SESSION_LIST_LIMIT),
      );
      return reply.header('cache-control', 'no-store').send({
        sessions: rows.map((row) => ({
          ...row,
          createdAt: row.createdAt.toISOString(),
          lastSeenAt: row.lastSeenAt.toISOString(),
          expiresAt: row.expiresAt.toISOString(),
          current: row.id === session.id,
        })),
      });
    },
  );

  routes.delete(
    '/api/v1/auth/sessions/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['identity'],
        summary: 'End one of your sessions (404 for any session that is not yours)',
        params: SessionParams,
        response: { 204: Type.Null(), ...SIGNED_IN_ERRORS, 404: Problem },
      },
    },
    async (request, reply) => {
      const { actor, session } = signedIn(request);
      const sessionId = request.params.id;
      const revoked = await db.withTenant(actor.tenantId, async (tx) => {
        if (!(await revokeSession(tx, actor.userId, sessionId, 'revoked'))) return false;
        await auditIdentityEvent(tx, actor.tenantId, origin(request), {
          action: 'auth.session_revoked',
          outcome: 'allowed',
          actor: { userId: actor.userId, organisationId: actor.organisationId },
          subject: { type: 'session', id: sessionId },
        });
        return true;
      });
      if (!revoked) throw notFound();
      if (sessionId === session.id) clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  routes.post(
    '/api/v1/auth/sessions/revoke-all',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['identity'],
        summary: 'Sign out everywhere: end all your sessions, this one included',
        response: { 204: Type.Null(), ...SIGNED_IN_ERRORS },
      },
    },
    async (request, reply) => {
      const { actor } = signedIn(request);
      await db.withTenant(actor.tenantId, async (tx) => {
        const count = await revokeAllSessions(tx, actor.userId, 'sign_out_everywhere');
        await auditIdentityEvent(tx, actor.tenantId, origin(request), {
          action: 'auth.sign_out_everywhere',
          outcome: 'allowed',
          actor: { userId: actor.userId, organisationId: actor.organisationId },
          subject: { type: 'user', id: actor.userId },
          details: { sessionsEnded: count },
        });
      });
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );
}
