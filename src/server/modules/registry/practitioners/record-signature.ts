import type {
  PractitionerStanding,
  RecordSignatureRequest,
} from '../../../../contracts/registry-practitioners.ts';
import { latestRecordableDay } from '../../../platform/calendar-days.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { FieldError } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { inFuture, invalidRequest } from './errors.ts';
import { insertSignature, isIssuedVersion } from './history-repository.ts';
import { authorizedPractitioner, standingOf } from './standing.ts';

/**
 * Records that a practitioner signed a version of the code of conduct or the confidentiality
 * agreement: the organisation's coordinator or the administrator. The version must be one the
 * tenant has issued (another tenant's is unknown here). Signing again is a new record: the history
 * keeps every signature. Audited as `document.signed`.
 */
export async function recordSignature(
  tx: Tx,
  access: AccessContext,
  practitionerId: string,
  request: RecordSignatureRequest,
  now: Date,
): Promise<PractitionerStanding> {
  const { actor } = access;
  const { granted } = await authorizedPractitioner(tx, access, practitionerId, 'record_signature');
  const errors: FieldError[] = [];
  if (!(await isIssuedVersion(tx, actor.tenantId, request.document, request.version))) {
    errors.push({
      path: '/body/version',
      code: 'unknown_version',
      message: 'no such version of this document',
    });
  }
  if (request.signedOn > latestRecordableDay(now)) errors.push(inFuture('/body/signedOn'));
  if (errors.length > 0) throw invalidRequest(errors);

  const id = await insertSignature(tx, {
    tenantId: actor.tenantId,
    practitionerId,
    document: request.document,
    version: request.version,
    signedOn: request.signedOn,
  });
  access.audit({
    action: 'document.signed',
    outcome: 'allowed',
    subject: { type: 'practitioner', id: practitionerId },
    personId: null,
    details: {
      signatureId: id,
      document: request.document,
      version: request.version,
      signedOn: request.signedOn,
    },
  });
  return standingOf(tx, actor, practitionerId, granted);
}
