import { Anchor } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdminFacility } from '../../../contracts/administration';
import { usePageTitle } from '../../app/pages/use-page-title';
import { useSession } from '../../app/session/session-query';
import { Notice } from '../../app/ui/Notice';
import { Pending } from '../../app/ui/Pending';
import { bidiIsolate } from '../../i18n/bidi';
import { CreateFacilityForm } from './CreateFacilityForm';
import { EditFacilityForm } from './EditFacilityForm';
import { FacilitiesTable } from './FacilitiesTable';
import { PlacesPageFrame } from './PlacesPageFrame';
import { PlacesRefusal } from './PlacesRefusal';
import { useFacilityList, useOrganisationList } from './place-queries';
import { PLACES_ROUTES } from './place-routes';
import classes from './places.module.css';

/**
 * `/admin/facilities`: the facilities of the administrator's service with the prison service running
 * each; one may be changed in a panel above the list (code and prison service stay fixed), and a new
 * one added below. Anyone but an administrator gets the refusal and nothing else.
 */
export function FacilitiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('places.facilities.pageTitle'));
  const { data: session } = useSession();
  const list = useFacilityList();
  const organisations = useOrganisationList();
  const [editing, setEditing] = useState<AdminFacility | null>(null);
  const [outcome, setOutcome] = useState('');
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const changeButtons = useRef(new Map<string, HTMLButtonElement>());

  const changeButtonRef = useCallback(
    (id: string) => (button: HTMLButtonElement | null) => {
      if (button) changeButtons.current.set(id, button);
      else changeButtons.current.delete(id);
    },
    [],
  );

  function created(facility: AdminFacility) {
    setOutcome(t('places.facilities.create.created', { name: bidiIsolate(facility.name) }));
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  function edited(facility: AdminFacility, updated: AdminFacility | null) {
    setEditing(null);
    setOutcome(updated ? t('places.facilities.edit.saved', { name: bidiIsolate(updated.name) }) : '');
    requestAnimationFrame(() => changeButtons.current.get(facility.id)?.focus());
  }

  const prisonServices =
    organisations.data?.organisations.filter((organisation) => organisation.kind === 'prison_service') ?? [];
  // The facility being changed, as the list has it now (null if it has gone from the list).
  const editedNow = editing
    ? list.data?.facilities.find((facility) => facility.id === editing.id)
    : undefined;

  return (
    <PlacesPageFrame
      testId="page-facilities"
      words={{
        heading: t('places.facilities.heading'),
        intro: t('places.facilities.intro', { tenant: bidiIsolate(session?.tenant.name ?? '') }),
        otherPage: { to: PLACES_ROUTES.organisations, label: t('places.facilities.organisationsLink') },
        listHeading: t('places.facilities.list.heading'),
        createHeading: t('places.facilities.create.heading'),
        loading: t('places.facilities.loading'),
        loadFailedTitle: t('places.facilities.loadFailedTitle'),
      }}
      list={list}
      canCreate={organisations.data !== undefined && prisonServices.length > 0}
      createTestId="go-to-create-facility"
      onGoToCreate={() => firstFieldRef.current?.focus()}
      outcome={outcome}
      outcomeRef={outcomeRef}
      listSection={() => {
        const facilities = list.data?.facilities ?? [];
        return (
          <>
            <p className={classes.hint} data-testid="facilities-summary">
              {t('places.facilities.list.summary', { count: facilities.length })}
            </p>
            {editedNow && (
              <EditFacilityForm
                key={editedNow.id}
                facility={editedNow}
                onDone={(updated) => edited(editedNow, updated)}
              />
            )}
            {facilities.length > 0 ? (
              <FacilitiesTable
                facilities={facilities}
                editing={editedNow?.id ?? null}
                onEdit={(facility) => {
                  setOutcome('');
                  setEditing(facility);
                }}
                changeButtonRef={changeButtonRef}
              />
            ) : (
              <p className={classes.hint} data-testid="facilities-empty">
                {t('places.facilities.list.empty')}
              </p>
            )}
          </>
        );
      }}
      createSection={(headingId) =>
        organisations.data ? (
          prisonServices.length > 0 ? (
            <CreateFacilityForm
              headingId={headingId}
              prisonServices={prisonServices}
              firstFieldRef={firstFieldRef}
              onCreated={created}
            />
          ) : (
            <Notice
              tone="info"
              title={t('places.facilities.create.noPrisonServiceTitle')}
              role="status"
              data-testid="no-prison-service"
            >
              <p>
                {t('places.facilities.create.noPrisonService')}{' '}
                <Anchor component={Link} to={PLACES_ROUTES.organisations} underline="always" fw={600}>
                  {t('places.facilities.organisationsLink')}
                </Anchor>
              </p>
            </Notice>
          )
        ) : organisations.isError ? (
          <PlacesRefusal
            error={organisations.error}
            loadFailedTitle={t('places.facilities.create.loadFailedTitle')}
            onRetry={() => organisations.refetch()}
          />
        ) : (
          <Pending label={t('places.facilities.create.loading')} />
        )
      }
    />
  );
}
