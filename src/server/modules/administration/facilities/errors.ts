import { AppError, type FieldError } from '../../../platform/http/problem.ts';

/** Facility codes are unique in a tenant (`facilities_tenant_id_code_key`). */
export const facilityCodeTaken = () =>
  new AppError(409, 'facility.code_taken', 'Code taken', 'Another facility of this tenant has this code.', [
    { path: '/body/code', code: 'taken', message: 'another facility has this code' },
  ]);

/** A time zone name this runtime does not know; see time-zones.ts for what is accepted. */
export const unknownTimeZone = (): FieldError => ({
  path: '/body/timeZone',
  code: 'unknown_time_zone',
  message: 'not an IANA time zone name (such as Africa/Tunis or UTC)',
});
