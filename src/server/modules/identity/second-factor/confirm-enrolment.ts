import type { Config } from '../../../platform/config/config.ts';
import type { Database, Tx } from '../../../platform/db/database.ts';
import type { AppError } from '../../../platform/http/problem.ts';
import type { ActiveSession, Actor } from '../access/actor.ts';
import type { RequestOrigin } from '../audit-trail.ts';
import { loadProfile } from '../directory/accounts.ts';
import { presentSignedIn } from '../presenter.ts';
import { createSession, revokeSession } from '../sessions/repository.ts';
import { csrfTokenFor, newSessionToken, sessionTokenHash } from '../sessions/tokens.ts';
import { auditSecondFactor } from './audit.ts';
import { alreadyEnrolled, noPendingEnrolment, secondFactorRefused } from './errors.ts';
import { newRecoveryCodeSet } from './recovery-codes.ts';
import { activatePendingSecret, loadSecondFactorState, replaceRecoveryCodes } from './repository.ts';
import type { EnrolmentConfirmed } from './schemas.ts';
import { checkTotp, totpCodeOf } from './totp.ts';
import type { TotpContext } from './totp-context.ts';

type Settings = Pick<Config, 'environment' | 'session'>;

export interface Confirmation {
  answer: EnrolmentConfirmed;
  /** The new session's token, for the cookie. */
  token: string;
}

/**
 * Finishes enrolment with a code made from the waiting secret: the secret becomes the user's second
 * factor, ten recovery codes are made (returned this once, stored as digests), and the session is
 * replaced by a new one that has proved the factor — a new token for a new level of trust, which is
 * also what turns a session limited to enrolment into a full one. A wrong code changes nothing and
 * is audited; no throttle is needed, since the secret was handed to this very session moments ago.
 */
export async function confirmEnrolment(
  db: Database,
  totp: TotpContext,
  settings: Settings,
  signedIn: { actor: Actor; session: ActiveSession },
  origin: RequestOrigin & { userAgent: string | null },
  presented: string,
): Promise<Confirmation> {
  const { actor } = signedIn;
  const outcome = await db.withTenant(actor.tenantId, async (tx) => {
    const refused = await checkConfirmation(tx, totp, actor, presented);
    if (refused.error) {
      await auditSecondFactor(tx, actor, origin, 'auth.mfa_enrolled', 'denied', { reason: refused.reason });
      return { error: refused.error };
    }
    if (!(await activatePendingSecret(tx, actor.userId, refused.sealed, refused.timeStep))) {
      return { error: noPendingEnrolment() };
    }
    const { codes: recoveryCodes, hashes } = newRecoveryCodeSet();
    await replaceRecoveryCodes(tx, { tenantId: actor.tenantId, userId: actor.userId }, hashes);
    const replaced = await replaceSession(tx, settings, signedIn, origin);
    await auditSecondFactor(tx, actor, origin, 'auth.mfa_enrolled', 'allowed', {
      sessionId: replaced.session.id,
      replacedSessionId: signedIn.session.id,
    });
    const profile = await loadProfile(tx, actor.userId);
    if (!profile) throw new Error('the signed-in user vanished');
    const csrfToken = csrfTokenFor(replaced.token);
    return {
      token: replaced.token,
      answer: {
        recoveryCodes,
        signedIn: presentSignedIn(profile, replaced.session, csrfToken, settings.environment),
      },
    };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

type Checked = { error: AppError; reason: string } | { error?: undefined; sealed: string; timeStep: number };

/** Why the code cannot confirm the waiting secret, or the secret and the step the code proved. */
async function checkConfirmation(
  tx: Tx,
  totp: TotpContext,
  actor: Actor,
  presented: string,
): Promise<Checked> {
  const state = await loadSecondFactorState(tx, actor.userId);
  if (!state) throw new Error('the signed-in user vanished');
  if (state.enrolledAt !== null) return { error: alreadyEnrolled(), reason: 'already_enrolled' };
  if (state.pendingSecretEncrypted === null || !state.pendingFresh) {
    return { error: noPendingEnrolment(), reason: 'not_started' };
  }
  const code = totpCodeOf(presented);
  const owner = { tenantId: actor.tenantId, userId: actor.userId };
  const checked = code
    ? await checkTotp(totp.secrets.open(owner, state.pendingSecretEncrypted), code, null, totp.epochSeconds())
    : ({ kind: 'invalid' } as const);
  if (checked.kind !== 'accepted') {
    return { error: secondFactorRefused('invalid_totp', 403), reason: 'invalid_totp' };
  }
  return { sealed: state.pendingSecretEncrypted, timeStep: checked.timeStep };
}

/** Ends the session enrolment was made in and opens one that has proved the second factor. */
async function replaceSession(
  tx: Tx,
  settings: Settings,
  signedIn: { actor: Actor; session: ActiveSession },
  origin: { address: string; userAgent: string | null },
) {
  const { actor, session } = signedIn;
  await revokeSession(tx, actor.userId, session.id, 'replaced');
  const token = newSessionToken(actor.tenantId);
  const created = await createSession(tx, {
    tenantId: actor.tenantId,
    userId: actor.userId,
    tokenHash: sessionTokenHash(token),
    absoluteMinutes: settings.session.absoluteMinutes,
    userAgent: origin.userAgent,
    address: origin.address,
    secondFactorVerified: true,
  });
  return { token, session: created };
}
