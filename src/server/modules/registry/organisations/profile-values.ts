import { ACTOR_ROLES, INTERVENTION_TYPES } from '../../../../contracts/registry.ts';
import {
  PROFILE_FIELDS,
  type ProfileField,
  type ProfileRequest,
  type ProfileValues,
} from '../../../../contracts/registry-organisations.ts';
import type { ProfileRow } from './repository.ts';

// A profile's values in one canonical form, so that "what changed" compares like with like: the
// reference lists in their list's order (ticking the same boxes in another order changes nothing),
// names in other languages by language tag, a contact's missing parts as null. Regions, languages
// and contacts keep the order the coordinator gave: it is theirs to choose.

const inOrderOf = <T extends string>(list: readonly T[], values: readonly T[]): T[] =>
  list.filter((value) => values.includes(value));

const byKey = (names: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(names).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The values a request asks for; a field left out is cleared, as the PUT has always done. */
export function valuesOfRequest(request: ProfileRequest): ProfileValues {
  return {
    mandate: request.mandate,
    legalName: request.legalName,
    otherNames: byKey(request.otherNames ?? {}),
    registrationNumber: request.registrationNumber ?? null,
    registrationRegistry: request.registrationRegistry ?? null,
    country: request.country ?? null,
    regionsServed: request.regionsServed ?? [],
    expertise: inOrderOf(ACTOR_ROLES, request.expertise ?? []),
    interventionTypes: inOrderOf(INTERVENTION_TYPES, request.interventionTypes ?? []),
    languages: request.languages ?? [],
    staffCount: request.staffCount ?? null,
    contacts: (request.contacts ?? []).map((contact) => ({
      name: contact.name,
      role: contact.role ?? null,
      email: contact.email ?? null,
      phone: contact.phone ?? null,
    })),
  };
}

/** The values a stored profile holds. */
export function valuesOfRow(row: ProfileRow): ProfileValues {
  return {
    mandate: row.mandate,
    legalName: row.legalName,
    otherNames: byKey(row.otherNames),
    registrationNumber: row.registrationNumber,
    registrationRegistry: row.registrationRegistry,
    country: row.country,
    regionsServed: row.regionsServed,
    expertise: inOrderOf(ACTOR_ROLES, row.expertise),
    interventionTypes: inOrderOf(INTERVENTION_TYPES, row.interventionTypes),
    languages: row.languages,
    staffCount: row.staffCount,
    contacts: row.contacts,
  };
}

/** What "nothing" is for each field, so that a first profile names only the fields it gives. */
const EMPTY: Omit<ProfileValues, 'mandate' | 'legalName'> & { mandate: null; legalName: null } = {
  mandate: null,
  legalName: null,
  otherNames: {},
  registrationNumber: null,
  registrationRegistry: null,
  country: null,
  regionsServed: [],
  expertise: [],
  interventionTypes: [],
  languages: [],
  staffCount: null,
  contacts: [],
};

/** The fields whose values differ, in the profile's order; against no profile, those given. */
export function changedFields(before: ProfileValues | undefined, after: ProfileValues): ProfileField[] {
  const old: Record<ProfileField, unknown> = before ?? EMPTY;
  return PROFILE_FIELDS.filter((field) => JSON.stringify(old[field]) !== JSON.stringify(after[field]));
}
