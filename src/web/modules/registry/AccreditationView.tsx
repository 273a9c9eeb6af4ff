import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AccreditationDecision } from '../../../contracts/registry-organisations';
import { AccreditationStatus } from './AccreditationStatus';
import { formatDay } from './EligibilityAnswerView';
import { type Fact, Facts } from './Facts';
import { formatList } from './registry-format';
import { INTERVENTION_TYPE_LABELS } from './registry-labels';
import classes from './registry-record.module.css';

/** A list of names, or "None" for an empty one. */
function namesOrNone(names: readonly string[], t: TFunction, language: string): string {
  return names.length === 0 ? t('registry.record.none') : formatList(names, language);
}

/**
 * The accreditation that holds now (the latest decision): its status, period, facilities by name,
 * kinds of intervention, whether an agreement is required, and its conditions.
 */
export function AccreditationView({
  accreditation,
  facilityName,
}: {
  accreditation: AccreditationDecision | null;
  facilityName: (id: string) => string | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (!accreditation) {
    return (
      <p className={classes.hint} data-testid="registry-accreditation-none">
        {t('registry.organisation.accreditation.none')}
      </p>
    );
  }
  const day = (value: string | null) => (value ? formatDay(value, language) : t('registry.record.none'));
  const facilities = accreditation.facilityIds.map(
    (id) => facilityName(id) ?? t('registry.record.unknownFacility'),
  );
  const facts: Fact[] = [
    {
      term: t('registry.organisation.accreditation.status'),
      value: <AccreditationStatus status={accreditation.status} />,
      testId: 'registry-accreditation-status',
    },
    {
      term: t('registry.organisation.accreditation.validFrom'),
      value: day(accreditation.validFrom),
      testId: 'registry-accreditation-valid-from',
    },
    {
      term: t('registry.organisation.accreditation.validUntil'),
      value: day(accreditation.validUntil),
      testId: 'registry-accreditation-valid-until',
    },
    {
      term: t('registry.organisation.accreditation.facilities'),
      value: namesOrNone(facilities, t, language),
      testId: 'registry-accreditation-facilities',
    },
    {
      term: t('registry.organisation.accreditation.interventionTypes'),
      value: namesOrNone(
        accreditation.interventionTypes.map((type) => t(INTERVENTION_TYPE_LABELS[type].labelKey)),
        t,
        language,
      ),
      testId: 'registry-accreditation-intervention-types',
    },
    {
      term: t('registry.organisation.accreditation.agreement'),
      value: accreditation.requiresAgreement
        ? t('registry.organisation.accreditation.agreementRequired')
        : t('registry.organisation.accreditation.agreementNotRequired'),
      testId: 'registry-accreditation-agreement',
    },
    {
      term: t('registry.organisation.accreditation.conditions'),
      value: accreditation.conditions ? (
        <span dir="auto" className={classes.statement}>
          {accreditation.conditions}
        </span>
      ) : (
        t('registry.record.none')
      ),
      testId: 'registry-accreditation-conditions',
    },
  ];
  return <Facts facts={facts} testId="registry-accreditation" />;
}
