import type { AdminFacility, AdminOrganisation } from '../../../../contracts/administration';
import type { SignedIn } from '../../../../contracts/identity';
import type { ManagedUser } from './user-types';

// The organisations and facilities the screens can name and offer. An administrator reads the
// tenant's lists; a coordinator knows their own organisation from `/me` and the organisations of
// the accounts they see. A place no answer names (it cannot happen for an administrator) is shown by
// a short reference rather than not at all.

export interface KnownOrganisation {
  id: string;
  name: string;
}

export interface KnownFacility {
  id: string;
  /** Null when no answer the caller receives names it. */
  name: string | null;
}

export interface ScopeDirectory {
  organisations: KnownOrganisation[];
  facilities: KnownFacility[];
}

export interface PlaceSources {
  organisations?: readonly AdminOrganisation[] | undefined;
  facilities?: readonly AdminFacility[] | undefined;
  accounts?: readonly ManagedUser[] | undefined;
}

export const emptyScopeDirectory = (): ScopeDirectory => ({ organisations: [], facilities: [] });

/** Everything known, sorted for a reader of `language`: by name, unnamed facilities last. */
export function scopeDirectoryOf(session: SignedIn, sources: PlaceSources, language: string): ScopeDirectory {
  const organisations = new Map<string, string>([[session.organisation.id, session.organisation.name]]);
  const facilities = new Map<string, string | null>();
  for (const held of session.roles) {
    if (held.organisation) organisations.set(held.organisation.id, held.organisation.name);
    if (held.facility) facilities.set(held.facility.id, held.facility.name);
  }
  for (const account of sources.accounts ?? []) {
    organisations.set(account.organisation.id, account.organisation.name);
    for (const held of account.roles) {
      if (held.facilityId !== null && !facilities.has(held.facilityId)) facilities.set(held.facilityId, null);
    }
  }
  for (const organisation of sources.organisations ?? [])
    organisations.set(organisation.id, organisation.name);
  for (const facility of sources.facilities ?? []) facilities.set(facility.id, facility.name);

  const collator = new Intl.Collator(language);
  return {
    organisations: [...organisations]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    facilities: [...facilities]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) =>
        a.name !== null && b.name !== null
          ? collator.compare(a.name, b.name)
          : Number(a.name === null) - Number(b.name === null) || a.id.localeCompare(b.id),
      ),
  };
}

/**
 * A short, stable reference for a place without a known name: the last eight hexadecimal digits
 * of its id (the first ones of a UUIDv7 are its creation time, alike for places made together).
 */
export function shortReference(id: string): string {
  return id.replace(/-/g, '').slice(-8).toUpperCase();
}
