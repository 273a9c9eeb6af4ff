import { useTranslation } from 'react-i18next';
import type { RoleName } from '../../../../contracts/identity';
import { bidiIsolate } from '../../../i18n/bidi';
import { ROLE_LABELS } from '../../home/role-names';
import { type ScopeDirectory, shortReference } from './scope-directory';
import type { ManagedRole } from './user-types';

export interface RoleWords {
  /** The role's name in the reader's language. */
  roleName: (role: RoleName) => string;
  /** Where the role applies, in words: "Facility: Central Prison", "Throughout the service". */
  placeOf: (held: Pick<ManagedRole, 'facilityId' | 'organisationId'>) => string;
  facilityName: (id: string) => string;
}

/** Role names and places in words, with the names the directory knows (in isolates, for either direction). */
export function useRoleWords(directory: ScopeDirectory): RoleWords {
  const { t } = useTranslation();
  const organisations = new Map(directory.organisations.map((entry) => [entry.id, entry.name]));
  const facilities = new Map(directory.facilities.map((entry) => [entry.id, entry.name]));

  const facilityName = (id: string) => {
    const name = facilities.get(id);
    return name ? name : t('administration.users.scope.facilityUnnamed', { reference: shortReference(id) });
  };

  return {
    roleName: (role) => t(ROLE_LABELS[role].labelKey),
    facilityName,
    placeOf: ({ facilityId, organisationId }) => {
      if (facilityId !== null) {
        const name = facilities.get(facilityId);
        return name
          ? t('administration.users.scope.facility', { place: bidiIsolate(name) })
          : t('administration.users.scope.facilityUnnamed', { reference: shortReference(facilityId) });
      }
      if (organisationId !== null) {
        const name = organisations.get(organisationId);
        return name
          ? t('administration.users.scope.organisation', { place: bidiIsolate(name) })
          : t('administration.users.scope.organisationUnnamed', {
              reference: shortReference(organisationId),
            });
      }
      return t('administration.users.scope.tenant');
    },
  };
}
