import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { Actor } from '../access/actor.ts';
import type { RequestOrigin } from '../audit-trail.ts';
import { forgetSecondFactorProofs } from '../sessions/repository.ts';
import { auditSecondFactor } from './audit.ts';
import { withReauthentication } from './reauthenticate.ts';
import { clearSecondFactor } from './repository.ts';
import type { TotpContext } from './totp-context.ts';

/**
 * Removes the user's second factor, given their password and a current code (or a recovery code):
 * the secret and the unused recovery codes go, and every session of the user forgets it proved the
 * factor. A user whose roles need one is therefore back at enrolment on their next request, in every
 * session, which is how an authenticator is moved to a new phone.
 */
export async function removeSecondFactor(
  db: Database,
  totp: TotpContext,
  limits: Config['signInThrottle'],
  actor: Actor,
  origin: RequestOrigin,
  proofs: { password: string; code: string },
): Promise<void> {
  await withReauthentication(
    db,
    totp,
    limits,
    { actor, origin, action: 'auth.mfa_disabled', ...proofs },
    async (tx) => {
      await clearSecondFactor(tx, actor.userId);
      await forgetSecondFactorProofs(tx, actor.userId);
      await auditSecondFactor(tx, actor, origin, 'auth.mfa_disabled', 'allowed');
    },
  );
}
