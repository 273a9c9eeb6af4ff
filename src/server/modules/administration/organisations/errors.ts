import { AppError } from '../../../platform/http/problem.ts';

/** Organisation names are unique in a tenant (`organisations_tenant_id_name_key`). */
export const organisationNameTaken = () =>
  new AppError(
    409,
    'organisation.name_taken',
    'Name taken',
    'Another organisation of this tenant has this name.',
    [{ path: '/body/name', code: 'taken', message: 'another organisation has this name' }],
  );
