import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminFacility, AdminOrganisation } from '../../../contracts/administration';
import { FormProblem } from '../../app/forms/FormProblem';
import { useInputDirection } from '../../app/forms/form-focus';
import { useFormProblems } from '../../app/forms/use-form-problems';
import { bidiIsolate } from '../../i18n/bidi';
import { FacilityFields } from './FacilityFields';
import {
  createRequestOf,
  emptyFacilityDraft,
  type NewFacilityDraft,
  newFacilityProblems,
} from './facility-draft';
import { PlaceFormActions } from './PlaceFormActions';
import { noProblems, type PlaceProblems, placeProblemsOf } from './place-problems';
import { useCreateFacility } from './place-queries';
import classes from './places.module.css';

export interface CreateFacilityFormProps {
  headingId: string;
  /** The prison services of the service, one of which runs the new facility. */
  prisonServices: readonly AdminOrganisation[];
  /** The first field, which "Add a facility" at the top of the page focuses. */
  firstFieldRef: RefObject<HTMLInputElement | null>;
  onCreated: (facility: AdminFacility) => void;
}

/**
 * A new facility: its code and prison service (both fixed once made), name, kind, time zone and,
 * if known, capacity. What can be checked is said before sending; the server's refusals (a code
 * already taken, a zone it does not know) next to their field. Nothing typed is lost on an error.
 */
export function CreateFacilityForm({
  headingId,
  prisonServices,
  firstFieldRef,
  onCreated,
}: CreateFacilityFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const only = prisonServices.length === 1 ? prisonServices[0] : undefined;
  const [draft, setDraft] = useState<NewFacilityDraft>(() => emptyFacilityDraft(only?.id));
  const { problems, setProblems, show, formRef, alertRef } = useFormProblems<PlaceProblems>(noProblems);
  const create = useCreateFacility();
  useInputDirection(firstFieldRef, 'ltr');

  const change = (next: Partial<NewFacilityDraft>) => setDraft((current) => ({ ...current, ...next }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const fields = newFacilityProblems(draft, t);
    if (Object.keys(fields).length > 0) return show({ fields, form: t('places.errors.checkFields') });
    setProblems(noProblems());
    create.mutate(createRequestOf(draft), {
      onSuccess: (created) => {
        setDraft(emptyFacilityDraft(only?.id));
        onCreated(created);
      },
      onError: (error) => show(placeProblemsOf(error, t, language, 'facility')),
    });
  }

  const { fields } = problems;
  return (
    <form
      ref={formRef}
      aria-labelledby={headingId}
      onSubmit={submit}
      noValidate
      className={classes.form}
      data-testid="create-facility-form"
    >
      <Stack gap="md">
        <FormProblem
          ref={alertRef}
          message={problems.form}
          title={t('places.facilities.create.failedTitle')}
          testId="create-facility-error"
        />
        <div className={classes.fieldGrid}>
          <TextInput
            ref={firstFieldRef}
            label={t('places.facilities.fields.code')}
            description={t('places.facilities.fields.codeHint', { example: bidiIsolate('NORTH-2') })}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            size="md"
            required
            classNames={{ input: classes.codeInput }}
            value={draft.code}
            onChange={(event) => change({ code: event.currentTarget.value })}
            error={fields.code}
            data-testid="create-facility-code"
          />
          <FacilityFields draft={draft} onChange={change} problems={fields} testIdPrefix="create-facility" />
          <NativeSelect
            label={t('places.facilities.fields.prisonService')}
            description={t('places.facilities.fields.prisonServiceHint')}
            size="md"
            required
            value={draft.organisationId}
            onChange={(event) => change({ organisationId: event.currentTarget.value })}
            error={fields.organisationId}
            data={[
              ...(only ? [] : [{ value: '', label: t('places.facilities.fields.choosePrisonService') }]),
              ...prisonServices.map((service) => ({ value: service.id, label: service.name })),
            ]}
            data-testid="create-facility-organisation"
          />
        </div>
        <PlaceFormActions
          testIdPrefix="create-facility"
          submitLabel={t('places.facilities.create.submit')}
          pending={create.isPending}
        />
      </Stack>
    </form>
  );
}
