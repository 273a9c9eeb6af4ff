import { NativeSelect, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTOR_ROLES,
  type ActorRole,
  INTERVENTION_TYPES,
  type InterventionType,
  MANDATES,
  type Mandate,
} from '../../../contracts/registry';
import type { RegistryOrganisation } from '../../../contracts/registry-organisations';
import { useInputDirection } from '../../app/forms/form-focus';
import { ChoiceList } from './ChoiceList';
import { ContactsField, OtherNamesField } from './ProfileListFields';
import {
  draftOf,
  type ProfileDraft,
  type ProfileFormField,
  profileChecks,
  profileRefusal,
  requestOf,
} from './profile-draft';
import type { Sentence } from './RecordOutcome';
import { FieldGrid, RegistryForm } from './RegistryForm';
import { ACTOR_ROLE_LABELS, codeOptions, INTERVENTION_TYPE_LABELS, MANDATE_LABELS } from './registry-labels';
import { useUpdateProfile } from './registry-mutations';
import { anyProblem, beforeSending } from './registry-problems';
import { useRegistryProblems } from './use-registry-problems';

/**
 * The organisation's profile, written or replaced whole (PUT): mandate, legal name and names in
 * other languages, registration, country, regions served, expertise and interventions, working
 * languages, staff count and contacts. A field left empty is cleared. A registration number another
 * organisation holds is said next to it.
 */
export function ProfileForm({
  record,
  onSaved,
}: {
  record: RegistryOrganisation;
  onSaved: (sentence: Sentence) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(record));
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<ProfileFormField>();
  const save = useUpdateProfile(record.id);
  const legalNameRef = useRef<HTMLInputElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  const registryRef = useRef<HTMLInputElement>(null);
  const countryRef = useRef<HTMLInputElement>(null);
  const regionsRef = useRef<HTMLInputElement>(null);
  const languagesRef = useRef<HTMLInputElement>(null);
  useInputDirection(legalNameRef, 'auto');
  useInputDirection(numberRef, 'auto');
  useInputDirection(registryRef, 'auto');
  useInputDirection(countryRef, 'ltr');
  useInputDirection(regionsRef, 'auto');
  useInputDirection(languagesRef, 'ltr');
  const set = (change: Partial<ProfileDraft>) => setDraft((current) => ({ ...current, ...change }));
  const errors = problems.fields;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const checks = profileChecks(draft);
    const { mandate } = draft;
    if (mandate === '' || anyProblem(checks(t))) return show(beforeSending(checks));
    clear();
    const sent = draft;
    save.mutateAsync(requestOf({ ...draft, mandate })).then(
      (saved) => {
        setDraft(draftOf(saved));
        onSaved((t) => t('registry.profileForm.saved'));
      },
      (error: unknown) => show(profileRefusal(error, sent)),
    );
  }

  return (
    <RegistryForm
      heading={t('registry.profileForm.heading')}
      intro={t('registry.profileForm.intro')}
      testId="registry-profile"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('registry.profileForm.submit')}
      pending={save.isPending}
    >
      <FieldGrid>
        <NativeSelect
          label={t('registry.profileForm.mandate')}
          size="md"
          required
          value={draft.mandate}
          error={errors.mandate}
          onChange={(event) => set({ mandate: event.currentTarget.value as Mandate | '' })}
          data={codeOptions(t, t('registry.profileForm.chooseMandate'), MANDATES, MANDATE_LABELS)}
          data-testid="registry-profile-mandate-input"
        />
        <TextInput
          ref={legalNameRef}
          label={t('registry.profileForm.legalName')}
          size="md"
          required
          autoComplete="off"
          value={draft.legalName}
          error={errors.legalName}
          onChange={(event) => set({ legalName: event.currentTarget.value })}
          data-testid="registry-profile-legal-name-input"
        />
        <TextInput
          ref={numberRef}
          label={t('registry.profileForm.registrationNumber')}
          size="md"
          autoComplete="off"
          value={draft.registrationNumber}
          error={errors.registrationNumber}
          onChange={(event) => set({ registrationNumber: event.currentTarget.value })}
          data-testid="registry-profile-registration-number-input"
        />
        <TextInput
          ref={registryRef}
          label={t('registry.profileForm.registrationRegistry')}
          size="md"
          autoComplete="off"
          value={draft.registrationRegistry}
          error={errors.registrationRegistry}
          onChange={(event) => set({ registrationRegistry: event.currentTarget.value })}
          data-testid="registry-profile-registration-registry-input"
        />
        <TextInput
          ref={countryRef}
          label={t('registry.profileForm.country')}
          description={t('registry.profileForm.countryHint')}
          size="md"
          autoComplete="off"
          maxLength={2}
          value={draft.country}
          error={errors.country}
          onChange={(event) => set({ country: event.currentTarget.value })}
          data-testid="registry-profile-country-input"
        />
        <TextInput
          label={t('registry.profileForm.staffCount')}
          description={t('registry.profileForm.staffCountHint')}
          size="md"
          autoComplete="off"
          inputMode="numeric"
          value={draft.staffCount}
          error={errors.staffCount}
          onChange={(event) => set({ staffCount: event.currentTarget.value })}
          data-testid="registry-profile-staff-count-input"
        />
      </FieldGrid>
      <OtherNamesField
        value={draft.otherNames}
        onChange={(otherNames) => set({ otherNames })}
        errors={errors}
      />
      <TextInput
        ref={regionsRef}
        label={t('registry.profileForm.regionsServed')}
        description={t('registry.profileForm.regionsServedHint')}
        size="md"
        autoComplete="off"
        value={draft.regionsServed}
        error={errors.regionsServed}
        onChange={(event) => set({ regionsServed: event.currentTarget.value })}
        data-testid="registry-profile-regions-input"
      />
      <TextInput
        ref={languagesRef}
        label={t('registry.profileForm.languages')}
        description={t('registry.profileForm.languagesHint')}
        size="md"
        autoComplete="off"
        value={draft.languages}
        error={errors.languages}
        onChange={(event) => set({ languages: event.currentTarget.value })}
        data-testid="registry-profile-languages-input"
      />
      <ChoiceList
        legend={t('registry.profileForm.expertise')}
        choices={ACTOR_ROLES.map((role) => ({ value: role, label: t(ACTOR_ROLE_LABELS[role].labelKey) }))}
        value={draft.expertise}
        onChange={(next) =>
          set({ expertise: ACTOR_ROLES.filter((role) => next.includes(role)) as ActorRole[] })
        }
        error={errors.expertise}
        testId="registry-profile-expertise"
      />
      <ChoiceList
        legend={t('registry.profileForm.interventionTypes')}
        choices={INTERVENTION_TYPES.map((type) => ({
          value: type,
          label: t(INTERVENTION_TYPE_LABELS[type].labelKey),
        }))}
        value={draft.interventionTypes}
        onChange={(next) =>
          set({
            interventionTypes: INTERVENTION_TYPES.filter((type) => next.includes(type)) as InterventionType[],
          })
        }
        error={errors.interventionTypes}
        testId="registry-profile-intervention-types"
      />
      <ContactsField value={draft.contacts} onChange={(contacts) => set({ contacts })} errors={errors} />
    </RegistryForm>
  );
}
