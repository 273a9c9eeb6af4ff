import { AppError, type FieldError } from '../../../platform/http/problem.ts';

/** Registration numbers are unique in a tenant (`cso_profiles_tenant_id_registration_number_key`). */
export const registrationNumberTaken = () =>
  new AppError(
    409,
    'registry.registration_number_taken',
    'Registration number taken',
    'Another organisation of this tenant is registered under this number.',
    [{ path: '/body/registrationNumber', code: 'taken', message: 'another organisation has this number' }],
  );

/**
 * The registry keeps civil society organisations only: a prison service, a probation service or an
 * oversight body has no profile, accreditation or agreement here.
 */
export const notCivilSociety = () =>
  new AppError(
    409,
    'registry.not_civil_society',
    'Not a civil society organisation',
    'The registry keeps civil society organisations only.',
    [{ path: '/params/id', code: 'not_civil_society', message: 'not a civil society organisation' }],
  );

/** Field errors of a request, as one 400. */
export const invalidRequest = (errors: FieldError[]) =>
  new AppError(
    400,
    'request.validation',
    'Invalid request',
    'Some fields are missing or not valid; see errors.',
    errors,
  );
