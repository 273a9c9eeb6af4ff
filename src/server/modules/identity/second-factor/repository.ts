import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { users } from '../schema.ts';
import { recoveryCodes } from './schema.ts';

// The second factor's queries: the TOTP columns of users and the recovery_codes table. Tenant
// transactions only; every write that could race (confirming, accepting a step, spending a code) is
// one conditional UPDATE, so two concurrent requests cannot both win.

/** How long a started enrolment may be confirmed. */
export const PENDING_ENROLMENT_MINUTES = 15;

/** A recovery code that may still be used: neither spent nor replaced. */
const usable = and(isNull(recoveryCodes.usedAt), isNull(recoveryCodes.revokedAt));

export interface SecondFactorState {
  userId: string;
  tenantId: string;
  username: string;
  enrolledAt: Date | null;
  secretEncrypted: string | null;
  lastTimeStep: number | null;
  pendingSecretEncrypted: string | null;
  /** A started enrolment that may still be confirmed. */
  pendingFresh: boolean;
}

export async function loadSecondFactorState(tx: Tx, userId: string): Promise<SecondFactorState | undefined> {
  const [row] = await tx
    .select({
      userId: users.id,
      tenantId: users.tenantId,
      username: users.username,
      enrolledAt: users.mfaEnrolledAt,
      secretEncrypted: users.totpSecretEncrypted,
      lastTimeStep: users.totpLastTimeStep,
      pendingSecretEncrypted: users.totpPendingSecretEncrypted,
      pendingFresh: sql<boolean>`coalesce(${users.totpPendingSince} > now() - make_interval(mins => ${PENDING_ENROLMENT_MINUTES}::int), false)`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

/**
 * Starts (or restarts) an enrolment: the new secret waits for a code; any earlier one is dropped.
 * Returns until when it may be confirmed.
 */
export async function savePendingSecret(tx: Tx, userId: string, sealed: string): Promise<Date> {
  const [row] = await tx
    .update(users)
    .set({ totpPendingSecretEncrypted: sealed, totpPendingSince: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ since: users.totpPendingSince });
  if (!row?.since) throw new Error('the enrolment was not saved');
  return new Date(row.since.getTime() + PENDING_ENROLMENT_MINUTES * 60_000);
}

/**
 * Makes the pending secret the user's second factor, remembering the step of the code that proved
 * it. False when it is no longer pending (confirmed meanwhile, restarted, or the user enrolled).
 */
export async function activatePendingSecret(
  tx: Tx,
  userId: string,
  sealed: string,
  timeStep: number,
): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({
      totpSecretEncrypted: sealed,
      totpLastTimeStep: timeStep,
      mfaEnrolledAt: sql`now()`,
      totpPendingSecretEncrypted: null,
      totpPendingSince: null,
    })
    .where(
      and(eq(users.id, userId), isNull(users.mfaEnrolledAt), eq(users.totpPendingSecretEncrypted, sealed)),
    )
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Accepts a TOTP step for the user; false when this step or a later one was accepted already. */
export async function acceptTimeStep(tx: Tx, userId: string, timeStep: number): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({ totpLastTimeStep: timeStep })
    .where(
      and(
        eq(users.id, userId),
        isNotNull(users.mfaEnrolledAt),
        or(isNull(users.totpLastTimeStep), lt(users.totpLastTimeStep, timeStep)),
      ),
    )
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Removes the second factor, enrolled or pending, and kills the user's unused recovery codes. */
export async function clearSecondFactor(tx: Tx, userId: string): Promise<void> {
  await tx
    .update(users)
    .set({
      totpSecretEncrypted: null,
      totpLastTimeStep: null,
      mfaEnrolledAt: null,
      totpPendingSecretEncrypted: null,
      totpPendingSince: null,
    })
    .where(eq(users.id, userId));
  await revokeRecoveryCodes(tx, userId);
}

async function revokeRecoveryCodes(tx: Tx, userId: string): Promise<void> {
  await tx
    .update(recoveryCodes)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(recoveryCodes.userId, userId), usable));
}

/** Kills the user's unused codes and stores the digests of a new set. */
export async function replaceRecoveryCodes(
  tx: Tx,
  owner: { tenantId: string; userId: string },
  hashes: readonly string[],
): Promise<void> {
  await revokeRecoveryCodes(tx, owner.userId);
  await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ id: uuidv7(), ...owner, codeHash })));
}

/**
 * Spends one of the user's recovery codes. `spent_before` when the code was the user's but is used
 * or replaced (worth telling oversight: someone holds an old code), `unknown` when it never was.
 */
export async function spendRecoveryCode(
  tx: Tx,
  userId: string,
  codeHash: string,
): Promise<'spent' | 'spent_before' | 'unknown'> {
  const mine = and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash));
  const spent = await tx
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(mine, usable))
    .returning({ id: recoveryCodes.id });
  if (spent.length > 0) return 'spent';
  const [known] = await tx.select({ id: recoveryCodes.id }).from(recoveryCodes).where(mine);
  return known ? 'spent_before' : 'unknown';
}

export async function countUsableRecoveryCodes(tx: Tx, userId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), usable));
  return row?.count ?? 0;
}
