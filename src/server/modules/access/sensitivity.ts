import type { Actor } from '../identity/access/actor.ts';
import { ORGANISATION_ROLES, type Role } from '../identity/roles.ts';
import type { BreakGlassRole, EntityPolicy } from './policy.ts';

// Need-to-know inside a record (design rule 2, docs/security.md "Sensitivity classes"): the
// policy decides which records a user may open; these rules decide which of a record's fields they
// see once it is open. The server drops the others before serialising.

export const SENSITIVITY_CLASSES = ['public', 'internal', 'personal', 'sensitive', 'security'] as const;
export type SensitivityClass = (typeof SENSITIVITY_CLASSES)[number];

/** Civil society never sees security content, whatever an entity's rules say. */
const NEVER_SECURITY: readonly Role[] = ORGANISATION_ROLES;

export interface SensitivityRules<Rec, Rel extends string> {
  /** Every field of the record, with its class: a field added without one fails type-checking. */
  readonly fields: { readonly [K in keyof Rec]-?: SensitivityClass };
  /** role → relationship → the classes that role, so related, sees (as the policy's action table). */
  readonly table: { readonly [R in Role]?: { readonly [L in Rel]?: readonly SensitivityClass[] } };
  /**
   * What a record opened by break-glass shows, per role: the reader's own level, never more than
   * the role would see in its own scope. Break-glass widens which records, never which fields.
   */
  readonly breakGlass?: { readonly [R in BreakGlassRole]?: readonly SensitivityClass[] };
}

/**
 * Declares an entity's field classes and who sees them, checking what the type-checker cannot. The
 * record shown (`Rec`) may carry more fields than the policy judges by (`Judged`): every one needs a class.
 */
export function defineSensitivity<Rec extends Judged, Judged, Rel extends string, Act extends string>(
  policy: EntityPolicy<Judged, Rel, Act>,
  rules: SensitivityRules<Rec, Rel>,
): SensitivityRules<Rec, Rel> {
  const grants: [string, readonly SensitivityClass[]][] = [
    ...Object.entries(rules.table).flatMap(([role, byRelationship]) =>
      Object.values(byRelationship ?? {}).map(
        (classes) => [role, classes as readonly SensitivityClass[]] as [string, readonly SensitivityClass[]],
      ),
    ),
    ...Object.entries(rules.breakGlass ?? {}).map(
      ([role, classes]) => [role, classes ?? []] as [string, readonly SensitivityClass[]],
    ),
  ];
  for (const [role, classes] of grants) {
    if ((NEVER_SECURITY as readonly string[]).includes(role) && classes.includes('security')) {
      throw new Error(`the ${policy.entity} rules show security content to ${role}, which may never see it`);
    }
  }
  for (const role of Object.keys(rules.breakGlass ?? {})) {
    if (!(policy.breakGlass?.roles as readonly string[] | undefined)?.includes(role)) {
      throw new Error(
        `the ${policy.entity} rules give break-glass fields to ${role}, which cannot break the glass`,
      );
    }
  }
  return rules;
}

/** The classes the actor sees in this record: the union over their role assignments. */
export function visibleClasses<Rec extends Judged, Judged, Rel extends string, Act extends string>(
  policy: EntityPolicy<Judged, Rel, Act>,
  rules: SensitivityRules<Rec, Rel>,
  actor: Actor,
  record: Rec,
  opened: { breakGlass: boolean },
): Set<SensitivityClass> {
  const seen = new Set<SensitivityClass>();
  for (const held of actor.roles) {
    for (const relationship of policy.relate(held, actor, record)) {
      for (const sensitivity of rules.table[held.role]?.[relationship] ?? []) seen.add(sensitivity);
    }
    if (opened.breakGlass) {
      for (const sensitivity of rules.breakGlass?.[held.role as BreakGlassRole] ?? []) seen.add(sensitivity);
    }
  }
  return seen;
}

/**
 * The record with only the fields of the classes given: the others are absent (not blank), so a
 * screen cannot show them by mistake. Call it on what is about to be serialised.
 */
export function withoutHiddenFields<Rec extends object, Rel extends string>(
  rules: SensitivityRules<Rec, Rel>,
  record: Rec,
  classes: ReadonlySet<SensitivityClass>,
): Partial<Rec> {
  const shown: Partial<Rec> = {};
  for (const key of Object.keys(record) as (keyof Rec)[]) {
    const sensitivity = rules.fields[key];
    // A field with no class (possible only through a cast) is not shown: unknown means hidden.
    if (sensitivity !== undefined && classes.has(sensitivity)) shown[key] = record[key];
  }
  return shown;
}
