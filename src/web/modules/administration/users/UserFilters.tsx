import { NativeSelect, TextInput } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleName } from '../../../../contracts/identity';
import type { ListFilters, StatusFilter } from './list-filters';
import type { RoleWords } from './role-words';
import type { KnownOrganisation } from './scope-directory';
import classes from './users.module.css';

export interface UserFiltersProps {
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
  roles: readonly RoleName[];
  words: RoleWords;
  /** Offered only when the reader sees more than one organisation. */
  organisations: readonly KnownOrganisation[];
}

/** Search by name or username, and filters by role, status and organisation; each applies at once. */
export function UserFilters({ filters, onChange, roles, words, organisations }: UserFiltersProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const searchRef = useRef<HTMLInputElement>(null);

  // Names and usernames may be typed in any script.
  useEffect(() => {
    searchRef.current?.setAttribute('dir', 'auto');
  }, []);

  return (
    <fieldset className={classes.filters} aria-labelledby={legendId} data-testid="users-filters">
      <legend id={legendId} className={classes.filtersLegend}>
        {t('administration.users.filters.legend')}
      </legend>
      <TextInput
        ref={searchRef}
        type="search"
        label={t('administration.users.filters.search')}
        description={t('administration.users.filters.searchHint')}
        size="md"
        autoComplete="off"
        spellCheck={false}
        value={filters.search}
        onChange={(event) => onChange({ ...filters, search: event.currentTarget.value })}
        data-testid="users-search"
      />
      <NativeSelect
        label={t('administration.users.filters.role')}
        size="md"
        value={filters.role}
        onChange={(event) => onChange({ ...filters, role: event.currentTarget.value as RoleName | '' })}
        data={[
          { value: '', label: t('administration.users.filters.anyRole') },
          ...roles.map((role) => ({ value: role, label: words.roleName(role) })),
        ]}
        data-testid="users-role-filter"
      />
      <NativeSelect
        label={t('administration.users.filters.status')}
        size="md"
        value={filters.status}
        onChange={(event) => onChange({ ...filters, status: event.currentTarget.value as StatusFilter })}
        data={[
          { value: 'all', label: t('administration.users.filters.statusAll') },
          { value: 'active', label: t('administration.users.filters.statusActive') },
          { value: 'inactive', label: t('administration.users.filters.statusInactive') },
        ]}
        data-testid="users-status-filter"
      />
      {organisations.length > 1 && (
        <NativeSelect
          label={t('administration.users.filters.organisation')}
          size="md"
          value={filters.organisationId}
          onChange={(event) => onChange({ ...filters, organisationId: event.currentTarget.value })}
          data={[
            { value: '', label: t('administration.users.filters.anyOrganisation') },
            ...organisations.map((entry) => ({ value: entry.id, label: entry.name })),
          ]}
          data-testid="users-organisation-filter"
        />
      )}
    </fieldset>
  );
}
