import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { OpeningCheck, withOpeningCheck } from '../../../platform/db/opening-check.ts';
import { AppError } from '../../../platform/http/problem.ts';
import type { RouteAccess } from '../../../platform/http/route-access.ts';
import { auditIdentityEvent } from '../audit-trail.ts';
import { isRole } from '../roles.ts';
import { enrolmentRequired } from '../second-factor/errors.ts';
import { sessionCookieOf } from '../sessions/cookie.ts';
import { SESSION_CHANGED, sessionCheckStatement } from '../sessions/repository.ts';
import { type ResolvedSession, resolveSession } from '../sessions/resolve-session.ts';
import { SessionMemory } from '../sessions/session-memory.ts';
import { csrfTokenMatches, sessionTokenHash } from '../sessions/tokens.ts';
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
 *
 * A read-only request (GET, HEAD) to a route for signed-in users may start from the session as this
 * server last resolved it (SessionMemory) instead of resolving it in a round trip of its own: its
 * first transaction then checks, with BEGIN, that the session is live and unchanged
 * (app_check_session), and no other transaction of it runs before that check has passed. If it
 * fails, everything the request did rolls back with that transaction, and the request is served
 * again from a fresh resolution: a role change or deactivation still takes effect on the very next
 * request.
 */
export async function setUpAccess(app: FastifyInstance, options: { db: Database; config: Config }) {
  const { db, config } = options;
  const memory = new SessionMemory();
  await app.register(cookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionCheck', null);

  /** The session a token names as it is now, remembered for the next request (or forgotten). */
  const resolveAndRemember = async (token: string) => {
    const fresh = await resolveSession(db, token, config.session.idleMinutes, config.environment);
    if (fresh) memory.remember(fresh);
    else memory.forget(sessionTokenHash(token));
    return fresh;
  };

  /** Resolves the request's session afresh, then admits the request or refuses it. */
  const admitFresh = async (request: FastifyRequest) => {
    const { access, token } = accessRequest(request);
    if (token !== undefined && access !== 'sign-in' && isApi(request.routeOptions.config.url)) {
      const resolved = await resolveAndRemember(token);
      request.actor = resolved?.actor ?? null;
      request.session = resolved?.session ?? null;
    }
    await admit(db, request, access, token);
  };

  /** The check a request starting from a remembered session owes its first transaction. */
  const checkOf = (token: string, remembered: ResolvedSession) =>
    new OpeningCheck(
      remembered.actor.tenantId,
      sessionCheckStatement(
        remembered.actor.tenantId,
        remembered.tokenHash,
        config.session.idleMinutes,
        remembered.fingerprint,
      ),
      SESSION_CHANGED,
      async () => (await resolveAndRemember(token))?.fingerprint === remembered.fingerprint,
    );

  const table: RouteAccessEntry[] = [];
  tables.set(app, table);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (typeof access === 'object' && !access.roles.every(isRole)) {
      throw new Error(`${route.url} names an unknown role in config.access`);
    }
    for (const method of [route.method].flat()) table.push({ method, url: route.url, access });
    // Bad input is answered by the handler's wrapper, once the caller is known to still be who the
    // session says (see servedAgainIfSessionChanged), not by Fastify before the handler runs. So a
    // preHandler hook would see input that failed validation: routes may not have one (nor may the
    // application: work that needs valid input belongs in the handler).
    if (route.preHandler) throw new Error(`${route.url}: preHandler hooks would run on unvalidated input`);
    route.attachValidation = true;
    route.handler = servedAgainIfSessionChanged(route.handler, admitFresh);
  });

  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const { access, token } = accessRequest(request);
    if (token !== undefined && READS.has(request.method) && rememberable(access, request)) {
      const remembered = memory.recall(sessionTokenHash(token));
      // Only a request the remembered session would be admitted to: a refusal is decided fresh.
      if (remembered && (typeof access !== 'object' || holdsOneOf(remembered.actor, access.roles))) {
        request.actor = remembered.actor;
        request.session = remembered.session;
        request.sessionCheck = checkOf(token, remembered);
        return;
      }
    }
    await admitFresh(request);
  });
}

/**
 * The handler, run with the request's session check owed by its first transaction when it starts
 * from a remembered session. Its answer is held back until the check has passed (in a transaction,
 * or on its own for a handler that opened none) and all of its transactions have finished. When the
 * check fails, the held answer is thrown away and the handler runs again after a fresh resolution
 * and admission: nothing of the first run reaches the user, and its transactions rolled back or
 * never ran. Input that failed the route's schema is answered here too, after the same check made
 * on its own, so that a request is refused as signed out before it is told what was wrong with it.
 */
function servedAgainIfSessionChanged(
  handler: RouteHandlerMethod,
  admitFresh: (request: FastifyRequest) => Promise<void>,
): RouteHandlerMethod {
  return async function checkedHandler(this: FastifyInstance, request, reply) {
    const check = request.sessionCheck;
    request.sessionCheck = null;
    if (request.validationError) {
      // A request from a remembered session is judged on its input only once the session is
      // confirmed: a user deactivated since the last request gets 401, not a 400 about the input.
      if (check) {
        await check.confirm();
        if (check.state === 'failed') await admitFresh(request);
      }
      throw request.validationError;
    }
    if (!check) return handler.call(this, request, reply);
    const answer = holdAnswer(reply);
    let outcome: { value: unknown } | { error: unknown };
    try {
      outcome = { value: await withOpeningCheck(check, () => handler.call(this, request, reply)) };
    } catch (error) {
      outcome = { error };
    }
    await check.settled();
    if (check.state === 'pending') await check.confirm();
    if (check.state === 'failed') {
      answer.discard();
      await admitFresh(request);
      return handler.call(this, request, reply);
    }
    if (answer.release()) return reply;
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  };
}

/**
 * Holds back what a handler sends with `reply.send` until `release` sends it; `discard` forgets it
 * and puts the status and headers back as they were, for the handler to run again.
 */
function holdAnswer(reply: FastifyReply) {
  const headers = { ...reply.getHeaders() };
  const statusCode = reply.statusCode;
  let held: { payload: unknown } | undefined;
  const own = reply as unknown as { send?: unknown; then?: unknown };
  own.send = (payload?: unknown) => {
    held = { payload };
    return reply;
  };
  // biome-ignore lint/suspicious/noThenProperty: the reply is thenable (settling once sent), and a handler returning it must not wait on an answer held back: not thenable while held.
  own.then = undefined;
  // The prototype's methods again.
  const restore = () => {
    delete own.send;
    delete own.then;
  };
  return {
    discard() {
      restore();
      held = undefined;
      for (const name of Object.keys(reply.getHeaders())) if (!(name in headers)) reply.removeHeader(name);
      reply.headers(headers);
      reply.code(statusCode);
    },
    /** Sends what was held, if anything was: true when it did. */
    release(): boolean {
      restore();
      if (!held) return false;
      reply.send(held.payload);
      return true;
    },
  };
}

/** The route's declared access and the session cookie a request carries. */
function accessRequest(request: FastifyRequest) {
  const config = request.routeOptions.config;
  return { access: accessOf(config.access, config.url ?? ''), token: sessionCookieOf(request) };
}

/** Read-only methods: the requests that may start from a remembered session. */
const READS = new Set(['GET', 'HEAD']);

/** Routes for signed-in users: public and sign-in routes, and second-factor setup, always resolve. */
const rememberable = (access: RouteAccess, request: FastifyRequest) =>
  (access === 'signed-in' || typeof access === 'object') && isApi(request.routeOptions.config.url);

/** Admits the request with the actor it has, or refuses it (401, 403), recording refusals. */
async function admit(db: Database, request: FastifyRequest, access: RouteAccess, token: string | undefined) {
  if (access !== 'public' && access !== 'sign-in') {
    if (!request.actor) throw unauthenticated();
  }
  if (token !== undefined && access !== 'sign-in' && !SAFE_METHODS.has(request.method)) {
    const presented = request.headers['x-csrf-token'];
    if (!csrfTokenMatches(token, typeof presented === 'string' ? presented : undefined)) throw csrfRefused();
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
