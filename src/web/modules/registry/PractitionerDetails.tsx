import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PractitionerStanding } from '../../../contracts/registry-practitioners';
import { languageName } from '../../i18n/format';
import { Facts } from './Facts';
import { formatInstant, formatList } from './registry-format';
import { ACCESS_TIER_LABELS, GENDER_LABELS } from './registry-labels';
import { REGISTRY_ROUTES } from './registry-routes';

/** Who the practitioner is: organisation, role, access, gender, languages, account, since when. */
export function PractitionerDetails({ standing }: { standing: PractitionerStanding }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Facts
      testId="registry-practitioner-details"
      facts={[
        {
          term: t('registry.practitioner.details.organisation'),
          value: (
            <Anchor
              component={Link}
              to={REGISTRY_ROUTES.organisation(standing.organisation.id)}
              underline="always"
            >
              <bdi>{standing.organisation.name}</bdi>
            </Anchor>
          ),
          testId: 'registry-practitioner-organisation',
        },
        {
          term: t('registry.practitioner.details.roleTitle'),
          value: standing.roleTitle ? <bdi>{standing.roleTitle}</bdi> : t('registry.record.notRecorded'),
          testId: 'registry-practitioner-role-title',
        },
        {
          term: t('registry.practitioner.details.accessTier'),
          value: t(ACCESS_TIER_LABELS[standing.accessTier].labelKey),
          testId: 'registry-practitioner-access-tier',
        },
        {
          term: t('registry.practitioner.details.gender'),
          value: standing.gender
            ? t(GENDER_LABELS[standing.gender].labelKey)
            : t('registry.record.notRecorded'),
          testId: 'registry-practitioner-gender',
        },
        {
          term: t('registry.practitioner.details.languages'),
          value:
            standing.languages.length > 0
              ? formatList(
                  standing.languages.map((tag) => languageName(tag, language)),
                  language,
                )
              : t('registry.record.notRecorded'),
          testId: 'registry-practitioner-languages',
        },
        {
          term: t('registry.practitioner.details.account'),
          value: standing.userId
            ? t('registry.practitioner.details.accountLinked')
            : t('registry.practitioner.details.accountNone'),
          testId: 'registry-practitioner-account',
        },
        {
          term: t('registry.practitioner.details.since'),
          value: <time dateTime={standing.createdAt}>{formatInstant(standing.createdAt, language)}</time>,
          testId: 'registry-practitioner-since',
        },
      ]}
    />
  );
}
