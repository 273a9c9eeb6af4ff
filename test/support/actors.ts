import type { Actor } from '../../src/server/modules/identity/access/actor.ts';
import { assignmentOf, type Role } from '../../src/server/modules/identity/roles.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';

/**
 * An actor of `tenantId` holding only `role`, at a facility or in an organisation made up for the
 * test: for policy tables, where only the role and the tenant matter.
 */
export function actorHolding(role: Role, tenantId: string): Actor {
  const held = assignmentOf(role, { facilityId: uuidv7(), organisationId: uuidv7() });
  return { userId: uuidv7(), tenantId, organisationId: uuidv7(), roles: [held] };
}
