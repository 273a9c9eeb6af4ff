import type { Database } from '../../../platform/db/database.ts';
import type { Actor } from '../access/actor.ts';
import type { RequestOrigin } from '../audit-trail.ts';
import { auditSecondFactor } from './audit.ts';
import { alreadyEnrolled } from './errors.ts';
import { qrCodeDataUrl } from './qr-code.ts';
import { loadSecondFactorState, savePendingSecret } from './repository.ts';
import type { EnrolmentStarted } from './schemas.ts';
import { newTotpSecret, otpauthUri } from './totp.ts';
import type { TotpContext } from './totp-context.ts';

/**
 * Starts setting up an authenticator app: a new secret waits, sealed, until a code made with it is
 * confirmed (confirm-enrolment.ts). Starting again replaces the waiting secret. Refused while a
 * second factor is set up: replacing it needs the password and a code (remove it first), or a
 * stolen session could swap it for the thief's own.
 */
export async function startEnrolment(
  db: Database,
  totp: TotpContext,
  actor: Actor,
  origin: RequestOrigin,
): Promise<EnrolmentStarted> {
  const secret = newTotpSecret();
  const owner = { tenantId: actor.tenantId, userId: actor.userId };
  const started = await db.withTenant(actor.tenantId, async (tx) => {
    const state = await loadSecondFactorState(tx, actor.userId);
    if (!state) throw new Error('the signed-in user vanished');
    if (state.enrolledAt !== null) throw alreadyEnrolled();
    const expiresAt = await savePendingSecret(tx, actor.userId, totp.secrets.seal(owner, secret));
    await auditSecondFactor(tx, actor, origin, 'auth.mfa_enrolment_started', 'allowed');
    return { username: state.username, expiresAt };
  });
  const uri = otpauthUri(secret, started.username);
  return {
    secret,
    otpauthUri: uri,
    qrCode: await qrCodeDataUrl(uri),
    expiresAt: started.expiresAt.toISOString(),
  };
}
