import { TextInput } from '@mantine/core';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminOrganisation } from '../../../contracts/administration';
import { FormProblem } from '../../app/forms/FormProblem';
import { useInputDirection } from '../../app/forms/form-focus';
import { bidiIsolate } from '../../i18n/bidi';
import { nameProblem } from './check-place';
import { PlaceFormActions } from './PlaceFormActions';
import { placeProblemsOf } from './place-problems';
import { useRenameOrganisation } from './place-queries';
import classes from './places.module.css';

export interface RenameOrganisationFormProps {
  organisation: AdminOrganisation;
  /** Closes the form: with the renamed organisation, or null when cancelled or nothing changed. */
  onDone: (renamed: AdminOrganisation | null) => void;
}

/** A new name for an organisation, typed in its row of the list (PATCH `name`; the kind is fixed). */
export function RenameOrganisationForm({ organisation, onDone }: RenameOrganisationFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [name, setName] = useState(organisation.name);
  const [fieldProblem, setFieldProblem] = useState<string | undefined>();
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const rename = useRenameOrganisation();
  useInputDirection(inputRef, 'auto');

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (rename.isPending) return;
    setFormProblem(null);
    const local = nameProblem(name, t);
    setFieldProblem(local);
    if (local) return requestAnimationFrame(() => inputRef.current?.focus());
    const next = name.trim();
    if (next === organisation.name) return onDone(null);
    rename.mutate(
      { id: organisation.id, body: { name: next } },
      {
        onSuccess: (renamed) => onDone(renamed),
        onError: (error) => {
          const problems = placeProblemsOf(error, t, language, 'organisation');
          setFieldProblem(problems.fields.name);
          setFormProblem(problems.fields.name ? null : problems.form);
          requestAnimationFrame(() => (problems.fields.name ? inputRef : alertRef).current?.focus());
        },
      },
    );
  }

  function cancelOnEscape(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && !rename.isPending) {
      event.preventDefault();
      onDone(null);
    }
  }

  return (
    <form
      onSubmit={submit}
      onKeyDown={cancelOnEscape}
      noValidate
      aria-label={t('places.organisations.rename.formLabel', { name: bidiIsolate(organisation.name) })}
      className={classes.inlineForm}
      data-testid="rename-organisation-form"
    >
      <FormProblem
        ref={alertRef}
        message={formProblem}
        title={t('places.organisations.rename.failedTitle')}
        testId="rename-organisation-error"
      />
      <TextInput
        ref={inputRef}
        label={t('places.organisations.rename.newName')}
        autoComplete="off"
        size="md"
        required
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={fieldProblem}
        data-testid="rename-organisation-name"
      />
      <PlaceFormActions
        testIdPrefix="rename-organisation"
        submitLabel={t('places.organisations.rename.submit')}
        pending={rename.isPending}
        onCancel={() => onDone(null)}
      />
    </form>
  );
}
