import type { Actor } from '../identity/access/actor.ts';
import type { Role, RoleAssignment, ScopeKind } from '../identity/roles.ts';

// How an entity declares who may do what to one of its records: a table of
// role × relationship × action → allowed, read in one place (the entity's `policy.ts`) and applied
// by `authorize` and `allowedActions` (docs/security.md, "Access core").

/** Every entity has this action, and seeing a record means being allowed it. */
export const READ = 'read';

/**
 * The roles that may ever be given break-glass: prison staff who may have to open the record of a
 * person held at another facility in an emergency. Never a CSO role, an administrator (no case
 * content by default), an analyst or an oversight monitor (who asks for case access by a logged
 * request instead): the type refuses them in any policy.
 */
export const BREAK_GLASS_ROLES = ['director', 'security_officer', 'case_manager'] as const;
export type BreakGlassRole = (typeof BREAK_GLASS_ROLES)[number];

/** role → relationship → the actions that role, so related, may take. Anything not listed is refused. */
export type PolicyTable<Rel extends string, Act extends string> = {
  readonly [R in Role]?: { readonly [L in Rel]?: readonly Act[] };
};

/** What the audit trail names when a record is opened or refused. */
export interface AccessSubject {
  /** The tenant the record belongs to: nothing of another tenant is ever visible, break-glass or not. */
  tenantId: string;
  /** The record's id as the trail shows it (an id or a human-readable reference); null for a collection. */
  id: string | null;
  /** The person in custody the record is about, so that it shows in their access report. */
  personId: string | null;
}

export interface EntityPolicy<Rec, Rel extends string, Act extends string> {
  /** The record's kind, as `subject_type` in the audit trail. */
  readonly entity: string;
  /** Every action of the entity, in the order responses list them; includes `read`. */
  readonly actions: readonly Act[];
  readonly relationships: readonly Rel[];
  readonly table: PolicyTable<Rel, Act>;
  /**
   * Every relationship one role assignment of the actor has with the record (none: empty). They are
   * facts, not ranks: a case manager on the case team at the record's facility has both `facility`
   * and `case_team`, and gets the actions of both.
   */
  relate(held: RoleAssignment, actor: Actor, record: Rec): readonly Rel[];
  subject(record: Rec): AccessSubject;
  /**
   * The relationships that follow from scope alone (the record's facility, organisation or tenant
   * is the assignment's), so that list queries can select them in SQL (`visibleRowsCondition`).
   * Relationships that need a join (a case team) are added by the entity's own query.
   */
  readonly listScopes?: { readonly [L in Rel]?: ScopeKind };
  /** Opt-in: who may open a record outside their scope by giving a reason; it then opens read-only. */
  readonly breakGlass?: { readonly roles: readonly BreakGlassRole[] };
}

/** Declares an entity's policy, checking at start-up what the type-checker cannot. */
export function definePolicy<Rec, const Rel extends string, const Act extends string>(
  policy: EntityPolicy<Rec, Rel, Act>,
): EntityPolicy<Rec, Rel, Act> {
  if (!(policy.actions as readonly string[]).includes(READ)) {
    throw new Error(`the ${policy.entity} policy must have a "${READ}" action`);
  }
  for (const role of policy.breakGlass?.roles ?? []) {
    if (!(BREAK_GLASS_ROLES as readonly string[]).includes(role)) {
      throw new Error(`the ${policy.entity} policy gives break-glass to ${role}, which may never have it`);
    }
  }
  return policy;
}

/**
 * The actions the actor may take on the record, in the policy's order: the union over the actor's
 * role assignments. Empty when the actor may not read it: nothing can be done to a record one may
 * not see, whatever the table says.
 */
export function allowedActions<Rec, Rel extends string, Act extends string>(
  policy: EntityPolicy<Rec, Rel, Act>,
  actor: Actor,
  record: Rec,
): Act[] {
  const allowed = new Set<Act>();
  for (const held of actor.roles) {
    for (const relationship of policy.relate(held, actor, record)) {
      for (const action of policy.table[held.role]?.[relationship] ?? []) allowed.add(action);
    }
  }
  if (!allowed.has(READ as Act)) return [];
  return policy.actions.filter((action) => allowed.has(action));
}

/** Whether the actor holds a role the policy lets break the glass. */
export function mayBreakGlass<Rec, Rel extends string, Act extends string>(
  policy: EntityPolicy<Rec, Rel, Act>,
  actor: Actor,
): boolean {
  const roles: readonly Role[] = policy.breakGlass?.roles ?? [];
  return actor.roles.some((held) => roles.includes(held.role));
}
