import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { signedIn } from '../access/actor.ts';
import { setSessionCookie } from '../sessions/cookie.ts';
import { confirmEnrolment } from './confirm-enrolment.ts';
import { regenerateRecoveryCodes } from './regenerate-recovery-codes.ts';
import { removeSecondFactor } from './remove-second-factor.ts';
import {
  ConfirmEnrolmentRequest,
  EnrolmentConfirmed,
  EnrolmentStarted,
  RecoveryCodes,
  RegenerateRecoveryCodesRequest,
  RemoveSecondFactorRequest,
  SecondFactorStatus,
} from './schemas.ts';
import { secondFactorStatus } from './second-factor-status.ts';
import { startEnrolment } from './start-enrolment.ts';
import type { TotpContext } from './totp-context.ts';

const origin = (request: FastifyRequest) => ({ requestId: request.id, address: request.ip });

// 401 auth.unauthenticated; 403 auth.csrf, a wrong code or password, or (on full-session routes)
// auth.mfa_enrolment_required; 409 for a second factor in the wrong state; 429 auth.throttled.
const SETUP_ERRORS = { 400: Problem, 401: Problem, 403: Problem, 409: Problem };
const CHANGE_ERRORS = { ...SETUP_ERRORS, 429: Problem };

/** The signed-in user's own second factor: set it up, look at it, replace its recovery codes, remove it. */
export async function secondFactorRoutes(
  app: FastifyInstance,
  options: { db: Database; config: Config; totp: TotpContext },
) {
  const { db, config, totp } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    '/api/v1/auth/mfa',
    {
      config: { access: 'second-factor-setup' },
      schema: {
        tags: ['identity'],
        summary: 'Your second factor: whether it is set up, and how many recovery codes are left',
        response: { 200: SecondFactorStatus, 401: Problem },
      },
    },
    async (request, reply) => {
      const { actor } = signedIn(request);
      return reply.header('cache-control', 'no-store').send(await secondFactorStatus(db, actor));
    },
  );

  routes.post(
    '/api/v1/auth/mfa/enrolment',
    {
      config: { access: 'second-factor-setup' },
      schema: {
        tags: ['identity'],
        summary: 'Start setting up an authenticator app: a new secret, its otpauth URI and QR code',
        response: { 200: EnrolmentStarted, 401: Problem, 403: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const { actor } = signedIn(request);
      const started = await startEnrolment(db, totp, actor, origin(request));
      return reply.header('cache-control', 'no-store').send(started);
    },
  );

  routes.post(
    '/api/v1/auth/mfa/enrolment/confirm',
    {
      config: { access: 'second-factor-setup' },
      schema: {
        tags: ['identity'],
        summary:
          'Finish setting up with a code from the app: returns ten recovery codes (shown once) and a new session',
        body: ConfirmEnrolmentRequest,
        response: { 200: EnrolmentConfirmed, ...SETUP_ERRORS },
      },
    },
    async (request, reply) => {
      const current = signedIn(request);
      const { answer, token } = await confirmEnrolment(
        db,
        totp,
        config,
        current,
        { ...origin(request), userAgent: request.headers['user-agent'] ?? null },
        request.body.code,
      );
      setSessionCookie(request, reply, token);
      return reply.header('cache-control', 'no-store').send(answer);
    },
  );

  routes.post(
    '/api/v1/auth/mfa/recovery-codes',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['identity'],
        summary:
          'Replace your recovery codes with ten new ones (needs a current code); the old ones stop working',
        body: RegenerateRecoveryCodesRequest,
        response: { 200: RecoveryCodes, ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => {
      const { actor } = signedIn(request);
      const recoveryCodes = await regenerateRecoveryCodes(
        db,
        totp,
        config.signInThrottle,
        actor,
        origin(request),
        request.body.code,
      );
      return reply.header('cache-control', 'no-store').send({ recoveryCodes });
    },
  );

  routes.delete(
    '/api/v1/auth/mfa',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['identity'],
        summary: 'Remove your second factor (needs your password and a current code or a recovery code)',
        body: RemoveSecondFactorRequest,
        response: { 204: Type.Null(), ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => {
      const { actor } = signedIn(request);
      await removeSecondFactor(db, totp, config.signInThrottle, actor, origin(request), request.body);
      return reply.code(204).send(null);
    },
  );
}
