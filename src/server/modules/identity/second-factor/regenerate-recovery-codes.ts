import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { Actor } from '../access/actor.ts';
import type { RequestOrigin } from '../audit-trail.ts';
import { auditSecondFactor } from './audit.ts';
import { withReauthentication } from './reauthenticate.ts';
import { newRecoveryCodeSet } from './recovery-codes.ts';
import { replaceRecoveryCodes } from './repository.ts';
import type { TotpContext } from './totp-context.ts';

/**
 * Replaces the user's recovery codes with ten new ones, given a current code (or a recovery code):
 * every code of the old set stops working. Returns the new codes, shown this once.
 */
export async function regenerateRecoveryCodes(
  db: Database,
  totp: TotpContext,
  limits: Config['signInThrottle'],
  actor: Actor,
  origin: RequestOrigin,
  code: string,
): Promise<string[]> {
  return withReauthentication(
    db,
    totp,
    limits,
    { actor, origin, action: 'auth.recovery_codes_regenerated', code },
    async (tx) => {
      const { codes, hashes } = newRecoveryCodeSet();
      await replaceRecoveryCodes(tx, { tenantId: actor.tenantId, userId: actor.userId }, hashes);
      await auditSecondFactor(tx, actor, origin, 'auth.recovery_codes_regenerated', 'allowed');
      return codes;
    },
  );
}
