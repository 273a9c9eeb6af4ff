import type { ProfileRequest, RegistryOrganisation } from '../../../../contracts/registry-organisations.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { isUniqueViolation } from '../../administration/users/errors.ts';
import { notCivilSociety, registrationNumberTaken } from './errors.ts';
import { registryOrganisationPolicy } from './policy.ts';
import { changedFields, valuesOfRequest, valuesOfRow } from './profile-values.ts';
import { insertProfileVersion, nextVersionNumber } from './profile-versions.ts';
import { loadRegistryRecord } from './registry-record.ts';
import { findOrganisation, findProfile, isRegistrationNumberTaken, saveProfile } from './repository.ts';

/**
 * Creates or replaces a civil society organisation's profile (a field left out is cleared), and
 * keeps what it became as the next version of its history, in the same transaction. Audited as
 * `registry.profile_updated` with the names of the fields that changed, never their values (the
 * values are in the history, which only readers of the record see); the same profile again writes
 * nothing. `created` says whether there was no profile before.
 */
export async function updateProfile(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: ProfileRequest,
): Promise<{ record: RegistryOrganisation; created: boolean }> {
  // Locked: the profile and its version numbers change one write after the other.
  const organisation = await findOrganisation(tx, id, { lock: true });
  if (!organisation) throw notFound();
  const { actions } = authorize(access, registryOrganisationPolicy, 'update_profile', organisation);
  if (organisation.kind !== 'civil_society') throw notCivilSociety();

  const wanted = valuesOfRequest(request);
  const before = await findProfile(tx, id);
  const changed = changedFields(before && valuesOfRow(before), wanted);
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
  await insertProfileVersion(tx, {
    tenantId: organisation.tenantId,
    organisationId: id,
    version: await nextVersionNumber(tx, id),
    profile: wanted,
    changedFields: changed,
    changedBy: access.actor.userId,
  });
  access.audit({
    action: 'registry.profile_updated',
    outcome: 'allowed',
    subject: { type: 'organisation', id },
    personId: null,
    details: { fields: changed.join(','), created: before === undefined },
  });
  return { record: await loadRegistryRecord(tx, organisation, actions), created: before === undefined };
}
