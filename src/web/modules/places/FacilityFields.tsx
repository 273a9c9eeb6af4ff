import { NativeSelect, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITY_KINDS, type FacilityKindName } from '../../../contracts/administration';
import { useInputDirection } from '../../app/forms/form-focus';
import type { FacilityDraft } from './facility-draft';
import { facilityKindLabel } from './place-labels';
import type { PlaceProblems } from './place-problems';
import { TimeZoneSelect } from './TimeZoneSelect';

export interface FacilityFieldsProps {
  draft: FacilityDraft;
  onChange: (change: Partial<FacilityDraft>) => void;
  problems: PlaceProblems['fields'];
  /** Prefix of each field's `data-testid`: `create-facility` or `edit-facility`. */
  testIdPrefix: string;
  /** The zone the facility has now, when changing one. */
  currentTimeZone?: string;
}

/** The fields a facility keeps changeable: name, kind, time zone and capacity. */
export function FacilityFields({
  draft,
  onChange,
  problems,
  testIdPrefix,
  currentTimeZone,
}: FacilityFieldsProps) {
  const { t } = useTranslation();
  const nameRef = useRef<HTMLInputElement>(null);
  const capacityRef = useRef<HTMLInputElement>(null);
  useInputDirection(nameRef, 'auto');
  useInputDirection(capacityRef, 'ltr');

  return (
    <>
      <TextInput
        ref={nameRef}
        label={t('places.facilities.fields.name')}
        description={t('places.facilities.fields.nameHint')}
        autoComplete="off"
        size="md"
        required
        value={draft.name}
        onChange={(event) => onChange({ name: event.currentTarget.value })}
        error={problems.name}
        data-testid={`${testIdPrefix}-name`}
      />
      <NativeSelect
        label={t('places.facilities.fields.kind')}
        size="md"
        required
        value={draft.kind}
        onChange={(event) => onChange({ kind: event.currentTarget.value as FacilityKindName | '' })}
        error={problems.kind}
        data={[
          { value: '', label: t('places.facilities.fields.chooseKind') },
          ...FACILITY_KINDS.map((kind) => ({ value: kind, label: facilityKindLabel(t, kind) })),
        ]}
        data-testid={`${testIdPrefix}-kind`}
      />
      <TimeZoneSelect
        value={draft.timeZone}
        onChange={(timeZone) => onChange({ timeZone })}
        {...(currentTimeZone === undefined ? {} : { current: currentTimeZone })}
        error={problems.timeZone}
        data-testid={`${testIdPrefix}-time-zone`}
      />
      <TextInput
        ref={capacityRef}
        label={t('places.facilities.fields.capacity')}
        description={t('places.facilities.fields.capacityHint')}
        inputMode="numeric"
        autoComplete="off"
        size="md"
        value={draft.capacity}
        onChange={(event) => onChange({ capacity: event.currentTarget.value })}
        error={problems.capacity}
        data-testid={`${testIdPrefix}-capacity`}
      />
    </>
  );
}
