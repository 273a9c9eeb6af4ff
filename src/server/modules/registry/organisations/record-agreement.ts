import type { AgreementRequest, RegistryOrganisation } from '../../../../contracts/registry-organisations.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { invalidRequest, notCivilSociety } from './errors.ts';
import { registryOrganisationPolicy } from './policy.ts';
import { loadRegistryRecord } from './registry-record.ts';
import { findOrganisation, insertAgreement } from './repository.ts';

/**
 * Records a memorandum of understanding between the prison service and a civil society
 * organisation. Audited as `agreement.recorded` with its dates (the title is free text, so not).
 */
export async function recordAgreement(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: AgreementRequest,
): Promise<RegistryOrganisation> {
  const organisation = await findOrganisation(tx, id);
  if (!organisation) throw notFound();
  const { actions } = authorize(access, registryOrganisationPolicy, 'record_agreement', organisation);
  if (organisation.kind !== 'civil_society') throw notCivilSociety();
  const endsOn = request.endsOn ?? null;
  // Calendar days as YYYY-MM-DD compare as strings.
  if (endsOn !== null && endsOn < request.startsOn) {
    throw invalidRequest([
      { path: '/body/endsOn', code: 'before_start', message: 'must be on or after startsOn' },
    ]);
  }
  const agreement = {
    tenantId: organisation.tenantId,
    organisationId: id,
    title: request.title,
    startsOn: request.startsOn,
    endsOn,
    signedOn: request.signedOn ?? null,
  };
  const agreementId = await insertAgreement(tx, agreement);
  access.audit({
    action: 'agreement.recorded',
    outcome: 'allowed',
    subject: { type: 'organisation', id },
    personId: null,
    details: {
      agreementId,
      startsOn: agreement.startsOn,
      endsOn: agreement.endsOn,
      signedOn: agreement.signedOn,
    },
  });
  return loadRegistryRecord(tx, organisation, actions);
}
