import { Button, NativeSelect } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleName } from '../../../../contracts/identity';
import type { RoleLineProblem } from './account-problems';
import { newDraftKey, type RoleDraft } from './role-drafts';
import { type Grants, scopeKindOf } from './role-grants';
import { useRoleWords } from './role-words';
import type { ScopeDirectory } from './scope-directory';
import classes from './users.module.css';

export interface RoleAssignmentsEditorProps {
  drafts: readonly RoleDraft[];
  onChange: (drafts: RoleDraft[]) => void;
  grants: Grants;
  directory: ScopeDirectory;
  /** Messages by line index, found before sending or answered by the server. */
  problems: ReadonlyMap<number, RoleLineProblem>;
  disabled?: boolean;
  /** Where a visible heading already names the roles, the legend is for screen readers only. */
  hideLegend?: boolean;
  /** Lines that may be neither changed nor removed (an administrator's own administrator role). */
  lockedKeys?: ReadonlySet<string>;
}

/**
 * The roles of an account, one line each: the role, then where it applies — a facility for prison
 * roles, an organisation for civil society roles, nothing for roles held throughout the service.
 * Only the roles and places the signed-in user may give are offered.
 */
export function RoleAssignmentsEditor(props: RoleAssignmentsEditorProps) {
  const { drafts, onChange, grants, directory, problems, disabled, hideLegend, lockedKeys } = props;
  const { t } = useTranslation();
  const words = useRoleWords(directory);
  const legendId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<'added' | 'removed' | null>(null);

  useEffect(() => {
    if (focusAfter === 'added') {
      listRef.current?.querySelector<HTMLSelectElement>('li:last-child [data-testid="role-select"]')?.focus();
    } else if (focusAfter === 'removed') addRef.current?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const organisations = grants.tenantWide
    ? directory.organisations
    : directory.organisations.filter((entry) => grants.organisationIds.includes(entry.id));
  const placesFor = (role: RoleName) => {
    const kind = scopeKindOf(role);
    if (kind === 'facility') {
      return grants.tenantWide
        ? directory.facilities.map((entry) => ({ value: entry.id, label: words.facilityName(entry.id) }))
        : [];
    }
    if (kind === 'organisation')
      return organisations.map((entry) => ({ value: entry.id, label: entry.name }));
    return [];
  };

  const replace = (index: number, next: RoleDraft) =>
    onChange(drafts.map((draft, at) => (at === index ? next : draft)));

  function chooseRole(index: number, draft: RoleDraft, role: RoleName | '') {
    const samePlaceKind = role !== '' && draft.role !== '' && scopeKindOf(role) === scopeKindOf(draft.role);
    const places = role === '' ? [] : placesFor(role);
    const placeId = samePlaceKind ? draft.placeId : places.length === 1 ? (places[0]?.value ?? '') : '';
    replace(index, { ...draft, role, placeId });
  }

  function add() {
    const only = grants.roles.length === 1 ? grants.roles[0] : undefined;
    const places = only ? placesFor(only) : [];
    const placeId = places.length === 1 ? (places[0]?.value ?? '') : '';
    onChange([...drafts, { key: newDraftKey(), role: only ?? '', placeId }]);
    setFocusAfter('added');
  }

  function remove(index: number) {
    onChange(drafts.filter((_, at) => at !== index));
    setFocusAfter('removed');
  }

  return (
    <fieldset className={classes.roles} aria-labelledby={legendId} data-testid="role-editor">
      <legend id={legendId} className={hideLegend ? classes.visuallyHidden : classes.rolesLegend}>
        {t('administration.users.roles.legend')}
      </legend>
      <p className={classes.hint}>{t('administration.users.roles.hint')}</p>
      {drafts.length === 0 && <p data-testid="role-editor-empty">{t('administration.users.roles.none')}</p>}
      <ul ref={listRef} className={classes.roleLines}>
        {drafts.map((draft, index) => {
          const number = index + 1;
          const problem = problems.get(index);
          const roleOptions =
            grants.roles.includes(draft.role as RoleName) || draft.role === ''
              ? grants.roles
              : [draft.role as RoleName, ...grants.roles];
          const kind = draft.role === '' ? null : scopeKindOf(draft.role);
          const places = draft.role === '' ? [] : placesFor(draft.role);
          const locked = lockedKeys?.has(draft.key) === true;
          return (
            <li key={draft.key} className={classes.roleLine} data-testid="role-line" data-index={index}>
              <div className={classes.roleFields}>
                <NativeSelect
                  label={t('administration.users.roles.role', { number })}
                  size="md"
                  value={draft.role}
                  disabled={disabled || locked}
                  onChange={(event) => chooseRole(index, draft, event.currentTarget.value as RoleName | '')}
                  error={problem?.role}
                  data={[
                    { value: '', label: t('administration.users.roles.chooseRole') },
                    ...roleOptions.map((role) => ({ value: role, label: words.roleName(role) })),
                  ]}
                  data-testid="role-select"
                />
                {kind === 'facility' || kind === 'organisation' ? (
                  <NativeSelect
                    label={
                      kind === 'facility'
                        ? t('administration.users.roles.facility', { number })
                        : t('administration.users.roles.organisation', { number })
                    }
                    size="md"
                    value={draft.placeId}
                    disabled={disabled}
                    onChange={(event) => replace(index, { ...draft, placeId: event.currentTarget.value })}
                    error={problem?.place}
                    data={[
                      {
                        value: '',
                        label:
                          kind === 'facility'
                            ? t('administration.users.roles.chooseFacility')
                            : t('administration.users.roles.chooseOrganisation'),
                      },
                      ...places,
                    ]}
                    data-testid="role-place"
                  />
                ) : kind === 'tenant' ? (
                  <p className={classes.tenantWide}>{t('administration.users.roles.tenantWide')}</p>
                ) : null}
              </div>
              {locked ? (
                <p className={classes.hint} data-testid="role-locked">
                  {t('administration.users.roles.locked')}
                </p>
              ) : (
                <Button
                  variant="outline"
                  size="md"
                  className={classes.action}
                  onClick={() => remove(index)}
                  disabled={disabled}
                  aria-label={t('administration.users.roles.removeLabel', { number })}
                  data-testid="remove-role"
                >
                  {t('administration.users.roles.remove')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {grants.roles.length > 0 && (
        <Button
          ref={addRef}
          variant="outline"
          size="md"
          className={classes.action}
          onClick={add}
          disabled={disabled}
          data-testid="add-role"
        >
          {t('administration.users.roles.add')}
        </Button>
      )}
    </fieldset>
  );
}
