import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import tableClasses from '../../../app/ui/data-table.module.css';
import { AccountStatus } from './AccountStatus';
import { RoleSummary } from './RoleSummary';
import type { RoleWords } from './role-words';
import { type ManagedUser, USER_ADMIN_ROUTES } from './user-types';
import classes from './users.module.css';

/**
 * Accounts as a table: name (a link to the account) and username, organisation, roles with where
 * they apply, status. Text wraps inside the cells, so a tablet never scrolls sideways.
 */
export function UsersTable({ accounts, words }: { accounts: readonly ManagedUser[]; words: RoleWords }) {
  const { t } = useTranslation();
  return (
    <Table data-testid="users-table" className={tableClasses.table} verticalSpacing="sm" striped>
      <Table.Caption>{t('administration.users.list.tableCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('administration.users.list.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('administration.users.list.columns.organisation')}</Table.Th>
          <Table.Th scope="col">{t('administration.users.list.columns.roles')}</Table.Th>
          <Table.Th scope="col">{t('administration.users.list.columns.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {accounts.map((account) => (
          <Table.Tr
            key={account.id}
            data-testid="user-row"
            data-user-id={account.id}
            data-username={account.username}
            data-active={account.active}
          >
            <Table.Th scope="row">
              <Link
                to={USER_ADMIN_ROUTES.account(account.id)}
                className={classes.nameLink}
                data-testid="user-link"
              >
                <bdi>{account.displayName}</bdi>
              </Link>
              <span dir="ltr" className={classes.username}>
                {account.username}
              </span>
            </Table.Th>
            <Table.Td data-testid="user-organisation">
              <bdi>{account.organisation.name}</bdi>
            </Table.Td>
            <Table.Td>
              <RoleSummary roles={account.roles} words={words} />
            </Table.Td>
            <Table.Td>
              <AccountStatus account={account} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
