import { ROLES, type RoleName } from '../../../../contracts/identity';
import type { ManagedUser, UserListFilters } from './user-types';

// The list's filters live in the address (`?q=omar&role=cso_practitioner&status=active`), so a
// filtered list has a stable link and survives going back. Status and organisation are the
// server's filters; the text and the role narrow the accounts loaded so far (the API has no search).

export type StatusFilter = 'all' | 'active' | 'inactive';

export interface ListFilters {
  search: string;
  role: RoleName | '';
  status: StatusFilter;
  organisationId: string;
}

export function listFiltersFrom(params: URLSearchParams): ListFilters {
  const role = params.get('role') ?? '';
  const status = params.get('status');
  return {
    search: params.get('q') ?? '',
    role: (ROLES as readonly string[]).includes(role) ? (role as RoleName) : '',
    status: status === 'active' || status === 'inactive' ? status : 'all',
    organisationId: params.get('organisation') ?? '',
  };
}

/** The filters as address parameters, leaving out those at their default. */
export function paramsOf(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.role) params.set('role', filters.role);
  if (filters.status !== 'all') params.set('status', filters.status);
  if (filters.organisationId) params.set('organisation', filters.organisationId);
  return params;
}

export function serverFiltersOf(filters: ListFilters): UserListFilters {
  return {
    ...(filters.status === 'all' ? {} : { active: filters.status === 'active' }),
    ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
  };
}

/** Text compared without case or accents, so "leila" finds "Leïla". */
export function foldForSearch(text: string, language: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase(language);
}

/** Whether an account matches the text (in its name or username) and holds the role. */
export function matchesLocally(account: ManagedUser, filters: ListFilters, language: string): boolean {
  if (filters.role && !account.roles.some((held) => held.role === filters.role)) return false;
  const wanted = foldForSearch(filters.search.trim(), language);
  if (!wanted) return true;
  return [account.displayName, account.username].some((text) =>
    foldForSearch(text, language).includes(wanted),
  );
}
