import type { AuditAction, AuditDetail, AuditEvent, AuditOutcome } from '../audit/events.ts';
import type { Actor } from '../identity/access/actor.ts';

/** Where a request came from, for the trail. */
export interface RequestOrigin {
  requestId: string;
  address: string;
}

/** One entry a request's work asks the trail to hold; the actor and origin are the request's own. */
export interface AccessAuditEntry {
  action: AuditAction;
  outcome: AuditOutcome;
  subject: { type: string; id: string | null };
  personId: string | null;
  /** The purpose of the access; for break-glass, the reason given. */
  purpose?: string | null;
  breakGlass?: boolean;
  details?: Record<string, AuditDetail>;
}

const issued = new WeakSet<AccessContext>();

/**
 * What a request's work knows about who is acting and why, handed out only by `withAccess`: so
 * `authorize` can only run inside a request transaction that records its refusals. Audit entries
 * the work asks for are kept here and written when the work has finished, late in the same
 * transaction (the chain head stays locked from the first entry to the commit).
 */
export class AccessContext {
  readonly #pending: AuditEvent[] = [];

  private constructor(
    readonly actor: Actor,
    readonly origin: RequestOrigin,
    /** The break-glass reason the request gave (header or body), or null. */
    readonly breakGlassReason: string | null,
  ) {}

  /** For `withAccess` only. */
  static open(actor: Actor, origin: RequestOrigin, breakGlassReason: string | null): AccessContext {
    const context = new AccessContext(actor, origin, breakGlassReason);
    issued.add(context);
    return context;
  }

  /** Whether this context was handed out by `withAccess` (and not made up). */
  static isIssued(context: AccessContext): boolean {
    return issued.has(context);
  }

  /** Asks for an entry in the trail, written at the end of the work if the work succeeds. */
  audit(entry: AccessAuditEntry): void {
    this.#pending.push(this.eventOf(entry));
  }

  /** The entries asked for so far, in order. */
  pendingEvents(): readonly AuditEvent[] {
    return this.#pending;
  }

  /** An entry as the trail takes it: this request's actor and origin, and the entry's own facts. */
  eventOf(entry: AccessAuditEntry): AuditEvent {
    return {
      action: entry.action,
      outcome: entry.outcome,
      actorUserId: this.actor.userId,
      actorOrganisationId: this.actor.organisationId,
      subjectType: entry.subject.type,
      subjectId: entry.subject.id,
      personId: entry.personId,
      purpose: entry.purpose ?? null,
      breakGlass: entry.breakGlass ?? false,
      requestId: this.origin.requestId,
      address: this.origin.address,
      details: entry.details ?? {},
    };
  }
}
