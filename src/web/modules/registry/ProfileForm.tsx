import { NativeSelect, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MANDATES, type Mandate } from '../../../contracts/registry';
import type { ProfileRequest, RegistryOrganisation } from '../../../contracts/registry-organisations';
import { useInputDirection } from '../../app/forms/form-focus';
import { countryProblem, lineProblem, optionalLine } from './check-registry';
import type { Sentence } from './RecordOutcome';
import { MANDATE_LABELS } from './registry-labels';
import { useUpdateProfile } from './registry-mutations';
import { anyProblem, beforeSending, type FieldChecks, fromRefusal } from './registry-problems';
import { useRegistryProblems } from './use-registry-problems';

const FIELDS = ['mandate', 'legalName', 'registrationNumber', 'registrationRegistry', 'country'] as const;
type ProfileField = (typeof FIELDS)[number];

import { FieldGrid, RegistryForm } from './RegistryForm';

/** The profile's fields as typed; a profile not yet written starts empty. */
function draftOf(record: RegistryOrganisation) {
  const profile = record.profile;
  return {
    mandate: (profile?.mandate ?? '') as Mandate | '',
    legalName: profile?.legalName ?? '',
    registrationNumber: profile?.registrationNumber ?? '',
    registrationRegistry: profile?.registrationRegistry ?? '',
    country: profile?.country ?? '',
  };
}

/**
 * The organisation's profile, written or replaced whole (PUT): mandate, legal name, registration
 * number and register, country. A field left empty is cleared. A registration number another
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
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<ProfileField>();
  const save = useUpdateProfile(record.id);
  const legalNameRef = useRef<HTMLInputElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  const registryRef = useRef<HTMLInputElement>(null);
  const countryRef = useRef<HTMLInputElement>(null);
  useInputDirection(legalNameRef, 'auto');
  useInputDirection(numberRef, 'auto');
  useInputDirection(registryRef, 'auto');
  useInputDirection(countryRef, 'ltr');
  const set = (change: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const checks: FieldChecks<ProfileField> = (t) => ({
      mandate: draft.mandate === '' ? t('registry.errors.chooseOne') : undefined,
      legalName: lineProblem(draft.legalName, { required: true, max: 300 }, t),
      registrationNumber: lineProblem(draft.registrationNumber, { required: false, max: 100 }, t),
      registrationRegistry: lineProblem(draft.registrationRegistry, { required: false, max: 200 }, t),
      country: countryProblem(draft.country, t),
    });
    if (draft.mandate === '' || anyProblem(checks(t))) return show(beforeSending(checks));
    clear();
    const body: ProfileRequest = {
      mandate: draft.mandate,
      legalName: draft.legalName.trim(),
      registrationNumber: optionalLine(draft.registrationNumber),
      registrationRegistry: optionalLine(draft.registrationRegistry),
      country: optionalLine(draft.country)?.toUpperCase() ?? null,
    };
    save.mutateAsync(body).then(
      (saved) => {
        setDraft(draftOf(saved));
        onSaved((t) => t('registry.profileForm.saved'));
      },
      (error: unknown) => show(fromRefusal(error, FIELDS)),
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
          error={problems.fields.mandate}
          onChange={(event) => set({ mandate: event.currentTarget.value as Mandate | '' })}
          data={[
            { value: '', label: t('registry.profileForm.chooseMandate') },
            ...MANDATES.map((mandate) => ({
              value: mandate,
              label: t(MANDATE_LABELS[mandate].labelKey),
            })),
          ]}
          data-testid="registry-profile-mandate-input"
        />
        <TextInput
          ref={legalNameRef}
          label={t('registry.profileForm.legalName')}
          size="md"
          required
          autoComplete="off"
          value={draft.legalName}
          error={problems.fields.legalName}
          onChange={(event) => set({ legalName: event.currentTarget.value })}
          data-testid="registry-profile-legal-name-input"
        />
        <TextInput
          ref={numberRef}
          label={t('registry.profileForm.registrationNumber')}
          size="md"
          autoComplete="off"
          value={draft.registrationNumber}
          error={problems.fields.registrationNumber}
          onChange={(event) => set({ registrationNumber: event.currentTarget.value })}
          data-testid="registry-profile-registration-number-input"
        />
        <TextInput
          ref={registryRef}
          label={t('registry.profileForm.registrationRegistry')}
          size="md"
          autoComplete="off"
          value={draft.registrationRegistry}
          error={problems.fields.registrationRegistry}
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
          error={problems.fields.country}
          onChange={(event) => set({ country: event.currentTarget.value })}
          data-testid="registry-profile-country-input"
        />
      </FieldGrid>
    </RegistryForm>
  );
}
