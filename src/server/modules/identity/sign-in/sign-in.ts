import type { Config } from '../../../platform/config/config.ts';
import type { Database, Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/problem.ts';
import { auditIdentityEvent, type RequestOrigin } from '../audit-trail.ts';
import { type Account, findLoginName, loadAccount, loadProfile } from '../directory/accounts.ts';
import { mfaRequirement } from '../mfa-policy.ts';
import { verifyPassword } from '../passwords/hashing.ts';
import { presentSignedIn } from '../presenter.ts';
import type { SignedIn } from '../schemas.ts';
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
  origin: RequestOrigin & { userAgent: string | null };
}

type Settings = Pick<Config, 'environment' | 'session' | 'signInThrottle'>;

/** A user id no row has: unknown usernames load "nobody" the same way known ones load their user. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

export const invalidCredentials = () =>
  new AppError(401, 'auth.invalid_credentials', 'Sign-in failed', 'The username or password is not correct.');

const throttled = (seconds: number) =>
  new AppError(
    429,
    'auth.throttled',
    'Too many failed sign-ins',
    `Too many failed sign-ins for this account or from this address; try again in ${seconds} seconds.`,
    undefined,
    { 'retry-after': String(seconds) },
  );

const mfaRequired = () =>
  new AppError(
    401,
    'auth.mfa_required',
    'Second factor required',
    'This account must sign in with a second factor, which it has not set up. Ask an administrator.',
  );

export function normaliseUsername(username: string): string {
  return username.trim().normalize('NFKC').toLowerCase();
}

type Verdict = 'wrong_password' | 'deactivated' | 'mfa_required' | 'ok';
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
  const requirement = mfaRequirement(account.roles, { isDemo: account.tenantIsDemo }, settings.environment);
  // TOTP is not built yet: an account that needs it cannot sign in at all (docs/security.md).
  return requirement === 'required' ? 'mfa_required' : 'ok';
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
  const subject = { actor: null, subject: { type: 'user' as const, id: account.id } };
  if (verdict === 'wrong_password' || verdict === 'deactivated') {
    const failure = await settleFailure(tx, keys, settings);
    if (failure.kind === 'throttled') return failure;
    await auditIdentityEvent(tx, account.tenantId, origin, {
      ...subject,
      action: 'auth.sign_in_failed',
      outcome: 'denied',
      details: { reason: verdict },
    });
    if (failure.lockedFor > 0) {
      await auditIdentityEvent(tx, account.tenantId, origin, {
        ...subject,
        action: 'auth.locked_out',
        outcome: 'denied',
        details: { retryAfterSeconds: failure.lockedFor },
      });
    }
    return { kind: 'refused', error: invalidCredentials() };
  }

  await lockThrottleKeys(tx, keys);
  const wait = await secondsUntilAllowed(tx, keys, settings.signInThrottle);
  if (wait > 0) return { kind: 'throttled', seconds: wait };
  if (verdict === 'mfa_required') {
    await auditIdentityEvent(tx, account.tenantId, origin, {
      ...subject,
      action: 'auth.sign_in_failed',
      outcome: 'denied',
      details: { reason: 'mfa_required' },
    });
    return { kind: 'refused', error: mfaRequired() };
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
  });
  const actor = { userId: account.id, organisationId: account.organisationId };
  await auditIdentityEvent(tx, account.tenantId, origin, {
    actor,
    subject: { type: 'user', id: account.id },
    action: 'auth.sign_in',
    outcome: 'allowed',
    details: { sessionId: session.id },
  });
  const profile = await loadProfile(tx, account.id);
  if (!profile) throw new Error('the signed-in user vanished');
  return {
    kind: 'signed_in',
    token,
    answer: presentSignedIn(profile, session, csrfTokenFor(token), settings.environment),
  };
}
