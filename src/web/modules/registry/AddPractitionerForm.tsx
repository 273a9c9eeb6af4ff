import { NativeSelect, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCESS_TIERS, type AccessTier } from '../../../contracts/registry';
import {
  type AddPractitionerRequest,
  PRACTITIONER_GENDERS,
  type PractitionerGender,
} from '../../../contracts/registry-practitioners';
import { useInputDirection } from '../../app/forms/form-focus';
import { bidiIsolate } from '../../i18n/bidi';
import { lineProblem } from './check-registry';
import type { Sentence } from './RecordOutcome';
import { FieldGrid, RegistryForm } from './RegistryForm';
import { ACCESS_TIER_LABELS, codeOptions, GENDER_LABELS } from './registry-labels';
import { useAddPractitioner } from './registry-mutations';
import { anyProblem, beforeSending, type FieldChecks, fromRefusal } from './registry-problems';
import { useRegistryProblems } from './use-registry-problems';

const FIELDS = ['displayName', 'roleTitle', 'accessTier', 'gender', 'languages'] as const;
type PractitionerField = (typeof FIELDS)[number];

const EMPTY = {
  displayName: '',
  roleTitle: '',
  accessTier: '' as AccessTier | '',
  gender: '' as PractitionerGender | '',
  languages: '',
};

// A language as the contract takes it (`ar`, `fr`, `pt-BR`, `zh-Hant`), at most 20 of them.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const MAX_LANGUAGES = 20;

/** The languages as typed, "ar, fr" or "ar fr": each once, in the order given. */
export function languagesOf(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((tag) => tag !== ''))];
}

/**
 * Adds a practitioner to the organisation: name, role, access (occasional, escorted; or regular,
 * vetted and trained), gender if they say, and the languages they work in. The coordinator and the
 * administrator add; vetting and training are the prison service's to record afterwards.
 */
export function AddPractitionerForm({
  organisationId,
  onAdded,
}: {
  organisationId: string;
  onAdded: (sentence: Sentence) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<PractitionerField>();
  const nameRef = useRef<HTMLInputElement>(null);
  const roleRef = useRef<HTMLInputElement>(null);
  useInputDirection(nameRef, 'auto');
  useInputDirection(roleRef, 'auto');
  // Language tags are Latin letters whatever the page's direction.
  const languagesRef = useRef<HTMLInputElement>(null);
  useInputDirection(languagesRef, 'ltr');
  const add = useAddPractitioner(organisationId);
  const set = (change: Partial<typeof EMPTY>) => setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const languages = languagesOf(draft.languages);
    const checks: FieldChecks<PractitionerField> = (t) => ({
      displayName: lineProblem(draft.displayName, { required: true, max: 200 }, t),
      roleTitle: lineProblem(draft.roleTitle, { required: false, max: 200 }, t),
      accessTier: draft.accessTier === '' ? t('registry.errors.chooseOne') : undefined,
      languages:
        languages.some((tag) => !LANGUAGE_TAG.test(tag)) || languages.length > MAX_LANGUAGES
          ? t('registry.addPractitionerForm.languagesInvalid')
          : undefined,
    });
    if (anyProblem(checks(t))) return show(beforeSending(checks));
    if (draft.accessTier === '') return;
    clear();
    const displayName = draft.displayName.trim();
    const roleTitle = draft.roleTitle.trim();
    const body: AddPractitionerRequest = {
      displayName,
      accessTier: draft.accessTier,
      languages,
      ...(roleTitle === '' ? {} : { roleTitle }),
      ...(draft.gender === '' ? {} : { gender: draft.gender }),
    };
    add.mutateAsync(body).then(
      () => {
        setDraft(EMPTY);
        onAdded((t) => t('registry.addPractitionerForm.added', { name: bidiIsolate(displayName) }));
      },
      (error: unknown) => show(fromRefusal(error, FIELDS)),
    );
  }

  return (
    <RegistryForm
      heading={t('registry.addPractitionerForm.heading')}
      intro={t('registry.addPractitionerForm.intro')}
      testId="registry-add-practitioner"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('registry.addPractitionerForm.submit')}
      pending={add.isPending}
    >
      <FieldGrid>
        <TextInput
          ref={nameRef}
          label={t('registry.addPractitionerForm.displayName')}
          size="md"
          required
          autoComplete="off"
          value={draft.displayName}
          error={problems.fields.displayName}
          onChange={(event) => set({ displayName: event.currentTarget.value })}
          data-testid="registry-add-practitioner-name"
        />
        <TextInput
          ref={roleRef}
          label={t('registry.addPractitionerForm.roleTitle')}
          size="md"
          autoComplete="off"
          value={draft.roleTitle}
          error={problems.fields.roleTitle}
          onChange={(event) => set({ roleTitle: event.currentTarget.value })}
          data-testid="registry-add-practitioner-role"
        />
        <NativeSelect
          label={t('registry.addPractitionerForm.accessTier')}
          size="md"
          required
          value={draft.accessTier}
          error={problems.fields.accessTier}
          onChange={(event) => set({ accessTier: event.currentTarget.value as AccessTier | '' })}
          data={codeOptions(
            t,
            t('registry.addPractitionerForm.chooseAccessTier'),
            ACCESS_TIERS,
            ACCESS_TIER_LABELS,
          )}
          data-testid="registry-add-practitioner-tier"
        />
        <NativeSelect
          label={t('registry.addPractitionerForm.gender')}
          size="md"
          value={draft.gender}
          error={problems.fields.gender}
          onChange={(event) => set({ gender: event.currentTarget.value as PractitionerGender | '' })}
          data={codeOptions(t, t('registry.record.notRecorded'), PRACTITIONER_GENDERS, GENDER_LABELS)}
          data-testid="registry-add-practitioner-gender"
        />
      </FieldGrid>
      <TextInput
        ref={languagesRef}
        label={t('registry.addPractitionerForm.languages')}
        description={t('registry.addPractitionerForm.languagesHint')}
        size="md"
        autoComplete="off"
        value={draft.languages}
        error={problems.fields.languages}
        onChange={(event) => set({ languages: event.currentTarget.value })}
        data-testid="registry-add-practitioner-languages"
      />
    </RegistryForm>
  );
}
