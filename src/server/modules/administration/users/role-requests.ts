import type { Tx } from '../../../platform/db/database.ts';
import { AppError, type FieldError } from '../../../platform/http/problem.ts';
import { type RoleAssignment, scopeOf } from '../../identity/roles.ts';
import { existingFacilities, existingOrganisations } from './repository.ts';
import type { RoleRequest } from './schemas.ts';

// Role assignments as a request names them, checked in two steps: their shape first (each role in
// its one kind of scope), before the access core judges them; then that every scope exists in the
// caller's tenant. A facility or organisation of another tenant is invisible here, so it is
// refused exactly like one that does not exist.

export const invalidRequest = (errors: FieldError[]) =>
  new AppError(
    400,
    'request.validation',
    'Invalid request',
    'Some fields are missing or not valid; see errors.',
    errors,
  );

/** The requested roles as assignments, or the field errors of those in the wrong kind of scope. */
export function assignmentsOf(
  requests: readonly RoleRequest[],
  path: string,
): { roles: RoleAssignment[]; errors: FieldError[] } {
  const roles: RoleAssignment[] = [];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  requests.forEach((request, index) => {
    const at = `${path}/${index}`;
    const scope = scopeOf(request.role);
    const needs = scope === 'facility' ? 'facilityId' : scope === 'organisation' ? 'organisationId' : null;
    for (const field of ['facilityId', 'organisationId'] as const) {
      if (request[field] !== undefined && field !== needs) {
        errors.push({
          path: `${at}/${field}`,
          code: 'wrong_scope',
          message: `${request.role} is not held at a ${field === 'facilityId' ? 'facility' : 'organisation'}`,
        });
      }
    }
    if (needs !== null && request[needs] === undefined) {
      errors.push({ path: `${at}/${needs}`, code: 'required', message: `${request.role} needs a ${scope}` });
      return;
    }
    const held: RoleAssignment =
      scope === 'facility'
        ? { role: request.role, scope, facilityId: request.facilityId ?? '', organisationId: null }
        : scope === 'organisation'
          ? { role: request.role, scope, facilityId: null, organisationId: request.organisationId ?? '' }
          : { role: request.role, scope, facilityId: null, organisationId: null };
    const key = `${held.role}/${held.facilityId}/${held.organisationId}`;
    if (seen.has(key))
      errors.push({ path: `${at}/role`, code: 'duplicate', message: 'this role is listed twice' });
    seen.add(key);
    roles.push(held);
  });
  return { roles, errors };
}

/** The field errors of assignments whose facility or organisation the tenant does not have. */
export async function unknownScopes(
  tx: Tx,
  roles: readonly RoleAssignment[],
  path: string,
): Promise<FieldError[]> {
  const facilityIds = roles.flatMap((held) => (held.facilityId === null ? [] : [held.facilityId]));
  const organisationIds = roles.flatMap((held) =>
    held.organisationId === null ? [] : [held.organisationId],
  );
  const facilities = await existingFacilities(tx, facilityIds);
  const organisations = await existingOrganisations(tx, organisationIds);
  const errors: FieldError[] = [];
  roles.forEach((held, index) => {
    if (held.facilityId !== null && !facilities.has(held.facilityId))
      errors.push({
        path: `${path}/${index}/facilityId`,
        code: 'unknown_facility',
        message: 'no such facility',
      });
    if (held.organisationId !== null && !organisations.has(held.organisationId)) {
      errors.push({
        path: `${path}/${index}/organisationId`,
        code: 'unknown_organisation',
        message: 'no such organisation',
      });
    }
  });
  return errors;
}

/**
 * The roles as the audit trail lists them: the distinct role names, comma-separated. Scopes are
 * left out so the detail stays within the trail's size limit whatever the number of assignments.
 */
export function rolesDetail(roles: readonly RoleAssignment[]): string {
  return [...new Set(roles.map((held) => held.role))].sort().join(',');
}
