import type { AccreditationStatus } from '../../../../contracts/registry.ts';
import type { DecisionRequest } from '../../../../contracts/registry-organisations.ts';
import type { FieldError } from '../../../platform/http/problem.ts';

// Which fields each decision needs and admits, checked before anything is read or written. The
// CHECKs of accreditation_decisions say the same (an accreditation states its period and scope;
// refusing, suspending or revoking says why); this gives the client the field at fault instead of
// a database error. A field a status does not admit is refused rather than silently dropped.

type DecisionField = Exclude<keyof DecisionRequest, 'status'>;

const SCOPE: readonly DecisionField[] = ['validFrom', 'validUntil', 'facilityIds', 'interventionTypes'];

const FIELDS: {
  readonly [S in AccreditationStatus]: { needs: readonly DecisionField[]; admits: readonly DecisionField[] };
} = {
  // An application may say what it asks for.
  applied: { needs: [], admits: [...SCOPE, 'reasons'] },
  under_review: { needs: [], admits: ['reasons'] },
  accredited: { needs: SCOPE, admits: [...SCOPE, 'requiresAgreement', 'conditions', 'reasons'] },
  refused: { needs: ['reasons'], admits: ['reasons'] },
  // A suspension or revocation keeps the scope of what it suspends or revokes: it is not restated.
  suspended: { needs: ['reasons'], admits: ['reasons'] },
  revoked: { needs: ['reasons'], admits: ['reasons'] },
};

const isGiven = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);

/** The field errors of a decision request, judged by its status alone; empty when it is well formed. */
export function decisionFieldErrors(request: DecisionRequest): FieldError[] {
  const { needs, admits } = FIELDS[request.status];
  const errors: FieldError[] = [];
  for (const field of Object.keys(request) as (keyof DecisionRequest)[]) {
    if (field === 'status' || admits.includes(field) || request[field] === undefined) continue;
    errors.push({
      path: `/body/${field}`,
      code: 'not_applicable',
      message: `a decision of status ${request.status} does not take ${field}`,
    });
  }
  for (const field of needs) {
    if (!isGiven(request[field])) {
      errors.push({ path: `/body/${field}`, code: 'required', message: `${request.status} needs ${field}` });
    }
  }
  const { validFrom, validUntil } = request;
  // Calendar days as YYYY-MM-DD compare as strings.
  if (validFrom !== undefined && validUntil !== undefined && validUntil < validFrom) {
    errors.push({
      path: '/body/validUntil',
      code: 'before_valid_from',
      message: 'must be on or after validFrom',
    });
  }
  return errors;
}
