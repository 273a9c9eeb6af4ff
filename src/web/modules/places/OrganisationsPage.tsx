import { NativeSelect } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AdminOrganisation } from '../../../contracts/administration';
import { ORGANISATION_KINDS, type OrganisationKindName } from '../../../contracts/identity';
import { usePageTitle } from '../../app/pages/use-page-title';
import { useSession } from '../../app/session/session-query';
import { bidiIsolate } from '../../i18n/bidi';
import { CreateOrganisationForm } from './CreateOrganisationForm';
import { OrganisationsTable } from './OrganisationsTable';
import { PlacesPageFrame } from './PlacesPageFrame';
import { organisationKindLabel } from './place-labels';
import { useOrganisationList } from './place-queries';
import { PLACES_ROUTES } from './place-routes';
import classes from './places.module.css';

/** The kind in the address (`?kind=civil_society`), or '' for every kind; anything else is ignored. */
export function kindFilterOf(params: URLSearchParams): OrganisationKindName | '' {
  const kind = params.get('kind') ?? '';
  return (ORGANISATION_KINDS as readonly string[]).includes(kind) ? (kind as OrganisationKindName) : '';
}

/**
 * `/admin/organisations`: the organisations of the administrator's service, by kind and name, with a
 * filter by kind kept in the address; each may be renamed in its row, and a new one added below.
 * Anyone but an administrator gets the refusal and nothing else.
 */
export function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('places.organisations.pageTitle'));
  const { data: session } = useSession();
  const list = useOrganisationList();
  const [params, setParams] = useSearchParams();
  const kind = kindFilterOf(params);
  const [outcome, setOutcome] = useState('');
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const firstFieldRef = useRef<HTMLSelectElement>(null);

  function created(organisation: AdminOrganisation) {
    setOutcome(t('places.organisations.create.created', { name: bidiIsolate(organisation.name) }));
    // Show the new organisation: a filter on another kind would hide it.
    if (kind !== '' && kind !== organisation.kind) setParams({}, { replace: true });
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  function renamed(previousName: string, organisation: AdminOrganisation) {
    setOutcome(
      t('places.organisations.rename.renamed', {
        previous: bidiIsolate(previousName),
        name: bidiIsolate(organisation.name),
      }),
    );
  }

  const shown = list.data?.organisations.filter((entry) => kind === '' || entry.kind === kind) ?? [];

  return (
    <PlacesPageFrame
      testId="page-organisations"
      words={{
        heading: t('places.organisations.heading'),
        intro: t('places.organisations.intro', { tenant: bidiIsolate(session?.tenant.name ?? '') }),
        otherPage: { to: PLACES_ROUTES.facilities, label: t('places.organisations.facilitiesLink') },
        listHeading: t('places.organisations.list.heading'),
        createHeading: t('places.organisations.create.heading'),
        loading: t('places.organisations.loading'),
        loadFailedTitle: t('places.organisations.loadFailedTitle'),
      }}
      list={list}
      canCreate
      createTestId="go-to-create-organisation"
      onGoToCreate={() => firstFieldRef.current?.focus()}
      outcome={outcome}
      outcomeRef={outcomeRef}
      listSection={() => (
        <>
          <NativeSelect
            label={t('places.organisations.list.filter')}
            size="md"
            className={classes.filter}
            value={kind}
            onChange={(event) => {
              const next = event.currentTarget.value;
              setParams(next ? { kind: next } : {}, { replace: true });
            }}
            data={[
              { value: '', label: t('places.organisations.list.allKinds') },
              ...ORGANISATION_KINDS.map((value) => ({ value, label: organisationKindLabel(t, value) })),
            ]}
            data-testid="organisations-kind-filter"
          />
          <p className={classes.hint} data-testid="organisations-summary">
            {t('places.organisations.list.summary', { count: shown.length })}
          </p>
          {shown.length > 0 ? (
            <OrganisationsTable organisations={shown} onRenamed={renamed} />
          ) : (
            <p className={classes.hint} data-testid="organisations-empty">
              {kind === '' ? t('places.organisations.list.empty') : t('places.organisations.list.noneOfKind')}
            </p>
          )}
        </>
      )}
      createSection={(headingId) => (
        <CreateOrganisationForm headingId={headingId} firstFieldRef={firstFieldRef} onCreated={created} />
      )}
    />
  );
}
