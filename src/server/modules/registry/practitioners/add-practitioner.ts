import type {
  AddPractitionerRequest,
  PractitionerStanding,
} from '../../../../contracts/registry-practitioners.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { accountTaken, invalidRequest, isUniqueViolation } from './errors.ts';
import { practitionerPolicy } from './policy.ts';
import { findCivilSociety, insertPractitioner, isAccountLinked, isAccountOf } from './repository.ts';
import { authorizedPractitioner, standingOf } from './standing.ts';

/**
 * Adds a practitioner to an organisation: its coordinator or the administrator. The organisation's
 * practitioners as a whole are judged, so a coordinator adding to another organisation gets 404
 * (and nothing is written). An account linked to the practitioner must be one of the organisation's
 * and not stand for anyone else yet. Audited as `practitioner.created` (no name in the trail).
 */
export async function addPractitioner(
  tx: Tx,
  access: AccessContext,
  organisationId: string,
  request: AddPractitionerRequest,
): Promise<PractitionerStanding> {
  const { actor } = access;
  const organisation = await findCivilSociety(tx, actor.tenantId, organisationId);
  if (!organisation) throw notFound();
  authorize(access, practitionerPolicy, 'create', {
    tenantId: organisation.tenantId,
    id: null,
    organisationId,
    userId: null,
    facilityId: null,
  });

  const userId = request.userId ?? null;
  if (userId !== null) {
    // An account of another organisation, or of another tenant, is answered like one that does not exist.
    if (!(await isAccountOf(tx, actor.tenantId, userId, organisationId))) {
      throw invalidRequest([
        { path: '/body/userId', code: 'unknown_user', message: 'no such account in this organisation' },
      ]);
    }
    if (await isAccountLinked(tx, actor.tenantId, userId)) throw accountTaken();
  }
  const id = await insertPractitioner(tx, {
    tenantId: actor.tenantId,
    organisationId,
    userId,
    displayName: request.displayName,
    roleTitle: request.roleTitle ?? null,
    accessTier: request.accessTier,
    gender: request.gender ?? null,
    languages: request.languages,
  }).catch((error: unknown) => {
    // Two requests linking one account at once: the second finds it taken only at the insert.
    throw isUniqueViolation(error) ? accountTaken() : error;
  });
  access.audit({
    action: 'practitioner.created',
    outcome: 'allowed',
    subject: { type: 'practitioner', id },
    personId: null,
    details: { organisationId, accessTier: request.accessTier, account: userId !== null },
  });
  const { granted } = await authorizedPractitioner(tx, access, id, 'read');
  return standingOf(tx, actor, id, granted);
}
