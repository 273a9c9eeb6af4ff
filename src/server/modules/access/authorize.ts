import type { AuditEvent } from '../audit/events.ts';
import { AccessContext } from './access-context.ts';
import { allowedActions, type EntityPolicy, mayBreakGlass, READ } from './policy.ts';

/** Why a request was refused, as `details.reason` of its `access.denied` entry. */
export type RefusalReason =
  /** The actor may not see the record at all: answered 404, exactly as a missing record. */
  | 'not_visible'
  /** The actor may see the record but not take this action: 403. */
  | 'not_allowed'
  /** Opened by break-glass, which allows reading only: 403. */
  | 'break_glass_read_only';

/**
 * A refusal of one record, thrown by `authorize` and caught by `withAccess`, which undoes the work
 * done so far, records `event` in the request's transaction, commits, and only then answers with
 * this error. Its status, code and words are those of any 404 or 403, so the body reveals nothing.
 */
export class AccessRefusal extends Error {
  override name = 'AccessRefusal';
  constructor(
    readonly status: 403 | 404,
    readonly reason: RefusalReason,
    readonly event: AuditEvent,
  ) {
    super(`access refused (${reason})`);
  }
}

/** The actor's access to one record: what they may do, and whether it was opened by break-glass. */
export interface RecordAccess<Act extends string> {
  actions: Act[];
  breakGlass: boolean;
}

/**
 * Decides whether the request's actor may take `action` on `record`, right after loading it:
 * - allowed: returns the actions the actor may take (for the response's `actions`);
 * - not allowed but visible: throws a 403 refusal;
 * - not visible: with a break-glass reason and a role the policy lets break the glass, opens the
 *   record read-only (a `record.break_glass` entry with the reason as purpose, `read` only);
 *   otherwise throws a 404 refusal. A reason given for a record already in scope changes nothing.
 * Every refusal is recorded as `access.denied` with the record as subject.
 */
export function authorize<Rec, Rel extends string, Act extends string>(
  access: AccessContext,
  policy: EntityPolicy<Rec, Rel, Act>,
  action: Act,
  record: Rec,
): RecordAccess<Act> {
  if (!AccessContext.isIssued(access)) throw new Error('authorize needs the context withAccess gives');
  const subject = policy.subject(record);
  if (subject.tenantId !== access.actor.tenantId)
    throw refusal(access, policy, record, action, 'not_visible');
  const actions = allowedActions(policy, access.actor, record);
  if (actions.includes(action)) return { actions, breakGlass: false };
  if (actions.length > 0) throw refusal(access, policy, record, action, 'not_allowed');

  const reason = access.breakGlassReason;
  if (reason === null || !mayBreakGlass(policy, access.actor)) {
    throw refusal(access, policy, record, action, 'not_visible');
  }
  if (action !== READ) throw refusal(access, policy, record, action, 'break_glass_read_only');
  access.audit({
    action: 'record.break_glass',
    outcome: 'allowed',
    subject: { type: policy.entity, id: subject.id },
    personId: subject.personId,
    purpose: reason,
    breakGlass: true,
    details: { action },
  });
  return { actions: [READ as Act], breakGlass: true };
}

function refusal<Rec, Rel extends string, Act extends string>(
  access: AccessContext,
  policy: EntityPolicy<Rec, Rel, Act>,
  record: Rec,
  action: Act,
  reason: RefusalReason,
): AccessRefusal {
  const subject = policy.subject(record);
  const event = access.eventOf({
    action: 'access.denied',
    outcome: 'denied',
    subject: { type: policy.entity, id: subject.id },
    personId: subject.personId,
    details: { action, reason },
  });
  return new AccessRefusal(reason === 'not_visible' ? 404 : 403, reason, event);
}
