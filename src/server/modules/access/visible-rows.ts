import { type Column, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../identity/access/actor.ts';
import type { ScopeKind } from '../identity/roles.ts';
import type { RecordAccess } from './authorize.ts';
import { type EntityPolicy, READ } from './policy.ts';

/** The columns of an entity's table that its scope-based relationships compare with a role's scope. */
export interface ScopeColumns {
  tenantId: Column;
  facilityId?: Column;
  organisationId?: Column;
}

/** The scopes through which the actor may read records of the policy's entity, from the policy's table. */
export function readableScopes<Rec, Rel extends string, Act extends string>(
  policy: EntityPolicy<Rec, Rel, Act>,
  actor: Actor,
): { tenant: boolean; facilityIds: string[]; organisationIds: string[] } {
  let tenant = false;
  const facilityIds = new Set<string>();
  const organisationIds = new Set<string>();
  for (const held of actor.roles) {
    for (const relationship of policy.relationships) {
      const kind: ScopeKind | undefined = policy.listScopes?.[relationship];
      if (kind !== held.scope || !policy.table[held.role]?.[relationship]?.includes(READ as Act)) continue;
      if (held.scope === 'tenant') tenant = true;
      else if (held.scope === 'facility') facilityIds.add(held.facilityId);
      else organisationIds.add(held.organisationId);
    }
  }
  return { tenant, facilityIds: [...facilityIds], organisationIds: [...organisationIds] };
}

/**
 * The condition a list query of the entity must carry so that it returns only rows the actor may
 * read: the actor's tenant (row-level security is the second wall, not the first) and, within it,
 * the facilities, organisations or whole tenant the policy's scope-based relationships reach.
 * `alsoVisible` adds conditions for relationships that need a join (a case team); they are OR-ed
 * with the scopes, inside the tenant. With no scope at all the condition matches nothing.
 *
 * Repository functions that list an entity take this condition; one that does not is named
 * `unsafe…` so that it stands out in review.
 */
export function visibleRowsCondition<Rec, Rel extends string, Act extends string>(
  policy: EntityPolicy<Rec, Rel, Act>,
  actor: Actor,
  columns: ScopeColumns,
  ...alsoVisible: SQL[]
): SQL {
  const scopes = readableScopes(policy, actor);
  const reach: SQL[] = [...alsoVisible];
  if (scopes.tenant) reach.push(sql`true`);
  if (scopes.facilityIds.length > 0)
    reach.push(inArray(columnFor(policy, columns, 'facilityId'), scopes.facilityIds));
  if (scopes.organisationIds.length > 0) {
    reach.push(inArray(columnFor(policy, columns, 'organisationId'), scopes.organisationIds));
  }
  const within = reach.length === 0 ? sql`false` : (or(...reach) ?? sql`false`);
  return sql`(${eq(columns.tenantId, actor.tenantId)} and ${within})`;
}

function columnFor<Rec, Rel extends string, Act extends string>(
  policy: EntityPolicy<Rec, Rel, Act>,
  columns: ScopeColumns,
  name: 'facilityId' | 'organisationId',
): Column {
  const column = columns[name];
  if (!column)
    throw new Error(`the ${policy.entity} policy lists by ${name}, but the query gave no such column`);
  return column;
}

/**
 * The condition for reading the rows that belong to one record the actor was just authorized to
 * read (`authorize` returned `access`): the actor's tenant only, since the record itself is the
 * authority. Taking the `RecordAccess` makes the authorization a precondition the type-checker sees.
 */
export function withinAuthorizedRecord<Act extends string>(
  access: RecordAccess<Act>,
  actor: Actor,
  tenantColumn: Column,
): SQL {
  if (!(access.actions as readonly string[]).includes(READ))
    throw new Error('the record was not authorized for reading');
  return sql`${eq(tenantColumn, actor.tenantId)}`;
}
