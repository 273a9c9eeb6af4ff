import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import type { ManagedUser } from './user-types';
import classes from './users.module.css';

/** "Active" or "Deactivated" in words (with a border, not by colour alone), and since when. */
export function AccountStatus({ account }: { account: Pick<ManagedUser, 'active' | 'deactivatedAt'> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <span data-testid="account-status" data-active={account.active}>
      <span className={`${classes.status} ${account.active ? classes.active : classes.inactive}`}>
        {account.active ? t('administration.users.status.active') : t('administration.users.status.inactive')}
      </span>
      {!account.active && account.deactivatedAt && (
        <span className={classes.place}>
          <time dateTime={account.deactivatedAt}>
            {t('administration.users.status.inactiveSince', {
              date: formatDate(new Date(account.deactivatedAt), language, { dateStyle: 'medium' }),
            })}
          </time>
        </span>
      )}
    </span>
  );
}
