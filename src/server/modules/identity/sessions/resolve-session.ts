import type { Environment } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { ActiveSession, Actor } from '../access/actor.ts';
import { mfaRequirement, sessionStanding } from '../mfa-policy.ts';
import { findLiveSession } from './repository.ts';
import { csrfTokenFor, sessionTokenHash, tenantOfToken } from './tokens.ts';

export interface ResolvedSession {
  actor: Actor;
  session: ActiveSession;
  tokenHash: string;
  /** What the database says the actor's rights depend on, hashed (app_session_fingerprint). */
  fingerprint: string;
}

/**
 * The live session a cookie names, with its user's roles as they are now, or null. Looked up in the
 * tenant the token names, under row-level security; a deactivated user's sessions resolve to null.
 * One round trip to the database (app_resolve_session, migration 0006), which also writes the
 * session's last use, at most once a minute. Whether it is full or limited to setting
 * up a second factor is decided from the user's roles and enrolment as they are now (mfa-policy.ts);
 * a session that never proved the second factor its user now has resolves to null.
 */
export async function resolveSession(
  db: Database,
  token: string,
  idleMinutes: number,
  environment: Environment,
): Promise<ResolvedSession | null> {
  const tenantId = tenantOfToken(token);
  if (!tenantId) return null;
  const tokenHash = sessionTokenHash(token);
  const live = await findLiveSession(db, tenantId, tokenHash, idleMinutes);
  if (!live) return null;
  const { roles } = live;
  const standing = sessionStanding(
    mfaRequirement(
      roles.map((held) => held.role),
      { isDemo: live.tenantIsDemo },
      environment,
    ),
    { enrolled: live.userMfaEnrolled },
    { secondFactorVerified: live.secondFactorVerified },
  );
  if (standing === 'ended') return null;
  return {
    actor: { userId: live.userId, tenantId, organisationId: live.organisationId, roles },
    session: {
      id: live.id,
      tenantId,
      userId: live.userId,
      expiresAt: live.expiresAt,
      csrfToken: csrfTokenFor(token),
      standing,
    },
    tokenHash,
    fingerprint: live.fingerprint,
  };
}
