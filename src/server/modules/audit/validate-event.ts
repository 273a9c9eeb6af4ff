import { AUDIT_ACTIONS, type AuditDetail, type AuditEvent } from './events.ts';

// The type-checker guards callers written in TypeScript; this guards the trail against everything
// else (a cast, a value built at run time). A bad event throws, which fails the caller's transaction:
// work that cannot be audited does not happen.

export const AUDIT_LIMITS = {
  purpose: 1000,
  subjectId: 200,
  requestId: 200,
  address: 100,
  detailKeys: 32,
  detailString: 500,
} as const;

export class AuditEventError extends Error {
  override name = 'AuditEventError';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SUBJECT_TYPE = /^[a-z][a-z0-9_]{0,63}$/;
const DETAIL_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
// PostgreSQL text cannot hold NUL, and a lone surrogate has no UTF-8 form (the driver would store
// U+FFFD instead, and the stored entry would no longer match its hash).
const LONE_SURROGATE = /\p{Cs}/u;
const unstorable = (value: string) => value.includes('\u0000') || LONE_SURROGATE.test(value);
const ACTIONS: ReadonlySet<string> = new Set(AUDIT_ACTIONS);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks an event and returns it normalised (lower-case UUIDs, as PostgreSQL returns them). */
export function validateAuditEvent(input: unknown): AuditEvent {
  if (!isRecord(input)) throw new AuditEventError('an audit event must be an object');
  const problems: string[] = [];
  const text = (field: string, max: number, pattern?: RegExp): string | null => {
    const value = input[field];
    if (value === null) return null;
    if (typeof value !== 'string' || value.length === 0 || value.length > max) {
      problems.push(`${field} must be null or a string of 1 to ${max} characters`);
    } else if (unstorable(value)) {
      problems.push(`${field} contains a NUL or an unpaired surrogate`);
    } else if (pattern && !pattern.test(value)) {
      problems.push(`${field} must match ${pattern}`);
    } else return value;
    return null;
  };
  const uuid = (field: string): string | null => {
    const value = input[field];
    if (value === null) return null;
    if (typeof value === 'string' && UUID.test(value)) return value.toLowerCase();
    problems.push(`${field} must be null or a UUID`);
    return null;
  };

  const action = input.action;
  if (typeof action !== 'string' || !ACTIONS.has(action)) {
    problems.push(`action ${JSON.stringify(action)} is not in AUDIT_ACTIONS`);
  }
  const outcome = input.outcome;
  if (outcome !== 'allowed' && outcome !== 'denied') problems.push('outcome must be allowed or denied');
  const breakGlass = input.breakGlass;
  if (typeof breakGlass !== 'boolean') problems.push('breakGlass must be a boolean');
  const purpose = text('purpose', AUDIT_LIMITS.purpose);
  // Break-glass access is only legitimate with the reason the user gave (design rule 4).
  if (breakGlass === true && purpose === null) problems.push('a break-glass event needs its purpose');
  const event = {
    action: action as AuditEvent['action'],
    outcome: outcome as AuditEvent['outcome'],
    actorUserId: uuid('actorUserId'),
    actorOrganisationId: uuid('actorOrganisationId'),
    subjectType: text('subjectType', 64, SUBJECT_TYPE),
    subjectId: text('subjectId', AUDIT_LIMITS.subjectId),
    personId: uuid('personId'),
    purpose,
    breakGlass: breakGlass === true,
    requestId: text('requestId', AUDIT_LIMITS.requestId),
    address: text('address', AUDIT_LIMITS.address),
    details: validateDetails(input.details, problems),
  };
  if (problems.length > 0) {
    throw new AuditEventError(`invalid audit event (${String(action)}): ${problems.join('; ')}`);
  }
  return event;
}

function validateDetails(details: unknown, problems: string[]): Record<string, AuditDetail> {
  if (!isRecord(details) || Object.getPrototypeOf(details) !== Object.prototype) {
    problems.push('details must be a plain object');
    return {};
  }
  const keys = Object.keys(details);
  if (keys.length > AUDIT_LIMITS.detailKeys) {
    problems.push(`details may hold at most ${AUDIT_LIMITS.detailKeys} keys`);
  }
  const copy: Record<string, AuditDetail> = {};
  for (const key of keys) {
    const value = details[key];
    if (!DETAIL_KEY.test(key)) problems.push(`details key ${JSON.stringify(key)} must match ${DETAIL_KEY}`);
    else if (
      value === null ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      (typeof value === 'string' && value.length <= AUDIT_LIMITS.detailString && !unstorable(value))
    ) {
      copy[key] = value;
    } else {
      problems.push(
        `details.${key} must be null, a boolean, a finite number or a storable string of at most ` +
          `${AUDIT_LIMITS.detailString} characters`,
      );
    }
  }
  return copy;
}
