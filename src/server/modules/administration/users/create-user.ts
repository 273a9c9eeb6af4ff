import type { Tx } from '../../../platform/db/database.ts';
import type { FieldError } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { allowedActions } from '../../access/policy.ts';
import { hashPassword } from '../../identity/passwords/hashing.ts';
import { passwordProblems } from '../../identity/passwords/policy.ts';
import { isUniqueViolation, usernameTaken } from './errors.ts';
import { userAccountPolicy } from './policy.ts';
import { presentUser } from './presenter.ts';
import {
  existingOrganisations,
  findUser,
  insertUser,
  isUsernameTaken,
  replaceRoleAssignments,
} from './repository.ts';
import { assignmentsOf, invalidRequest, rolesDetail, unknownScopes } from './role-requests.ts';
import type { CreateUserRequest, ManagedUser } from './schemas.ts';

/**
 * Creates an account with its initial password and roles. The account as it would be (organisation
 * and roles) is what the access core judges, so a coordinator can create only staff of their own
 * organisation holding only the roles of its allowance. Audited as `user.created`.
 */
export async function createUser(
  tx: Tx,
  access: AccessContext,
  request: CreateUserRequest,
): Promise<ManagedUser> {
  const { actor } = access;
  const shaped = assignmentsOf(request.roles, '/body/roles');
  if (shaped.errors.length > 0) throw invalidRequest(shaped.errors);
  const { roles } = shaped;
  authorize(access, userAccountPolicy, 'create', {
    tenantId: actor.tenantId,
    id: null,
    organisationId: request.organisationId,
    roles,
  });

  const errors: FieldError[] = [];
  if (!(await existingOrganisations(tx, [request.organisationId])).has(request.organisationId)) {
    errors.push({
      path: '/body/organisationId',
      code: 'unknown_organisation',
      message: 'no such organisation',
    });
  }
  errors.push(...(await unknownScopes(tx, roles, '/body/roles')));
  for (const problem of passwordProblems(request.password, request)) {
    errors.push({ path: '/body/password', code: problem.code, message: problem.message });
  }
  if (errors.length > 0) throw invalidRequest(errors);
  if (await isUsernameTaken(tx, request.username)) throw usernameTaken();

  const id = await insertUser(tx, {
    tenantId: actor.tenantId,
    organisationId: request.organisationId,
    username: request.username,
    displayName: request.displayName,
    passwordHash: await hashPassword(request.password),
  }).catch((error: unknown) => {
    // Two requests for one new name: the second finds it taken only at the insert.
    throw isUniqueViolation(error) ? usernameTaken() : error;
  });
  await replaceRoleAssignments(tx, actor.tenantId, id, roles);
  access.audit({
    action: 'user.created',
    outcome: 'allowed',
    subject: { type: 'user', id },
    personId: null,
    details: { organisationId: request.organisationId, roles: rolesDetail(roles) },
  });
  const created = await findUser(tx, id);
  if (!created) throw new Error(`user ${id} was created but cannot be read back`);
  return presentUser(created, allowedActions(userAccountPolicy, actor, created));
}
