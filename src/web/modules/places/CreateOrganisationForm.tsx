import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminOrganisation } from '../../../contracts/administration';
import { ORGANISATION_KINDS, type OrganisationKindName } from '../../../contracts/identity';
import { FormProblem } from '../../app/forms/FormProblem';
import { useInputDirection } from '../../app/forms/form-focus';
import { useFormProblems } from '../../app/forms/use-form-problems';
import { nameProblem } from './check-place';
import { PlaceFormActions } from './PlaceFormActions';
import { organisationKindLabel } from './place-labels';
import { hasProblems, noProblems, type PlaceProblems, placeProblemsOf } from './place-problems';
import { useCreateOrganisation } from './place-queries';
import classes from './places.module.css';

export interface CreateOrganisationFormProps {
  headingId: string;
  /** The first field, which "Add an organisation" at the top of the page focuses. */
  firstFieldRef: RefObject<HTMLSelectElement | null>;
  onCreated: (organisation: AdminOrganisation) => void;
}

/**
 * A new organisation: its kind (fixed once made) and its name. Empty fields and malformed names are
 * said before sending; the server's refusals (a name the service already has) next to their field.
 * Nothing typed is lost on an error.
 */
export function CreateOrganisationForm({ headingId, firstFieldRef, onCreated }: CreateOrganisationFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [kind, setKind] = useState<OrganisationKindName | ''>('');
  const [name, setName] = useState('');
  const { problems, setProblems, show, formRef, alertRef } = useFormProblems<PlaceProblems>(noProblems);
  const nameRef = useRef<HTMLInputElement>(null);
  const create = useCreateOrganisation();
  useInputDirection(nameRef, 'auto');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const found = noProblems();
    if (kind === '') found.fields.kind = t('places.errors.kindRequired');
    const nameAtFault = nameProblem(name, t);
    if (nameAtFault) found.fields.name = nameAtFault;
    if (kind === '' || hasProblems(found)) return show({ ...found, form: t('places.errors.checkFields') });
    setProblems(noProblems());
    create.mutate(
      { kind, name: name.trim() },
      {
        onSuccess: (created) => {
          setKind('');
          setName('');
          onCreated(created);
        },
        onError: (error) => show(placeProblemsOf(error, t, language, 'organisation')),
      },
    );
  }

  return (
    <form
      ref={formRef}
      aria-labelledby={headingId}
      onSubmit={submit}
      noValidate
      className={classes.form}
      data-testid="create-organisation-form"
    >
      <Stack gap="md">
        <FormProblem
          ref={alertRef}
          message={problems.form}
          title={t('places.organisations.create.failedTitle')}
          testId="create-organisation-error"
        />
        <div className={classes.fieldGrid}>
          <NativeSelect
            ref={firstFieldRef}
            label={t('places.organisations.create.kind')}
            description={t('places.organisations.create.kindHint')}
            size="md"
            required
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as OrganisationKindName | '')}
            error={problems.fields.kind}
            data={[
              { value: '', label: t('places.organisations.create.chooseKind') },
              ...ORGANISATION_KINDS.map((value) => ({ value, label: organisationKindLabel(t, value) })),
            ]}
            data-testid="create-organisation-kind"
          />
          <TextInput
            ref={nameRef}
            label={t('places.organisations.create.name')}
            description={t('places.organisations.create.nameHint')}
            autoComplete="off"
            size="md"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={problems.fields.name}
            data-testid="create-organisation-name"
          />
        </div>
        <PlaceFormActions
          testIdPrefix="create-organisation"
          submitLabel={t('places.organisations.create.submit')}
          pending={create.isPending}
        />
      </Stack>
    </form>
  );
}
