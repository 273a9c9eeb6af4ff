import type { Config } from '../../../platform/config/config.ts';
import type { Database, Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/problem.ts';
import { auditIdentityEvent, type RequestOrigin } from '../audit-trail.ts';
import { type Account, findLoginName, loadAccount, loadProfile } from '../directory/accounts.ts';
import { mfaRequirement } from '../mfa-policy.ts';
import { verifyPassword } from '../passwords/hashing.ts';
import { presentSignedIn } from '../presenter.ts';
import type { SignedIn } from '../schemas.ts';
import { type SecondFactorFailure, secondFactorRefused } from '../second-factor/errors.ts';
import { proveSecondFactor, type SecondFactorProof } from '../second-factor/prove-second-factor.ts';
import type { TotpContext } from '../second-factor/totp-context.ts';
import { createSession } from '../sessions/repository.ts';
import { csrfTokenFor, newSessionToken, sessionTokenHash } from '../sessions/tokens.ts';
import {
  lockThrottleKeys,
  recordAttempt,
  secondsUntilAllowed,
  type ThrottleKeys,
  throttleKeys,
} from './throttle.ts';

export interface SignInAttempt {
  username: string;
  password: string;
  /** A six-digit TOTP code or a recovery code, for a user who has set up a second factor. */
  totp?: string | undefined;
  origin: RequestOrigin & { userAgent: string | null };
}

type Settings = Pick<Config, 'environment' | 'session' | 'signInThrottle'> & { totp: TotpContext };

/** A user id no row has: unknown usernames load "nobody" the same way known ones load their user. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

export const invalidCredentials = () =>
  new AppError(401, 'auth.invalid_credentials', 'Sign-in failed', 'The username or password is not correct.');

export const throttled = (seconds: number) =>
  new AppError(
    429,
    'auth.throttled',
    'Too many failed sign-ins',
    `Too many failed sign-ins for this account or from this address; try again in ${seconds} seconds.`,
    undefined,
    { 'retry-after': String(seconds) },
  );

export function normaliseUsername(username: string): string {
  return username.trim().normalize('NFKC').toLowerCase();
}

type Verdict = 'wrong_password' | 'deactivated' | 'second_factor' | 'enrolment_only' | 'ok';
type Settled =
  | { kind: 'throttled'; seconds: number }
  | { kind: 'refused'; error: AppError }
  | { kind: 'signed_in'; answer: SignedIn; token: string };

/**
 * Signs a user in. Every attempt does the same work whether or not the username exists: one
 * directory read, one user read, one Argon2 verification (against a dummy hash for nobody), one
 * write transaction; and gets the same answer for an unknown username, a wrong password or a
 * deactivated account. Throws the AppError to answer; on success returns the session's token.
 */
export async function signIn(
  db: Database,
  settings: Settings,
  attempt: SignInAttempt,
): Promise<{ answer: SignedIn; token: string }> {
  const limits = settings.signInThrottle;
  const username = normaliseUsername(attempt.username);
  const keys = throttleKeys(username, attempt.origin.address);
  // An account or address already over its limit is refused before any password work.
  const early = await db.withoutTenant(async (tx) => ({
    wait: await secondsUntilAllowed(tx, keys, limits),
    login: await findLoginName(tx, username),
  }));
  if (early.wait > 0) throw throttled(early.wait);

  const login = early.login;
  const account = login
    ? await db.withTenant(login.tenantId, (tx) => loadAccount(tx, login.userId))
    : await db.withoutTenant((tx) => loadAccount(tx, NOBODY));
  const passwordMatches = await verifyPassword(account?.passwordHash ?? null, attempt.password);

  if (!account) {
    // Nobody to audit in a tenant's trail: the attempt counts for throttling only.
    const settled = await db.withoutTenant((tx) => settleFailure(tx, keys, settings));
    throw settled.kind === 'throttled' ? throttled(settled.seconds) : invalidCredentials();
  }
  const verdict = judge(account, passwordMatches, settings);
  const settled = await db.withTenant(account.tenantId, (tx) =>
    settle(tx, account, verdict, keys, attempt, settings),
  );
  if (settled.kind === 'throttled') throw throttled(settled.seconds);
  if (settled.kind === 'refused') throw settled.error;
  return { answer: settled.answer, token: settled.token };
}

function judge(account: Account, passwordMatches: boolean, settings: Settings): Verdict {
  if (!passwordMatches) return 'wrong_password';
  if (!account.active) return 'deactivated';
  // Whoever has set up a second factor is asked for it, whatever their roles.
  if (account.mfaEnrolled) return 'second_factor';
  const requirement = mfaRequirement(account.roles, { isDemo: account.tenantIsDemo }, settings.environment);
  // Must have one and has none yet: a session that can only set it up (mfa-policy.ts, sessionStanding).
  return requirement === 'required' ? 'enrolment_only' : 'ok';
}

/** Records a counted failure under the throttle lock; re-checks first (a concurrent attempt may have locked it). */
async function settleFailure(tx: Tx, keys: ThrottleKeys, settings: Settings) {
  await lockThrottleKeys(tx, keys);
  const wait = await secondsUntilAllowed(tx, keys, settings.signInThrottle);
  if (wait > 0) return { kind: 'throttled' as const, seconds: wait };
  await recordAttempt(tx, keys, false);
  const lockedFor = await secondsUntilAllowed(tx, keys, settings.signInThrottle);
  return { kind: 'counted' as const, lockedFor };
}

async function settle(
  tx: Tx,
  account: Account,
  verdict: Verdict,
  keys: ThrottleKeys,
  attempt: SignInAttempt,
  settings: Settings,
): Promise<Settled> {
  const origin = attempt.origin;
  if (verdict === 'wrong_password' || verdict === 'deactivated') {
    return refuseCounted(tx, account, keys, origin, settings, verdict, invalidCredentials());
  }

  await lockThrottleKeys(tx, keys);
  const wait = await secondsUntilAllowed(tx, keys, settings.signInThrottle);
  if (wait > 0) return { kind: 'throttled', seconds: wait };
  let proof: SecondFactorProof | undefined;
  if (verdict === 'second_factor') {
    const owner = { tenantId: account.tenantId, userId: account.id };
    proof = await proveSecondFactor(tx, settings.totp, owner, attempt.totp);
    if (!proof.ok) return refuseSecondFactor(tx, account, keys, origin, settings, proof.failure);
  }

  await recordAttempt(tx, keys, true);
  const token = newSessionToken(account.tenantId);
  const session = await createSession(tx, {
    tenantId: account.tenantId,
    userId: account.id,
    tokenHash: sessionTokenHash(token),
    absoluteMinutes: settings.session.absoluteMinutes,
    userAgent: origin.userAgent,
    address: origin.address,
    secondFactorVerified: proof?.ok === true,
  });
  const actor = { userId: account.id, organisationId: account.organisationId };
  if (proof?.ok && proof.method === 'recovery_code') {
    await auditIdentityEvent(tx, account.tenantId, origin, {
      actor,
      subject: { type: 'user', id: account.id },
      action: 'auth.recovery_code_used',
      outcome: 'allowed',
      details: { during: 'sign_in', recoveryCodesLeft: proof.recoveryCodesLeft },
    });
  }
  await auditIdentityEvent(tx, account.tenantId, origin, {
    actor,
    subject: { type: 'user', id: account.id },
    action: 'auth.sign_in',
    outcome: 'allowed',
    details: {
      sessionId: session.id,
      secondFactor: proof?.ok ? proof.method : verdict === 'enrolment_only' ? 'enrolment_pending' : 'none',
    },
  });
  const profile = await loadProfile(tx, account.id);
  if (!profile) throw new Error('the signed-in user vanished');
  return {
    kind: 'signed_in',
    token,
    answer: presentSignedIn(profile, session, csrfTokenFor(token), settings.environment),
  };
}

/** A failure that counts towards the throttle: counted, audited (with the lock-out it causes), refused. */
async function refuseCounted(
  tx: Tx,
  account: Account,
  keys: ThrottleKeys,
  origin: RequestOrigin,
  settings: Settings,
  reason: string,
  error: AppError,
): Promise<Settled> {
  const subject = { actor: null, subject: { type: 'user' as const, id: account.id } };
  const failure = await settleFailure(tx, keys, settings);
  if (failure.kind === 'throttled') return failure;
  await auditIdentityEvent(tx, account.tenantId, origin, {
    ...subject,
    action: 'auth.sign_in_failed',
    outcome: 'denied',
    details: { reason },
  });
  if (failure.lockedFor > 0) {
    await auditIdentityEvent(tx, account.tenantId, origin, {
      ...subject,
      action: 'auth.locked_out',
      outcome: 'denied',
      details: { retryAfterSeconds: failure.lockedFor },
    });
  }
  return { kind: 'refused', error };
}

/**
 * The password was right but the second factor was not given or not right. A missing code is the
 * normal first step for an enrolled user (the client then asks for it) and is not counted; a wrong,
 * replayed or spent one is a guess and counts towards the account's and the address's throttle.
 */
async function refuseSecondFactor(
  tx: Tx,
  account: Account,
  keys: ThrottleKeys,
  origin: RequestOrigin,
  settings: Settings,
  failure: SecondFactorFailure | 'not_enrolled',
): Promise<Settled> {
  // not_enrolled: the factor was removed since this attempt began; asking again takes the new path.
  if (failure === 'missing' || failure === 'not_enrolled') {
    await auditIdentityEvent(tx, account.tenantId, origin, {
      actor: null,
      subject: { type: 'user', id: account.id },
      action: 'auth.sign_in_failed',
      outcome: 'denied',
      details: { reason: 'mfa_required' },
    });
    return { kind: 'refused', error: secondFactorRefused('missing', 401) };
  }
  return refuseCounted(tx, account, keys, origin, settings, failure, secondFactorRefused(failure, 401));
}
