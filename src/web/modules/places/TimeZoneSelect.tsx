import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bidiIsolate } from '../../i18n/bidi';
import classes from './places.module.css';
import { timeZoneChoices, timeZoneFilter } from './time-zones';

export interface TimeZoneSelectProps {
  value: string | null;
  onChange: (zone: string | null) => void;
  /** The facility's zone as stored, offered even if this browser does not list it. */
  current?: string;
  error?: string | undefined;
  disabled?: boolean;
  'data-testid': string;
}

/**
 * A searchable choice among the IANA time zones this browser knows (`Intl.supportedValuesOf`):
 * typing "tunis" or "buenos aires" narrows the list. Zone ids are shown as IANA writes them, left to
 * right in every language: the input keeps the page's direction (so its padding stays on the side of
 * its chevron) and takes the direction of its line from its text (`unicode-bidi: plaintext`), so a zone id
 * reads left to right and an Arabic placeholder right to left.
 */
export function TimeZoneSelect({ value, onChange, current, error, disabled, ...data }: TimeZoneSelectProps) {
  const { t } = useTranslation();
  const choices = useMemo(() => timeZoneChoices(current), [current]);

  return (
    <Select
      label={t('places.facilities.fields.timeZone')}
      description={t('places.facilities.fields.timeZoneHint', { example: bidiIsolate('Tunis') })}
      placeholder={t('places.facilities.fields.timeZoneSearch')}
      nothingFoundMessage={t('places.facilities.fields.timeZoneNoMatch')}
      size="md"
      required
      searchable
      allowDeselect={false}
      data={choices}
      filter={timeZoneFilter}
      maxDropdownHeight={280}
      value={value}
      onChange={(zone) => onChange(zone)}
      error={error}
      disabled={disabled}
      classNames={{ input: classes.zoneInput }}
      autoComplete="off"
      spellCheck={false}
      {...data}
    />
  );
}
