import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/problem.ts';
import type { RouteAccess } from '../../../platform/http/route-access.ts';
import { auditIdentityEvent } from '../audit-trail.ts';
import { isRole } from '../roles.ts';
import { enrolmentRequired } from '../second-factor/errors.ts';
import { sessionCookieOf } from '../sessions/cookie.ts';
import { resolveSession } from '../sessions/resolve-session.ts';
import { csrfTokenMatches } from '../sessions/tokens.ts';
import { type Actor, unauthenticated } from './actor.ts';

/** One row of the route table: what each route declares about access. */
export interface RouteAccessEntry {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

const tables = new WeakMap<FastifyInstance, RouteAccessEntry[]>();

/** Every route registered after the access core, with its declared access (for the route-table test). */
export function routeAccessTable(app: FastifyInstance): readonly RouteAccessEntry[] {
  return tables.get(app) ?? [];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrfRefused = () =>
  new AppError(
    403,
    'auth.csrf',
    'Missing or wrong CSRF token',
    'Send the X-CSRF-Token header your session was given.',
  );

const forbidden = () =>
  new AppError(403, 'auth.forbidden', 'Not allowed', 'None of your roles may use this.');

/**
 * The access core's gate, in front of every route: reads the session cookie, loads the actor fresh
 * (roles and active state as they are now), refuses routes the request may not reach, and checks
 * the CSRF token of every state-changing request that carries the cookie. Must be set up before
 * any route, so that the route table sees them all.
 */
export async function setUpAccess(app: FastifyInstance, options: { db: Database; config: Config }) {
  const { db, config } = options;
  await app.register(cookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);

  const table: RouteAccessEntry[] = [];
  tables.set(app, table);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (typeof access === 'object' && !access.roles.every(isRole)) {
      throw new Error(`${route.url} names an unknown role in config.access`);
    }
    for (const method of [route.method].flat()) table.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const config_ = request.routeOptions.config;
    const access = accessOf(config_.access, config_.url ?? '');
    const token = sessionCookieOf(request);
    if (token !== undefined && access !== 'sign-in' && isApi(config_.url)) {
      const resolved = await resolveSession(db, token, config.session.idleMinutes, config.environment);
      request.actor = resolved?.actor ?? null;
      request.session = resolved?.session ?? null;
    }
    if (access !== 'public' && access !== 'sign-in') {
      if (!request.actor) throw unauthenticated();
    }
    if (token !== undefined && access !== 'sign-in' && !SAFE_METHODS.has(request.method)) {
      const presented = request.headers['x-csrf-token'];
      if (!csrfTokenMatches(token, typeof presented === 'string' ? presented : undefined))
        throw csrfRefused();
    }
    if (
      request.actor &&
      request.session?.standing === 'enrolment_only' &&
      !reachableBeforeSecondFactor(access)
    ) {
      await recordRefusal(db, request, request.actor, 'mfa_enrolment');
      throw enrolmentRequired();
    }
    if (typeof access === 'object' && request.actor && !holdsOneOf(request.actor, access.roles)) {
      await recordRefusal(db, request, request.actor, 'role');
      throw forbidden();
    }
  });
}

const isApi = (url: string | undefined) => url === '/api' || (url?.startsWith('/api/') ?? false);

/** Outside /api (the web app, its assets, health probes) everything is public; inside, unmarked means signed-in. */
function accessOf(declared: RouteAccess | undefined, url: string): RouteAccess {
  if (declared !== undefined) return declared;
  return isApi(url) ? 'signed-in' : 'public';
}

/** What a session limited to setting up the second factor may still reach. */
const reachableBeforeSecondFactor = (access: RouteAccess) =>
  access === 'public' || access === 'sign-in' || access === 'second-factor-setup';

const holdsOneOf = (actor: Actor, roles: readonly string[]) =>
  actor.roles.some((held) => roles.includes(held.role));

async function recordRefusal(
  db: Database,
  request: FastifyRequest,
  actor: Actor,
  reason: 'role' | 'mfa_enrolment',
) {
  await db.withTenant(actor.tenantId, (tx) =>
    auditIdentityEvent(
      tx,
      actor.tenantId,
      { requestId: request.id, address: request.ip },
      {
        action: 'access.denied',
        outcome: 'denied',
        actor: { userId: actor.userId, organisationId: actor.organisationId },
        subject: { type: 'route', id: null },
        details: { method: request.method, route: request.routeOptions.config.url ?? '', reason },
      },
    ),
  );
}
