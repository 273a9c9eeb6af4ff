import type { Tx } from '../../../platform/db/database.ts';
import { dueDiligenceIncomplete } from '../accreditation/errors.ts';
import type { RegistryOrganisationRow } from '../organisations/repository.ts';
import { findProfile } from '../organisations/repository.ts';
import { dueDiligenceRequired, outstandingKinds } from './checklist.ts';
import { latestChecksOf } from './repository.ts';

/**
 * Refuses (409 `accreditation.due_diligence_incomplete`, listing what is outstanding) an
 * accreditation of a service provider whose checklist is not complete. A formal monitoring body
 * is not held to it. Read in the decision's transaction, with the organisation locked, so a check
 * recorded a moment ago counts and one recorded meanwhile waits for the decision.
 */
export async function requireCompleteChecklist(tx: Tx, organisation: RegistryOrganisationRow) {
  const profile = await findProfile(tx, organisation.id);
  if (!dueDiligenceRequired(profile?.mandate ?? null)) return;
  const latest =
    (await latestChecksOf(tx, organisation.tenantId, [organisation.id])).get(organisation.id) ?? new Map();
  const outstanding = outstandingKinds(latest);
  if (outstanding.length > 0) {
    throw dueDiligenceIncomplete(outstanding.map((kind) => ({ kind, checked: latest.has(kind) })));
  }
}
