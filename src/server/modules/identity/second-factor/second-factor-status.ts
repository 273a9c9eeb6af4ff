import type { Database } from '../../../platform/db/database.ts';
import type { Actor } from '../access/actor.ts';
import { countUsableRecoveryCodes, loadSecondFactorState } from './repository.ts';
import type { SecondFactorStatus } from './schemas.ts';

/** The actor's own second factor: set up or not, since when, and how many recovery codes are left. */
export async function secondFactorStatus(db: Database, actor: Actor): Promise<SecondFactorStatus> {
  return db.withTenant(actor.tenantId, async (tx) => {
    const state = await loadSecondFactorState(tx, actor.userId);
    if (!state) throw new Error('the signed-in user vanished');
    const enrolled = state.enrolledAt !== null;
    return {
      enrolled,
      enrolledAt: state.enrolledAt?.toISOString() ?? null,
      recoveryCodesLeft: enrolled ? await countUsableRecoveryCodes(tx, actor.userId) : 0,
      enrolmentPending: !enrolled && state.pendingSecretEncrypted !== null && state.pendingFresh,
    };
  });
}
