import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import { beforeEach } from 'vitest';
import type { SignedInClient } from './factories.ts';

// Helpers for second-factor tests. The test app checks TOTP codes at the time of a clock the test
// moves step by step (buildTestApp's totpClock), so every code is made for an exact 30-second step
// and no test depends on when it happens to run. Nothing else is faked: the database keeps its time.

const STEP_SECONDS = 30;

export interface TotpClock {
  /** The clock to give buildTestApp, in epoch seconds. */
  now: () => number;
  /** Moves the clock to `step` steps after the test's first step (each test starts at step 0). */
  goTo(step: number): void;
  /** The code the app shows at `step` (default: the step the clock is at now). */
  code(secret: string, step?: number): Promise<string>;
}

export function useTotpClock(): TotpClock {
  // The middle of a step, so that one step either side is unambiguous.
  const base = (Math.floor(Date.now() / 1000 / STEP_SECONDS) + 1) * STEP_SECONDS + STEP_SECONDS / 2;
  let current = 0;
  beforeEach(() => {
    current = 0;
  });
  const at = (step: number) => base + step * STEP_SECONDS;
  return {
    now: () => at(current),
    goTo(step) {
      current = step;
    },
    code: (secret, step = current) => generate({ secret, epoch: at(step) }),
  };
}

/** A test address of its own, so one test's failures never throttle another's (TEST-NET-3). */
export const freshAddress = () => `203.0.113.${randomBytes(1)[0]}`;

/** POST /api/v1/auth/login with an optional second factor. */
export function loginWithCode(
  app: FastifyInstance,
  user: { username: string; password: string },
  totp: string | undefined,
  address = '192.0.2.50',
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: user.username, password: user.password, ...(totp === undefined ? {} : { totp }) },
    remoteAddress: address,
  });
}

/** What a browser keeps from a response that set the session cookie and named the CSRF token. */
export function clientOf(
  response: LightMyRequestResponse,
  csrfToken: string,
  sessionId: string,
): SignedInClient {
  const cookie = response.cookies.find((candidate) => candidate.name === 'pathways_session');
  if (!cookie) throw new Error(`no session cookie: ${response.statusCode} ${response.body}`);
  return {
    token: cookie.value,
    csrfToken,
    sessionId,
    headers: ({ csrf = true } = {}) => ({
      cookie: `pathways_session=${cookie.value}`,
      ...(csrf ? { 'x-csrf-token': csrfToken } : {}),
    }),
  };
}

/** Signs in with a code and returns the session, failing the test on any other answer. */
export async function signInWithCode(
  app: FastifyInstance,
  user: { username: string; password: string },
  totp: string,
): Promise<SignedInClient> {
  const response = await loginWithCode(app, user, totp);
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{ csrfToken: string; session: { id: string } }>();
  return clientOf(response, body.csrfToken, body.session.id);
}

export interface Enrolled {
  secret: string;
  recoveryCodes: string[];
  /** The session that replaced the one enrolment was made in. */
  client: SignedInClient;
}

/** Starts enrolment and returns its answer, failing the test on any other answer. */
export async function startEnrolment(app: FastifyInstance, client: SignedInClient) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/mfa/enrolment',
    headers: client.headers(),
  });
  if (response.statusCode !== 200)
    throw new Error(`enrolment failed: ${response.statusCode} ${response.body}`);
  return response.json<{ secret: string; otpauthUri: string; qrCode: string; expiresAt: string }>();
}

export function confirmEnrolment(app: FastifyInstance, client: SignedInClient, code: string) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/mfa/enrolment/confirm',
    headers: client.headers(),
    payload: { code },
  });
}

/** Sets up an authenticator for the signed-in user at the clock's current step. */
export async function enrol(
  app: FastifyInstance,
  client: SignedInClient,
  clock: TotpClock,
): Promise<Enrolled> {
  const { secret } = await startEnrolment(app, client);
  const response = await confirmEnrolment(app, client, await clock.code(secret));
  if (response.statusCode !== 200) throw new Error(`confirm failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{
    recoveryCodes: string[];
    signedIn: { csrfToken: string; session: { id: string } };
  }>();
  return {
    secret,
    recoveryCodes: body.recoveryCodes,
    client: clientOf(response, body.signedIn.csrfToken, body.signedIn.session.id),
  };
}
