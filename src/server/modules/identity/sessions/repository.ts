import { and, desc, eq, gt, isNull, type SQL, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { toAssignment } from '../directory/accounts.ts';
import type { Role, RoleAssignment } from '../roles.ts';
import { type RevokedReason, sessions } from '../schema.ts';

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
  secondFactorVerified: boolean;
  userMfaEnrolled: boolean;
  tenantIsDemo: boolean;
  /** The user's roles as they are now. */
  roles: RoleAssignment[];
  /** Everything above that rights depend on, hashed by the database (app_session_fingerprint). */
  fingerprint: string;
}

type LiveSessionRow = {
  session_id: string;
  user_id: string;
  organisation_id: string;
  created_at: Date | string;
  expires_at: Date | string;
  second_factor_verified: boolean;
  user_mfa_enrolled: boolean;
  tenant_is_demo: boolean;
  roles: RoleRow[] | string;
  fingerprint: string;
};

type RoleRow = { role: Role; scope: string; facilityId: string | null; organisationId: string | null };

/**
 * The live session with this token hash in this tenant, whose user is still active, with the user's
 * roles; its last use is written when older than TOUCH_INTERVAL_SECONDS. One statement, outside any
 * transaction: app_resolve_session sets the tenant and the application role itself.
 */
export async function findLiveSession(
  db: Database,
  tenantId: string,
  tokenHash: string,
  idleMinutes: number,
): Promise<LiveSession | undefined> {
  const [row] = await db.statement<LiveSessionRow>(
    sql`select session_id::text, user_id::text, organisation_id::text, created_at, expires_at,
          second_factor_verified, user_mfa_enrolled, tenant_is_demo, roles, fingerprint
        from app_resolve_session(${tenantId}::uuid, ${tokenHash}, ${idleMinutes}::int, ${TOUCH_INTERVAL_SECONDS}::int)`,
  );
  if (!row) return undefined;
  // jsonb arrives parsed from pg and as text from some drivers; both are the same array.
  const roles = (typeof row.roles === 'string' ? JSON.parse(row.roles) : row.roles) as RoleRow[];
  return {
    id: row.session_id,
    userId: row.user_id,
    organisationId: row.organisation_id,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    secondFactorVerified: row.second_factor_verified,
    userMfaEnrolled: row.user_mfa_enrolled,
    tenantIsDemo: row.tenant_is_demo,
    roles: roles.map(toAssignment),
    fingerprint: row.fingerprint,
  };
}

/** The SQLSTATE with which app_check_session says the session is not as remembered. */
export const SESSION_CHANGED = 'PWS01';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The statement that fails (SESSION_CHANGED) unless the session with this token hash is live and
 * has the fingerprint it was resolved with. It writes nothing (not the session's last use: see
 * SessionMemory). For a transaction of the session's tenant. Written with literals, so that it can
 * go with BEGIN in one message: every value is checked to be a UUID, a hex digest or a whole number.
 */
export function sessionCheckStatement(
  tenantId: string,
  tokenHash: string,
  idleMinutes: number,
  fingerprint: string,
): string {
  if (!UUID.test(tenantId) || !SHA256_HEX.test(tokenHash) || !SHA256_HEX.test(fingerprint))
    throw new TypeError('a session check needs a tenant id and two SHA-256 digests');
  if (!Number.isInteger(idleMinutes) || idleMinutes < 1)
    throw new TypeError('idle minutes must be a whole number');
  return `select app_check_session('${tenantId}', '${tokenHash}', ${idleMinutes}, '${fingerprint}')`;
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
    .orderBy(desc(sessions.createdAt), desc(sessions.id))
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
