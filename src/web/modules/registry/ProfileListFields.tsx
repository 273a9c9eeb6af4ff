import { Button, Group, TextInput, type TextInputProps } from '@mantine/core';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_LIMITS } from '../../../contracts/registry-organisations';
import { useInputDirection } from '../../app/forms/form-focus';
import {
  type ContactDraft,
  type ContactPart,
  EMPTY_CONTACT,
  type NameDraft,
  type ProfileFormField,
} from './profile-draft';
import classes from './registry-record.module.css';

// The profile's repeatable parts: names in other languages (a language and a name per line) and
// contacts (a group of four fields per person). Each line has its own labelled fields and its own
// errors; an error about the list as a whole is said under it, tied to its fieldset.

type Errors = Partial<Record<ProfileFormField, string>>;

/** A text input whose <input> carries its own direction (Mantine puts `dir` on the wrapper). */
function DirectedInput({ dir, ...props }: TextInputProps & { dir: 'auto' | 'ltr' }) {
  const ref = useRef<HTMLInputElement>(null);
  useInputDirection(ref, dir);
  return <TextInput ref={ref} size="md" autoComplete="off" {...props} />;
}

function ListError({ id, message, testId }: { id: string; message: string | undefined; testId: string }) {
  return message ? (
    <p id={id} className={classes.choiceError} data-testid={testId}>
      {message}
    </p>
  ) : null;
}

export function OtherNamesField({
  value,
  onChange,
  errors,
}: {
  value: NameDraft[];
  onChange: (next: NameDraft[]) => void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const change = (index: number, part: Partial<NameDraft>) =>
    onChange(value.map((entry, at) => (at === index ? { ...entry, ...part } : entry)));
  return (
    <fieldset className={classes.choices} data-testid="registry-profile-other-names">
      <legend>{t('registry.profileForm.otherNames')}</legend>
      <p className={classes.hint}>{t('registry.profileForm.otherNamesHint')}</p>
      {value.map((entry, index) => {
        const n = index + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
          <Group key={index} align="flex-end" gap="sm" data-testid="registry-profile-other-name">
            <DirectedInput
              dir="ltr"
              label={t('registry.profileForm.otherNameLanguage', { n })}
              value={entry.language}
              error={errors[`otherNames.${index}.language`]}
              onChange={(event) => change(index, { language: event.currentTarget.value })}
              maxLength={35}
              w="9rem"
              data-testid="registry-profile-other-name-language-input"
            />
            <DirectedInput
              dir="auto"
              label={t('registry.profileForm.otherNameText', { n })}
              value={entry.name}
              error={errors[`otherNames.${index}.name`]}
              onChange={(event) => change(index, { name: event.currentTarget.value })}
              style={{ flex: 1, minInlineSize: '12rem' }}
              data-testid="registry-profile-other-name-input"
            />
            <Button
              variant="subtle"
              onClick={() => onChange(value.filter((_, at) => at !== index))}
              data-testid="registry-profile-other-name-remove"
            >
              {t('registry.profileForm.removeOtherName', { n })}
            </Button>
          </Group>
        );
      })}
      <Button
        variant="light"
        mt="sm"
        disabled={value.length >= PROFILE_LIMITS.otherNames}
        onClick={() => onChange([...value, { language: '', name: '' }])}
        aria-describedby={errors.otherNames ? errorId : undefined}
        data-testid="registry-profile-other-name-add"
      >
        {t('registry.profileForm.addOtherName')}
      </Button>
      <ListError id={errorId} message={errors.otherNames} testId="registry-profile-other-names-error" />
    </fieldset>
  );
}

const CONTACT_PARTS: readonly {
  part: ContactPart;
  type: 'text' | 'email' | 'tel';
  dir: 'auto' | 'ltr';
}[] = [
  { part: 'name', type: 'text', dir: 'auto' },
  { part: 'role', type: 'text', dir: 'auto' },
  { part: 'email', type: 'email', dir: 'ltr' },
  { part: 'phone', type: 'tel', dir: 'ltr' },
];

export function ContactsField({
  value,
  onChange,
  errors,
}: {
  value: ContactDraft[];
  onChange: (next: ContactDraft[]) => void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const labels: Record<ContactPart, string> = {
    name: t('registry.profileForm.contactName'),
    role: t('registry.profileForm.contactRole'),
    email: t('registry.profileForm.contactEmail'),
    phone: t('registry.profileForm.contactPhone'),
  };
  const change = (index: number, part: Partial<ContactDraft>) =>
    onChange(value.map((contact, at) => (at === index ? { ...contact, ...part } : contact)));
  return (
    <fieldset className={classes.choices} data-testid="registry-profile-contacts">
      <legend>{t('registry.profileForm.contacts')}</legend>
      <p className={classes.hint}>{t('registry.profileForm.contactsHint')}</p>
      {value.map((contact, index) => {
        const n = index + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no identity but their place
          <fieldset key={index} className={classes.choices} data-testid="registry-profile-contact">
            <legend>{t('registry.profileForm.contact', { n })}</legend>
            <div className={classes.fieldGrid}>
              {CONTACT_PARTS.map(({ part, type, dir }) => (
                <DirectedInput
                  key={part}
                  dir={dir}
                  type={type}
                  label={labels[part]}
                  required={part === 'name'}
                  value={contact[part]}
                  error={errors[`contacts.${index}.${part}`]}
                  onChange={(event) => change(index, { [part]: event.currentTarget.value })}
                  data-testid={`registry-profile-contact-${part}-input`}
                />
              ))}
            </div>
            <Button
              variant="subtle"
              mt="xs"
              onClick={() => onChange(value.filter((_, at) => at !== index))}
              data-testid="registry-profile-contact-remove"
            >
              {t('registry.profileForm.removeContact', { n })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        variant="light"
        mt="sm"
        disabled={value.length >= PROFILE_LIMITS.contacts}
        onClick={() => onChange([...value, { ...EMPTY_CONTACT }])}
        aria-describedby={errors.contacts ? errorId : undefined}
        data-testid="registry-profile-contact-add"
      >
        {t('registry.profileForm.addContact')}
      </Button>
      <ListError id={errorId} message={errors.contacts} testId="registry-profile-contacts-error" />
    </fieldset>
  );
}
