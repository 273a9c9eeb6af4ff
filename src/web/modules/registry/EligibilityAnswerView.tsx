import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EligibilityAnswer, IneligibilityReason } from '../../../contracts/registry';
import { bidiIsolate } from '../../i18n/bidi';
import { formatDate } from '../../i18n/format';
import classes from './registry.module.css';
import {
  ACCESS_TIER_LABELS,
  ACCREDITATION_STATUS_LABELS,
  DOCUMENT_LABELS,
  INTERVENTION_TYPE_LABELS,
  NOT_ACCREDITED_WITH_STATUS,
  REASON_LABELS,
} from './registry-labels';

// The registry's one answer in plain words: eligible or not, for what question, until when, and
// every reason why not. Days are calendar days of the facility, so they are formatted as such (in
// UTC, which leaves the day as it is), never converted to the reader's time zone.

/** A calendar day (YYYY-MM-DD) in the reader's language. */
export function formatDay(day: string, language: string): string {
  return formatDate(new Date(`${day}T00:00:00Z`), language, { dateStyle: 'long', timeZone: 'UTC' });
}

/** One reason as a sentence, with its date, status, course or document in words. */
export function reasonSentence(t: TFunction, language: string, reason: IneligibilityReason): string {
  const date = reason.date ? formatDay(reason.date, language) : '';
  if (reason.code === 'organisation_not_accredited' && reason.status) {
    return t(NOT_ACCREDITED_WITH_STATUS.labelKey, {
      status: t(ACCREDITATION_STATUS_LABELS[reason.status].labelKey),
    });
  }
  return t(REASON_LABELS[reason.code].labelKey, {
    date,
    course: reason.course ? bidiIsolate(reason.course.name) : '',
    document: reason.document ? t(DOCUMENT_LABELS[reason.document.document].labelKey) : '',
    version: reason.document ? bidiIsolate(reason.document.version) : '',
  });
}

export function EligibilityAnswerView({ answer }: { answer: EligibilityAnswer }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <section
      aria-labelledby="eligibility-verdict"
      className={classes.answer}
      data-testid="eligibility-answer"
      data-eligible={answer.eligible}
    >
      <h2 id="eligibility-verdict" data-testid="eligibility-verdict">
        {answer.eligible ? t('registry.eligibility.eligible') : t('registry.eligibility.notEligible')}
      </h2>
      <p data-testid="eligibility-question">
        {t('registry.eligibility.question', {
          practitioner: bidiIsolate(answer.practitioner.displayName),
          facility: bidiIsolate(answer.facility.name),
          day: formatDay(answer.day, language),
          interventionType: t(INTERVENTION_TYPE_LABELS[answer.interventionType].labelKey),
          accessTier: t(ACCESS_TIER_LABELS[answer.accessTier].labelKey),
        })}
      </p>
      {answer.basis === 'monitoring_mandate' && <p>{t('registry.eligibility.monitoringMandate')}</p>}
      {answer.eligible && answer.basis === 'accreditation' && (
        <p data-testid="eligibility-until">
          {answer.validUntil
            ? t('registry.eligibility.eligibleUntil', { date: formatDay(answer.validUntil, language) })
            : t('registry.eligibility.eligibleNoExpiry')}
        </p>
      )}
      {answer.reasons.length > 0 && (
        <>
          <h3>{t('registry.eligibility.reasonsHeading')}</h3>
          <ul className={classes.reasons} data-testid="eligibility-reasons">
            {answer.reasons.map((reason, index) => (
              // Reasons have no id; a code may repeat (two documents), never at the same place.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rendered once, never reordered
              <li key={`${reason.code}-${index}`} data-code={reason.code}>
                {reasonSentence(t, language, reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
