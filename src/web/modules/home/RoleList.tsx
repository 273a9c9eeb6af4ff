import { useTranslation } from 'react-i18next';
import type { RoleHeld, SignedIn } from '../../../contracts/identity';
import classes from './home.module.css';
import { ROLE_LABELS } from './role-names';

/** The roles a user holds, each with where it applies, in words. */
export function RoleList({ session }: { session: SignedIn }) {
  const { t } = useTranslation();

  function scopeOf(held: RoleHeld) {
    if (held.scope === 'facility' && held.facility) {
      return { label: t('roleHome.scope.facility'), place: held.facility.name };
    }
    if (held.scope === 'organisation' && held.organisation) {
      return { label: t('roleHome.scope.organisation'), place: held.organisation.name };
    }
    return { label: t('roleHome.scope.tenant'), place: session.tenant.name };
  }

  if (session.roles.length === 0) return <p>{t('roleHome.noRoles')}</p>;
  return (
    <ul className={classes.roleList} data-testid="role-list">
      {session.roles.map((held) => {
        const scope = scopeOf(held);
        const key = `${held.role}:${held.facility?.id ?? held.organisation?.id ?? 'tenant'}`;
        return (
          <li key={key} className={classes.roleItem} data-role={held.role}>
            <span className={classes.roleName}>{t(ROLE_LABELS[held.role].labelKey)}</span>
            <span>
              {scope.label} <bdi>{scope.place}</bdi>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
