import type { Database } from '../../../platform/db/database.ts';
import type { ActiveSession, Actor } from '../access/actor.ts';
import { findRoleAssignments } from '../directory/accounts.ts';
import { findLiveSession, touchSession } from './repository.ts';
import { csrfTokenFor, sessionTokenHash, tenantOfToken } from './tokens.ts';

/**
 * The live session a cookie names, with its user's roles as they are now, or null. Looked up in the
 * tenant the token names, under row-level security; a deactivated user's sessions resolve to null.
 * The session's last use is written at most once a minute.
 */
export async function resolveSession(
  db: Database,
  token: string,
  idleMinutes: number,
): Promise<{ actor: Actor; session: ActiveSession } | null> {
  const tenantId = tenantOfToken(token);
  if (!tenantId) return null;
  return db.withTenant(tenantId, async (tx) => {
    const live = await findLiveSession(tx, sessionTokenHash(token), idleMinutes);
    if (!live) return null;
    const roles = await findRoleAssignments(tx, live.userId);
    if (live.stale) await touchSession(tx, live.id);
    return {
      actor: { userId: live.userId, tenantId, organisationId: live.organisationId, roles },
      session: {
        id: live.id,
        tenantId,
        userId: live.userId,
        expiresAt: live.expiresAt,
        csrfToken: csrfTokenFor(token),
      },
    };
  });
}
