import { useTranslation } from 'react-i18next';
import type { RegistryProfile } from '../../../contracts/registry-organisations';
import { Facts } from './Facts';
import { countryName, formatInstant } from './registry-format';
import { MANDATE_LABELS } from './registry-labels';
import classes from './registry-record.module.css';

/** Who the organisation is, as its profile says: mandate, legal name, registration, country. */
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
          term: t('registry.organisation.profile.updatedAt'),
          value: <time dateTime={profile.updatedAt}>{formatInstant(profile.updatedAt, language)}</time>,
          testId: 'registry-profile-updated-at',
        },
      ]}
    />
  );
}
