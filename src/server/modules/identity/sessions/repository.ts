import { and, desc, eq, gt, isNull, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { tenants } from '../../../platform/db/schema.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { type RevokedReason, sessions, users } from '../schema.ts';

/** A session touched within this many seconds is not written again (sliding expiry, cheaply). */
export const TOUCH_INTERVAL_SECONDS = 60;

export interface NewSession {
  tenantId: string;
  userId: string;
  tokenHash: string;
  absoluteMinutes: number;
  userAgent: string | null;
  address: string | null;
  /** The user proved a second factor for this session (at sign-in, or by enrolling in it). */
  secondFactorVerified?: boolean;
}

export async function createSession(tx: Tx, session: NewSession): Promise<{ id: string; expiresAt: Date }> {
  const [row] = await tx
    .insert(sessions)
    .values({
      id: uuidv7(),
      tenantId: session.tenantId,
      userId: session.userId,
      tokenHash: session.tokenHash,
      expiresAt: sql`now() + make_interval(mins => ${session.absoluteMinutes}::int)`,
      userAgent: session.userAgent?.slice(0, 256) ?? null,
      address: session.address?.slice(0, 64) ?? null,
      mfaVerifiedAt: session.secondFactorVerified ? sql`now()` : null,
    })
    .returning({ id: sessions.id, expiresAt: sessions.expiresAt });
  if (!row) throw new Error('the session was not created');
  return row;
}

/** Live: not revoked, before its absolute end, and used within the idle timeout. */
const live = (idleMinutes: number): SQL =>
  and(
    isNull(sessions.revokedAt),
    gt(sessions.expiresAt, sql`now()`),
    gt(sessions.lastSeenAt, sql`now() - make_interval(mins => ${idleMinutes}::int)`),
  ) as SQL;

export interface LiveSession {
  id: string;
  userId: string;
  organisationId: string;
  createdAt: Date;
  expiresAt: Date;
  /** Last written long enough ago that this request should write it again. */
  stale: boolean;
  secondFactorVerified: boolean;
  userMfaEnrolled: boolean;
  tenantIsDemo: boolean;
}

/** The live session with this token hash whose user is still active, in the transaction's tenant. */
export async function findLiveSession(
  tx: Tx,
  tokenHash: string,
  idleMinutes: number,
): Promise<LiveSession | undefined> {
  const [row] = await tx
    .select({
      id: sessions.id,
      userId: sessions.userId,
      organisationId: users.organisationId,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      stale: sql<boolean>`${sessions.lastSeenAt} < now() - make_interval(secs => ${TOUCH_INTERVAL_SECONDS}::int)`,
      secondFactorVerified: sql<boolean>`${sessions.mfaVerifiedAt} is not null`,
      userMfaEnrolled: sql<boolean>`${users.mfaEnrolledAt} is not null`,
      tenantIsDemo: tenants.isDemo,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.tenantId, sessions.tenantId), eq(users.id, sessions.userId)))
    .innerJoin(tenants, eq(tenants.id, sessions.tenantId))
    .where(and(eq(sessions.tokenHash, tokenHash), live(idleMinutes), eq(users.active, true)));
  return row;
}

export async function touchSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, sessionId));
}

/** The user's live sessions, newest first, at most `limit`. */
export function listLiveSessions(tx: Tx, userId: string, idleMinutes: number, limit: number) {
  return tx
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
      address: sessions.address,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), live(idleMinutes)))
    .orderBy(desc(sessions.createdAt))
    .limit(limit);
}

/** Ends one of the user's sessions; false when the user has no such unrevoked session. */
export async function revokeSession(
  tx: Tx,
  userId: string,
  sessionId: string,
  reason: RevokedReason,
): Promise<boolean> {
  const revoked = await tx
    .update(sessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return revoked.length > 0;
}

/** Ends every unrevoked session of the user; returns how many. */
export async function revokeAllSessions(tx: Tx, userId: string, reason: RevokedReason): Promise<number> {
  const revoked = await tx
    .update(sessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return revoked.length;
}

/**
 * Forgets that the user's sessions proved a second factor (the factor was removed): a user who must
 * have one is taken back to enrolment on their next request, in every session.
 */
export async function forgetSecondFactorProofs(tx: Tx, userId: string): Promise<void> {
  await tx.update(sessions).set({ mfaVerifiedAt: null }).where(eq(sessions.userId, userId));
}
