import { useTranslation } from 'react-i18next';
import type { RegistryProfile } from '../../../contracts/registry-organisations';
import { formatNumber, languageName } from '../../i18n/format';
import { Facts } from './Facts';
import { ProfileContacts } from './ProfileContacts';
import { countryName, formatInstant, formatIsolatedList, formatList } from './registry-format';
import { ACTOR_ROLE_LABELS, INTERVENTION_TYPE_LABELS, MANDATE_LABELS } from './registry-labels';
import classes from './registry-record.module.css';

/**
 * Who the organisation is, as its profile says: mandate, names, registration, country, where it
 * works and with what, in which languages, how many staff, whom to contact. Names in other
 * languages carry their `lang`, so they are read and shaped in their own language.
 */
export function OrganisationProfileView({ profile }: { profile: RegistryProfile | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (!profile) {
    return (
      <p className={classes.hint} data-testid="registry-profile-none">
        {t('registry.organisation.profile.none')}
      </p>
    );
  }
  const recorded = (value: string | null) => (value ? <bdi>{value}</bdi> : t('registry.record.notRecorded'));
  // Labels in the reader's language read as one list; values typed in any script (regions) are
  // isolated one by one, so the reader's own "and" stays between them.
  const listed = (items: readonly string[]) =>
    items.length > 0 ? formatList(items, language) : t('registry.record.notRecorded');
  const typedList = (items: readonly string[]) =>
    items.length > 0 ? formatIsolatedList(items, language) : t('registry.record.notRecorded');
  const otherNames = Object.entries(profile.otherNames);
  return (
    <Facts
      testId="registry-profile"
      facts={[
        {
          term: t('registry.organisation.profile.mandate'),
          value: t(MANDATE_LABELS[profile.mandate].labelKey),
          testId: 'registry-profile-mandate',
        },
        {
          term: t('registry.organisation.profile.legalName'),
          value: <bdi>{profile.legalName}</bdi>,
          testId: 'registry-profile-legal-name',
        },
        {
          term: t('registry.organisation.profile.otherNames'),
          value:
            otherNames.length > 0 ? (
              <ul className={classes.inlineList}>
                {otherNames.map(([tag, name]) => (
                  <li key={tag}>
                    <span lang={tag} dir="auto">
                      {name}
                    </span>{' '}
                    ({languageName(tag, language)})
                  </li>
                ))}
              </ul>
            ) : (
              t('registry.record.notRecorded')
            ),
          testId: 'registry-profile-other-names',
        },
        {
          term: t('registry.organisation.profile.registrationNumber'),
          value: recorded(profile.registrationNumber),
          testId: 'registry-profile-registration-number',
        },
        {
          term: t('registry.organisation.profile.registrationRegistry'),
          value: recorded(profile.registrationRegistry),
          testId: 'registry-profile-registration-registry',
        },
        {
          term: t('registry.organisation.profile.country'),
          value: profile.country ? countryName(profile.country, language) : t('registry.record.notRecorded'),
          testId: 'registry-profile-country',
        },
        {
          term: t('registry.organisation.profile.regionsServed'),
          value: typedList(profile.regionsServed),
          testId: 'registry-profile-regions',
        },
        {
          term: t('registry.organisation.profile.expertise'),
          value: listed(profile.expertise.map((role) => t(ACTOR_ROLE_LABELS[role].labelKey))),
          testId: 'registry-profile-expertise',
        },
        {
          term: t('registry.organisation.profile.interventionTypes'),
          value: listed(profile.interventionTypes.map((type) => t(INTERVENTION_TYPE_LABELS[type].labelKey))),
          testId: 'registry-profile-intervention-types',
        },
        {
          term: t('registry.organisation.profile.languages'),
          value: listed(profile.languages.map((tag) => languageName(tag, language))),
          testId: 'registry-profile-languages',
        },
        {
          term: t('registry.organisation.profile.staffCount'),
          value:
            profile.staffCount === null
              ? t('registry.record.notRecorded')
              : formatNumber(profile.staffCount, language),
          testId: 'registry-profile-staff-count',
        },
        {
          term: t('registry.organisation.profile.contacts'),
          value: <ProfileContacts contacts={profile.contacts} />,
          testId: 'registry-profile-contacts',
        },
        {
          term: t('registry.organisation.profile.updatedAt'),
          value: <time dateTime={profile.updatedAt}>{formatInstant(profile.updatedAt, language)}</time>,
          testId: 'registry-profile-updated-at',
        },
      ]}
    />
  );
}
