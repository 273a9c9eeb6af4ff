import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { allowedActions } from '../../access/policy.ts';
import { revokeAllSessions } from '../../identity/sessions/repository.ts';
import { selfDeactivation } from './errors.ts';
import { userAccountPolicy } from './policy.ts';
import { presentUser } from './presenter.ts';
import { findUser, updateUser as writeUser } from './repository.ts';
import type { ManagedUser, UpdateUserRequest } from './schemas.ts';

/**
 * Renames, deactivates or reactivates an account. Deactivation ends every session of the user in
 * the same transaction; the access hook also reads `active` afresh on each request, so either
 * alone would stop the user's next request. Each change is audited on its own.
 */
export async function updateUser(
  tx: Tx,
  access: AccessContext,
  id: string,
  change: UpdateUserRequest,
): Promise<ManagedUser> {
  const { actor } = access;
  const found = await findUser(tx, id);
  if (!found) throw notFound();
  authorize(access, userAccountPolicy, 'update', found);
  if (change.active === false && id === actor.userId) throw selfDeactivation();

  const renamed = change.displayName !== undefined && change.displayName !== found.displayName;
  const activeChanged = change.active !== undefined && change.active !== found.active;
  await writeUser(tx, id, {
    displayName: renamed ? change.displayName : undefined,
    active: activeChanged ? change.active : undefined,
  });
  const subject = { type: 'user', id };
  if (renamed) {
    access.audit({
      action: 'user.updated',
      outcome: 'allowed',
      subject,
      personId: null,
      details: { fields: 'displayName' },
    });
  }
  if (activeChanged && change.active === false) {
    const sessionsRevoked = await revokeAllSessions(tx, id, 'revoked');
    access.audit({
      action: 'user.deactivated',
      outcome: 'allowed',
      subject,
      personId: null,
      details: { sessionsRevoked },
    });
  }
  if (activeChanged && change.active === true) {
    access.audit({ action: 'user.reactivated', outcome: 'allowed', subject, personId: null });
  }
  const updated = await findUser(tx, id);
  if (!updated) throw new Error(`user ${id} vanished while being updated`);
  return presentUser(updated, allowedActions(userAccountPolicy, actor, updated));
}
