import { Stack, Title } from '@mantine/core';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminFacility } from '../../../contracts/administration';
import { FormProblem } from '../../app/forms/FormProblem';
import { useFormProblems } from '../../app/forms/use-form-problems';
import { bidiIsolate } from '../../i18n/bidi';
import { FacilityFields } from './FacilityFields';
import { changesOf, draftOf, type FacilityDraft, facilityDraftProblems } from './facility-draft';
import { PlaceFormActions } from './PlaceFormActions';
import { noProblems, type PlaceProblems, placeProblemsOf } from './place-problems';
import { useUpdateFacility } from './place-queries';
import classes from './places.module.css';

export interface EditFacilityFormProps {
  facility: AdminFacility;
  /** Closes the panel: with the changed facility, or null when cancelled or nothing changed. */
  onDone: (updated: AdminFacility | null) => void;
}

/**
 * Changes a facility's name, kind, time zone or capacity. Its code and its prison service are fixed
 * once made (roles, permits and the audit trail name the facility by them), so they are shown, not
 * asked. Only the fields that differ are sent.
 */
export function EditFacilityForm({ facility, onDone }: EditFacilityFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const headingId = useId();
  const [draft, setDraft] = useState<FacilityDraft>(() => draftOf(facility));
  const { problems, setProblems, show, formRef, alertRef } = useFormProblems<PlaceProblems>(noProblems);
  const update = useUpdateFacility();

  // The panel opens in answer to "Change": its first field takes the focus (and scrolls into view).
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [formRef]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const fields = facilityDraftProblems(draft, t);
    if (Object.keys(fields).length > 0) return show({ fields, form: t('places.errors.checkFields') });
    setProblems(noProblems());
    const changes = changesOf(facility, draft);
    if (Object.keys(changes).length === 0) return onDone(null);
    update.mutate(
      { id: facility.id, body: changes },
      {
        onSuccess: (updated) => onDone(updated),
        onError: (error) => show(placeProblemsOf(error, t, language, 'facility')),
      },
    );
  }

  return (
    <section aria-labelledby={headingId} className={classes.editPanel} data-testid="edit-facility">
      <Stack gap="md">
        <Title order={3} size="h4" id={headingId}>
          {t('places.facilities.edit.heading', { name: bidiIsolate(facility.name) })}
        </Title>
        <dl className={classes.fixed}>
          <dt>{t('places.facilities.fields.code')}</dt>
          <dd>
            <span dir="ltr" className={classes.code} data-testid="edit-facility-code">
              {facility.code}
            </span>
          </dd>
          <dt>{t('places.facilities.fields.prisonService')}</dt>
          <dd data-testid="edit-facility-organisation">
            {facility.organisationName === null ? (
              t('places.facilities.list.noPrisonService')
            ) : (
              <bdi>{facility.organisationName}</bdi>
            )}
          </dd>
        </dl>
        <p className={classes.hint}>{t('places.facilities.edit.fixedHint')}</p>
        <form
          ref={formRef}
          aria-labelledby={headingId}
          onSubmit={submit}
          noValidate
          className={classes.form}
          data-testid="edit-facility-form"
        >
          <Stack gap="md">
            <FormProblem
              ref={alertRef}
              message={problems.form}
              title={t('places.facilities.edit.failedTitle')}
              testId="edit-facility-error"
            />
            <div className={classes.fieldGrid}>
              <FacilityFields
                draft={draft}
                onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
                problems={problems.fields}
                testIdPrefix="edit-facility"
                currentTimeZone={facility.timeZone}
              />
            </div>
            <PlaceFormActions
              testIdPrefix="edit-facility"
              submitLabel={t('places.facilities.edit.submit')}
              pending={update.isPending}
              onCancel={() => onDone(null)}
            />
          </Stack>
        </form>
      </Stack>
    </section>
  );
}
