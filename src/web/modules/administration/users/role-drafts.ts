import type { RoleName } from '../../../../contracts/identity';
import { scopeKindOf } from './role-grants';
import type { ManagedRole, RoleRequest } from './user-types';

/** One line of the roles editor: a role (or none chosen yet) and the facility or organisation it applies at. */
export interface RoleDraft {
  /** A React key that stays with the line while lines above it are removed. */
  key: string;
  role: RoleName | '';
  /** The facility or organisation id; '' when none is chosen, or for a tenant role. */
  placeId: string;
}

/** What is wrong with a line before it is sent. */
export type DraftProblem = 'roleRequired' | 'placeRequired' | 'duplicate';

let nextKey = 0;
export const newDraftKey = () => {
  nextKey += 1;
  return `role-draft-${nextKey}`;
};

export function draftsOf(roles: readonly ManagedRole[]): RoleDraft[] {
  return roles.map((held) => ({
    key: newDraftKey(),
    role: held.role,
    placeId: held.facilityId ?? held.organisationId ?? '',
  }));
}

/** The lines as the API takes them (lines without a role are left to `checkDrafts`). */
export function requestsOf(drafts: readonly RoleDraft[]): RoleRequest[] {
  return drafts.flatMap((draft): RoleRequest[] => {
    if (draft.role === '') return [];
    const kind = scopeKindOf(draft.role);
    if (kind === 'facility') return [{ role: draft.role, facilityId: draft.placeId }];
    if (kind === 'organisation') return [{ role: draft.role, organisationId: draft.placeId }];
    return [{ role: draft.role }];
  });
}

/** The problems of each line, by index: a role to choose, a place to choose, or the same role twice. */
export function checkDrafts(drafts: readonly RoleDraft[]): Map<number, DraftProblem> {
  const problems = new Map<number, DraftProblem>();
  const seen = new Set<string>();
  drafts.forEach((draft, index) => {
    if (draft.role === '') {
      problems.set(index, 'roleRequired');
      return;
    }
    const kind = scopeKindOf(draft.role);
    if (kind !== 'tenant' && draft.placeId === '') {
      problems.set(index, 'placeRequired');
      return;
    }
    const key = `${draft.role}/${kind === 'tenant' ? '' : draft.placeId}`;
    if (seen.has(key)) problems.set(index, 'duplicate');
    seen.add(key);
  });
  return problems;
}
