import type { ProfileRequest, RegistryOrganisation } from '../../../../contracts/registry-organisations.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { isUniqueViolation } from '../../administration/users/errors.ts';
import { notCivilSociety, registrationNumberTaken } from './errors.ts';
import { registryOrganisationPolicy } from './policy.ts';
import { loadRegistryRecord } from './registry-record.ts';
import {
  findOrganisation,
  findProfile,
  isRegistrationNumberTaken,
  type ProfileFields,
  saveProfile,
} from './repository.ts';

const PROFILE_FIELDS = [
  'mandate',
  'legalName',
  'registrationNumber',
  'registrationRegistry',
  'country',
] as const;

/**
 * Creates or replaces a civil society organisation's profile (a field left out is cleared). Audited
 * as `registry.profile_updated` with the names of the fields that changed, never their values; the
 * same profile again writes nothing. `created` says whether there was no profile before.
 */
export async function updateProfile(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: ProfileRequest,
): Promise<{ record: RegistryOrganisation; created: boolean }> {
  const organisation = await findOrganisation(tx, id, { lock: true });
  if (!organisation) throw notFound();
  const { actions } = authorize(access, registryOrganisationPolicy, 'update_profile', organisation);
  if (organisation.kind !== 'civil_society') throw notCivilSociety();

  const wanted: ProfileFields = {
    mandate: request.mandate,
    legalName: request.legalName,
    registrationNumber: request.registrationNumber ?? null,
    registrationRegistry: request.registrationRegistry ?? null,
    country: request.country ?? null,
  };
  const before = await findProfile(tx, id);
  const changed = PROFILE_FIELDS.filter((field) => (before?.[field] ?? null) !== wanted[field]);
  if (before && changed.length === 0)
    return { record: await loadRegistryRecord(tx, organisation, actions), created: false };

  const number = wanted.registrationNumber;
  if (number !== null && (await isRegistrationNumberTaken(tx, organisation.tenantId, number, id))) {
    throw registrationNumberTaken();
  }
  await saveProfile(tx, { ...wanted, tenantId: organisation.tenantId, organisationId: id }).catch(
    (error: unknown) => {
      // Two organisations claiming one new number at once: the second finds it taken only here.
      throw isUniqueViolation(error) ? registrationNumberTaken() : error;
    },
  );
  access.audit({
    action: 'registry.profile_updated',
    outcome: 'allowed',
    subject: { type: 'organisation', id },
    personId: null,
    details: { fields: changed.join(','), created: before === undefined },
  });
  return { record: await loadRegistryRecord(tx, organisation, actions), created: before === undefined };
}
