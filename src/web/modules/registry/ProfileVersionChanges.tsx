import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileField, ProfileValues } from '../../../contracts/registry-profile';
import { formatNumber, languageName } from '../../i18n/format';
import { ProfileContacts } from './ProfileContacts';
import { countryName, formatIsolatedList, formatList } from './registry-format';
import {
  ACTOR_ROLE_LABELS,
  INTERVENTION_TYPE_LABELS,
  MANDATE_LABELS,
  PROFILE_FIELD_LABELS,
} from './registry-labels';
import classes from './registry-record.module.css';

/**
 * What one version of the profile changed: for each field it names, what the field was before (the
 * version listed after it, the history being newest first) and what it became. `before` is null for
 * the first version, which had nothing before it.
 */
export function ProfileVersionChanges({
  fields,
  values,
  before,
  testId,
}: {
  fields: readonly ProfileField[];
  values: ProfileValues;
  before: ProfileValues | null;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <dl className={classes.facts} data-testid={testId}>
      {fields.map((field) => (
        <Fragment key={field}>
          <dt>{t(PROFILE_FIELD_LABELS[field].labelKey)}</dt>
          <dd data-testid={`${testId}-${field}`}>
            <dl className={classes.facts}>
              <dt>{t('registry.organisation.profileHistory.before')}</dt>
              <dd data-testid={`${testId}-${field}-before`}>
                {before ? (
                  <ProfileFieldValue field={field} values={before} />
                ) : (
                  t('registry.organisation.profileHistory.noEarlier')
                )}
              </dd>
              <dt>{t('registry.organisation.profileHistory.after')}</dt>
              <dd data-testid={`${testId}-${field}-after`}>
                <ProfileFieldValue field={field} values={values} />
              </dd>
            </dl>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

/**
 * One field of a profile in the reader's words: reference lists by their translated labels,
 * languages and countries by the names Intl gives, names in other languages with their `lang`,
 * people's words isolated (`bdi`) so that a name in another script keeps its own direction.
 */
export function ProfileFieldValue({ field, values }: { field: ProfileField; values: ProfileValues }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const none = t('registry.record.notRecorded');
  const recorded = (value: string | null): ReactNode => (value ? <bdi>{value}</bdi> : none);
  // Labels in the reader's language read as one list; values typed in any script (regions) are
  // isolated one by one, so the reader's own "and" stays between them.
  const listed = (items: readonly string[]): ReactNode =>
    items.length > 0 ? formatList(items, language) : none;
  const typedList = (items: readonly string[]): ReactNode =>
    items.length > 0 ? formatIsolatedList(items, language) : none;
  switch (field) {
    case 'mandate':
      return <>{t(MANDATE_LABELS[values.mandate].labelKey)}</>;
    case 'legalName':
      return recorded(values.legalName);
    case 'otherNames':
      return <OtherNames names={values.otherNames} language={language} none={none} />;
    case 'registrationNumber':
      return recorded(values.registrationNumber);
    case 'registrationRegistry':
      return recorded(values.registrationRegistry);
    case 'country':
      return <>{values.country ? countryName(values.country, language) : none}</>;
    case 'regionsServed':
      return typedList(values.regionsServed);
    case 'expertise':
      return listed(values.expertise.map((role) => t(ACTOR_ROLE_LABELS[role].labelKey)));
    case 'interventionTypes':
      return listed(values.interventionTypes.map((type) => t(INTERVENTION_TYPE_LABELS[type].labelKey)));
    case 'languages':
      return listed(values.languages.map((tag) => languageName(tag, language)));
    case 'staffCount':
      return <>{values.staffCount === null ? none : formatNumber(values.staffCount, language)}</>;
    case 'contacts':
      return <ProfileContacts contacts={values.contacts} />;
  }
}

function OtherNames({
  names,
  language,
  none,
}: {
  names: Readonly<Record<string, string>>;
  language: string;
  none: string;
}) {
  const entries = Object.entries(names);
  if (entries.length === 0) return <>{none}</>;
  return (
    <ul className={classes.inlineList}>
      {entries.map(([tag, name]) => (
        <li key={tag}>
          <span lang={tag} dir="auto">
            {name}
          </span>{' '}
          ({languageName(tag, language)})
        </li>
      ))}
    </ul>
  );
}
