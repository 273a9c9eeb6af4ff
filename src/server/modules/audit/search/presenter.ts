import type { ActorNames } from '../../identity/directory/names.ts';
import type { FoundEvent } from './repository.ts';
import type { AuditEventItem } from './schemas.ts';

/** The ids whose names a page of entries shows. */
export function actorIdsOf(events: readonly FoundEvent[]) {
  return {
    userIds: events.flatMap((event) => (event.actorUserId ? [event.actorUserId] : [])),
    organisationIds: events.flatMap((event) =>
      event.actorOrganisationId ? [event.actorOrganisationId] : [],
    ),
  };
}

/** One entry as the API answers it, with its actor's names; the response schema is the last filter. */
export function presentEvent(event: FoundEvent, names: ActorNames, actions: string[]): AuditEventItem {
  const { actorUserId, actorOrganisationId } = event;
  return {
    id: event.id,
    seq: event.seq,
    hash: event.hash,
    occurredAt: event.occurredAt,
    action: event.action,
    outcome: event.outcome,
    actor:
      actorUserId === null && actorOrganisationId === null
        ? null
        : {
            userId: actorUserId,
            displayName: actorUserId === null ? null : (names.users.get(actorUserId)?.displayName ?? null),
            organisationId: actorOrganisationId,
            organisationName:
              actorOrganisationId === null
                ? null
                : (names.organisations.get(actorOrganisationId)?.name ?? null),
          },
    subject: event.subjectType === null ? null : { type: event.subjectType, id: event.subjectId },
    personId: event.personId,
    purpose: event.purpose,
    breakGlass: event.breakGlass,
    requestId: event.requestId,
    details: event.details,
    actions,
  };
}
