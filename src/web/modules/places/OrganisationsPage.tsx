import { Anchor, Button, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AdminOrganisation } from '../../../contracts/administration';
import { ORGANISATION_KINDS, type OrganisationKindName } from '../../../contracts/identity';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { useSession } from '../../app/session/session-query';
import { Pending } from '../../app/ui/Pending';
import { bidiIsolate } from '../../i18n/bidi';
import { CreateOrganisationForm } from './CreateOrganisationForm';
import { OrganisationsTable } from './OrganisationsTable';
import { PlacesRefusal } from './PlacesRefusal';
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
  const listHeadingId = useId();
  const createHeadingId = useId();
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
    <Stack gap="lg" data-testid="page-organisations" className={pageClasses.widePage}>
      <div className={classes.header}>
        <Title order={1}>{t('places.organisations.heading')}</Title>
        {list.data && (
          <Button
            variant="outline"
            size="md"
            className={classes.action}
            onClick={() => firstFieldRef.current?.focus()}
            data-testid="go-to-create-organisation"
          >
            {t('places.organisations.create.heading')}
          </Button>
        )}
      </div>
      {list.data ? (
        <>
          <Text>
            {t('places.organisations.intro', { tenant: bidiIsolate(session?.tenant.name ?? '') })}{' '}
            <Anchor component={Link} to={PLACES_ROUTES.facilities} underline="always" fw={600}>
              {t('places.organisations.facilitiesLink')}
            </Anchor>
          </Text>
          <p
            ref={outcomeRef}
            role="status"
            tabIndex={-1}
            className={classes.outcome}
            data-testid="places-outcome"
          >
            {outcome}
          </p>
          <section aria-labelledby={listHeadingId} className={classes.section}>
            <Title order={2} size="h3" id={listHeadingId}>
              {t('places.organisations.list.heading')}
            </Title>
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
                {kind === ''
                  ? t('places.organisations.list.empty')
                  : t('places.organisations.list.noneOfKind')}
              </p>
            )}
          </section>
          <section aria-labelledby={createHeadingId} className={classes.section}>
            <Title order={2} size="h3" id={createHeadingId}>
              {t('places.organisations.create.heading')}
            </Title>
            <CreateOrganisationForm
              headingId={createHeadingId}
              firstFieldRef={firstFieldRef}
              onCreated={created}
            />
          </section>
        </>
      ) : list.isError ? (
        <PlacesRefusal
          error={list.error}
          loadFailedTitle={t('places.organisations.loadFailedTitle')}
          onRetry={() => list.refetch()}
        />
      ) : (
        <Pending label={t('places.organisations.loading')} />
      )}
    </Stack>
  );
}
