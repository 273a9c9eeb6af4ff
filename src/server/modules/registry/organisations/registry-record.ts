import type {
  RegistryOrganisation,
  RegistryOrganisationAction,
} from '../../../../contracts/registry-organisations.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { decisionsOf } from '../accreditation/repository.ts';
import { presentRecord } from './presenter.ts';
import { profileVersionsOf } from './profile-versions.ts';
import { agreementsOf, findProfile, type RegistryOrganisationRow } from './repository.ts';

/**
 * The whole registry record (with the profile's history) of an organisation the caller has just authorized (`allowed`: the
 * policy's actions for them), as it stands in this transaction: what a read answers, and what every
 * write answers after it has written.
 */
export async function loadRegistryRecord(
  tx: Tx,
  organisation: RegistryOrganisationRow,
  allowed: readonly RegistryOrganisationAction[],
): Promise<RegistryOrganisation> {
  const [profile, profileVersions, decisions, agreements] = await Promise.all([
    findProfile(tx, organisation.id),
    profileVersionsOf(tx, organisation.id),
    decisionsOf(tx, organisation.id),
    agreementsOf(tx, organisation.id),
  ]);
  return presentRecord(organisation, { profile, profileVersions, decisions, agreements }, allowed);
}
