import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { AccountStatus } from './AccountStatus';
import type { ManagedUser } from './user-types';
import classes from './users.module.css';

/** Who the account is: username, organisation, status, when it was made, whether it has a second factor. */
export function AccountDetails({ account }: { account: ManagedUser }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <dl className={classes.details} data-testid="account-details">
      <dt>{t('administration.users.create.username')}</dt>
      <dd>
        <span dir="ltr" className={classes.username} data-testid="account-username">
          {account.username}
        </span>
      </dd>
      <dt>{t('administration.users.create.organisation')}</dt>
      <dd data-testid="account-organisation">
        <bdi>{account.organisation.name}</bdi>
      </dd>
      <dt>{t('administration.users.list.columns.status')}</dt>
      <dd>
        <AccountStatus account={account} />
      </dd>
      <dt>{t('administration.users.account.created')}</dt>
      <dd>
        <time dateTime={account.createdAt}>
          {formatDate(new Date(account.createdAt), language, { dateStyle: 'long' })}
        </time>
      </dd>
      <dt>{t('administration.users.account.secondFactor')}</dt>
      <dd>
        {account.mfaEnrolled
          ? t('administration.users.account.secondFactorSet')
          : t('administration.users.account.secondFactorNotSet')}
      </dd>
    </dl>
  );
}
