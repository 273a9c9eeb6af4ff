import { useTranslation } from 'react-i18next';
import type { RoleWords } from './role-words';
import type { ManagedRole } from './user-types';
import classes from './users.module.css';

/** The roles of an account, each with where it applies, in words. */
export function RoleSummary({ roles, words }: { roles: readonly ManagedRole[]; words: RoleWords }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <span>{t('administration.users.list.noRoles')}</span>;
  return (
    <ul className={classes.roleList} data-testid="role-summary">
      {roles.map((held) => (
        <li key={`${held.role}/${held.facilityId ?? held.organisationId ?? 'tenant'}`} data-role={held.role}>
          {words.roleName(held.role)}
          <span className={classes.place}>{words.placeOf(held)}</span>
        </li>
      ))}
    </ul>
  );
}
