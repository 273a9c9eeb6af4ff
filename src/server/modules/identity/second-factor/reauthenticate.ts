import type { Config } from '../../../platform/config/config.ts';
import type { Database, Tx } from '../../../platform/db/database.ts';
import type { AppError } from '../../../platform/http/problem.ts';
import type { Actor } from '../access/actor.ts';
import type { RequestOrigin } from '../audit-trail.ts';
import { loadAccount } from '../directory/accounts.ts';
import { verifyPassword } from '../passwords/hashing.ts';
import { throttled } from '../sign-in/sign-in.ts';
import {
  lockThrottleKeys,
  recordAttempt,
  secondsUntilAllowed,
  type ThrottleKeys,
  throttleKeys,
} from '../sign-in/throttle.ts';
import { auditSecondFactor } from './audit.ts';
import { notEnrolled, secondFactorRefused, wrongPassword } from './errors.ts';
import { proveSecondFactor } from './prove-second-factor.ts';
import { loadSecondFactorState } from './repository.ts';
import type { TotpContext } from './totp-context.ts';

type Limits = Config['signInThrottle'];

export interface Reauthentication {
  actor: Actor;
  origin: RequestOrigin;
  /** The action a refusal is audited under (outcome denied). */
  action: 'auth.mfa_disabled' | 'auth.recovery_codes_regenerated';
  /** Asked for when the change weakens the account (removing the second factor). */
  password?: string;
  code: string;
}

/**
 * Runs `work` in one tenant transaction once the signed-in user has proved again who they are —
 * their password when asked, and a code of the second factor they have — so that a session left
 * open, or stolen, cannot change the factor. A wrong password or code counts towards the sign-in
 * throttle of the account and the address (it is a guess like any other; 429 once over the limit)
 * and is audited under `action` with the reason; the spent code of a success cannot be used again.
 */
export async function withReauthentication<T>(
  db: Database,
  totp: TotpContext,
  limits: Limits,
  request: Reauthentication,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const { actor, origin } = request;
  const before = await db.withTenant(actor.tenantId, async (tx) => {
    const state = await loadSecondFactorState(tx, actor.userId);
    const account = await loadAccount(tx, actor.userId);
    if (!state || !account) throw new Error('the signed-in user vanished');
    if (state.enrolledAt === null) throw notEnrolled();
    const keys = throttleKeys(state.username, origin.address);
    const wait = await secondsUntilAllowed(tx, keys, limits);
    if (wait > 0) throw throttled(wait);
    return { keys, passwordHash: account.passwordHash };
  });
  // The slow hash runs outside any transaction, as at sign-in.
  const passwordMatches =
    request.password === undefined || (await verifyPassword(before.passwordHash, request.password));

  const outcome = await db.withTenant(
    actor.tenantId,
    async (tx): Promise<{ error: AppError } | { done: T }> => {
      await lockThrottleKeys(tx, before.keys);
      const wait = await secondsUntilAllowed(tx, before.keys, limits);
      if (wait > 0) return { error: throttled(wait) };
      if (!passwordMatches) {
        return { error: await refuse(tx, request, before.keys, limits, 'wrong_password', wrongPassword()) };
      }
      const owner = { tenantId: actor.tenantId, userId: actor.userId };
      const proof = await proveSecondFactor(tx, totp, owner, request.code);
      if (!proof.ok) {
        if (proof.failure === 'not_enrolled') return { error: notEnrolled() };
        const failure = proof.failure === 'missing' ? 'invalid_totp' : proof.failure;
        return {
          error: await refuse(tx, request, before.keys, limits, failure, secondFactorRefused(failure, 403)),
        };
      }
      if (proof.method === 'recovery_code') {
        await auditSecondFactor(tx, actor, origin, 'auth.recovery_code_used', 'allowed', {
          during: request.action,
          recoveryCodesLeft: proof.recoveryCodesLeft,
        });
      }
      return { done: await work(tx) };
    },
  );
  if ('error' in outcome) throw outcome.error;
  return outcome.done;
}

/** Counts the failed proof, audits it (and the lock-out it may cause), and returns the answer. */
async function refuse(
  tx: Tx,
  request: Reauthentication,
  keys: ThrottleKeys,
  limits: Limits,
  reason: string,
  error: AppError,
): Promise<AppError> {
  await recordAttempt(tx, keys, false);
  await auditSecondFactor(tx, request.actor, request.origin, request.action, 'denied', { reason });
  const lockedFor = await secondsUntilAllowed(tx, keys, limits);
  if (lockedFor > 0) {
    await auditSecondFactor(tx, request.actor, request.origin, 'auth.locked_out', 'denied', {
      retryAfterSeconds: lockedFor,
    });
  }
  return error;
}
