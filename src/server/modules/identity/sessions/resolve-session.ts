import type { Environment } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { ActiveSession, Actor } from '../access/actor.ts';
import { findRoleAssignments } from '../directory/accounts.ts';
import { mfaRequirement, sessionStanding } from '../mfa-policy.ts';
import { findLiveSession, touchSession } from './repository.ts';
import { csrfTokenFor, sessionTokenHash, tenantOfToken } from './tokens.ts';

/**
 * The live session a cookie names, with its user's roles as they are now, or null. Looked up in the
 * tenant the token names, under row-level security; a deactivated user's sessions resolve to null.
 * The session's last use is written at most once a minute. Whether it is full or limited to setting
 * up a second factor is decided from the user's roles and enrolment as they are now (mfa-policy.ts);
 * a session that never proved the second factor its user now has resolves to null.
 */
export async function resolveSession(
  db: Database,
  token: string,
  idleMinutes: number,
  environment: Environment,
): Promise<{ actor: Actor; session: ActiveSession } | null> {
  const tenantId = tenantOfToken(token);
  if (!tenantId) return null;
  return db.withTenant(tenantId, async (tx) => {
    const live = await findLiveSession(tx, sessionTokenHash(token), idleMinutes);
    if (!live) return null;
    const roles = await findRoleAssignments(tx, live.userId);
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
    if (live.stale) await touchSession(tx, live.id);
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
    };
  });
}
