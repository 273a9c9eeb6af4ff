import type { Tx } from '../../../platform/db/database.ts';
import type { SecondFactorFailure } from './errors.ts';
import { recoveryCodeHash, recoveryCodeOf } from './recovery-codes.ts';
import {
  acceptTimeStep,
  countUsableRecoveryCodes,
  loadSecondFactorState,
  spendRecoveryCode,
} from './repository.ts';
import type { SecretOwner } from './secret-sealing.ts';
import { checkTotp, totpCodeOf } from './totp.ts';
import type { TotpContext } from './totp-context.ts';

export type SecondFactorProof =
  | { ok: true; method: 'totp' }
  | { ok: true; method: 'recovery_code'; recoveryCodesLeft: number }
  | { ok: false; failure: SecondFactorFailure | 'not_enrolled' };

/**
 * Checks what the user presented as their second factor: a six-digit TOTP code, or one of their
 * recovery codes (told apart by their form). Success is recorded in the caller's transaction — the
 * TOTP step is remembered, the recovery code spent — so a refusal later in that transaction undoes
 * it, and a code can never count twice.
 */
export async function proveSecondFactor(
  tx: Tx,
  totp: TotpContext,
  owner: SecretOwner,
  presented: string | undefined,
): Promise<SecondFactorProof> {
  const state = await loadSecondFactorState(tx, owner.userId);
  if (!state || state.enrolledAt === null || state.secretEncrypted === null) {
    return { ok: false, failure: 'not_enrolled' };
  }
  if (presented === undefined || presented.trim() === '') return { ok: false, failure: 'missing' };

  const code = totpCodeOf(presented);
  if (code !== undefined) {
    const secret = totp.secrets.open(owner, state.secretEncrypted);
    const checked = await checkTotp(secret, code, state.lastTimeStep, totp.epochSeconds());
    if (checked.kind === 'invalid') return { ok: false, failure: 'invalid_totp' };
    if (checked.kind === 'replayed') return { ok: false, failure: 'totp_replayed' };
    // A concurrent request may have taken this step since the read above.
    if (!(await acceptTimeStep(tx, owner.userId, checked.timeStep))) {
      return { ok: false, failure: 'totp_replayed' };
    }
    return { ok: true, method: 'totp' };
  }

  const recovery = recoveryCodeOf(presented);
  if (recovery === undefined) return { ok: false, failure: 'invalid_totp' };
  const spent = await spendRecoveryCode(tx, owner.userId, recoveryCodeHash(recovery));
  if (spent === 'unknown') return { ok: false, failure: 'invalid_recovery_code' };
  if (spent === 'spent_before') return { ok: false, failure: 'spent_recovery_code' };
  return {
    ok: true,
    method: 'recovery_code',
    recoveryCodesLeft: await countUsableRecoveryCodes(tx, owner.userId),
  };
}
