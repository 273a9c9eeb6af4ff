import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { allowedActions } from '../../access/policy.ts';
import { selfDemotion } from './errors.ts';
import { userAccountPolicy } from './policy.ts';
import { presentUser } from './presenter.ts';
import { findUser, replaceRoleAssignments } from './repository.ts';
import { assignmentsOf, invalidRequest, rolesDetail, unknownScopes } from './role-requests.ts';
import type { ManagedUser, RoleRequest } from './schemas.ts';

/**
 * Replaces the roles of an account. The access core judges the account twice: as it is (may the
 * actor change its roles at all?) and as it would be (are the new roles within the actor's
 * allowance?). Takes effect on the user's next request, since roles are read afresh each time.
 * Audited as `user.roles_changed` with the roles before and after.
 */
export async function changeRoles(
  tx: Tx,
  access: AccessContext,
  id: string,
  requested: readonly RoleRequest[],
): Promise<ManagedUser> {
  const { actor } = access;
  const found = await findUser(tx, id);
  if (!found) throw notFound();
  authorize(access, userAccountPolicy, 'change_roles', found);
  const shaped = assignmentsOf(requested, '/body/roles');
  if (shaped.errors.length > 0) throw invalidRequest(shaped.errors);
  const { roles } = shaped;
  authorize(access, userAccountPolicy, 'change_roles', { ...found, roles });
  const keepsAdministration = roles.some((held) => held.role === 'administrator');
  const wasAdministrator = found.roles.some((held) => held.role === 'administrator');
  if (id === actor.userId && wasAdministrator && !keepsAdministration) throw selfDemotion();
  const unknown = await unknownScopes(tx, roles, '/body/roles');
  if (unknown.length > 0) throw invalidRequest(unknown);

  await replaceRoleAssignments(tx, actor.tenantId, id, roles);
  access.audit({
    action: 'user.roles_changed',
    outcome: 'allowed',
    subject: { type: 'user', id },
    personId: null,
    details: { before: rolesDetail(found.roles), after: rolesDetail(roles) },
  });
  const changed = await findUser(tx, id);
  if (!changed) throw new Error(`user ${id} vanished while its roles changed`);
  return presentUser(changed, allowedActions(userAccountPolicy, actor, changed));
}
