import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewQueue } from '../../../contracts/registry-review';
import { formatDay } from '../registry/EligibilityAnswerView';
import { ExpiryBadge } from '../registry/ExpiryMarker';
import { ACCREDITATION_STATUS_LABELS, VETTING_OUTCOME_LABELS } from '../registry/registry-labels';
import classes from '../registry/registry-record.module.css';
import { REGISTRY_ROUTES } from '../registry/registry-routes';
import { QueueSection } from './QueueSection';
import { VETTING_TODO_LABELS } from './review-labels';

// The four sections of the review queue. Organisations link to their registry record, people to
// their standing, where the work is done. Days are the server's: "expires in N days" counts from
// the queue's own day.

function OrganisationLink({ organisation }: { organisation: { id: string; name: string } }) {
  return (
    <Anchor component={Link} to={REGISTRY_ROUTES.organisation(organisation.id)}>
      <bdi>{organisation.name}</bdi>
    </Anchor>
  );
}

/** "Expired on 3 May" with its badge, or the day with "Expires in N days". */
function LastDay({ day, daysLeft }: { day: string; daysLeft: number }) {
  const { t, i18n } = useTranslation();
  const date = formatDay(day, i18n.resolvedLanguage ?? i18n.language);
  return (
    <span data-testid="review-last-day">
      {daysLeft < 0 ? t('registry.expiry.expiredOn', { date }) : date}{' '}
      <ExpiryBadge state={daysLeft < 0 ? 'expired' : 'expires_soon'} daysLeft={daysLeft} />
    </span>
  );
}

export function ApplicationsSection({ items }: { items: ReviewQueue['applications'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <QueueSection
      heading={t('registryReview.queue.applications.heading')}
      count={items.length}
      caption={t('registryReview.queue.applications.caption')}
      columns={[
        t('registryReview.queue.columns.organisation'),
        t('registryReview.queue.columns.status'),
        t('registryReview.queue.applications.appliedOn'),
        t('registryReview.queue.applications.dueDiligence'),
      ]}
      empty={t('registryReview.queue.applications.empty')}
      testId="review-applications"
    >
      {items.map((item) => (
        <Table.Tr key={item.organisation.id} data-testid="review-application-row">
          <Table.Th scope="row">
            <OrganisationLink organisation={item.organisation} />
          </Table.Th>
          <Table.Td>{t(ACCREDITATION_STATUS_LABELS[item.status].labelKey)}</Table.Td>
          <Table.Td>
            {formatDay(item.appliedOn, language)}{' '}
            <span className={classes.status} data-testid="review-days-waiting">
              {t('registryReview.queue.applications.daysWaiting', { count: item.daysWaiting })}
            </span>
          </Table.Td>
          <Table.Td data-testid="review-application-checks">
            {item.dueDiligence.required
              ? t('registryReview.queue.applications.checks', {
                  satisfied: item.dueDiligence.satisfied,
                  total: item.dueDiligence.total,
                })
              : t('registryReview.queue.applications.notRequired')}
          </Table.Td>
        </Table.Tr>
      ))}
    </QueueSection>
  );
}

export function AccreditationsSection({ items }: { items: ReviewQueue['accreditations'] }) {
  const { t } = useTranslation();
  return (
    <QueueSection
      heading={t('registryReview.queue.accreditations.heading')}
      count={items.length}
      caption={t('registryReview.queue.accreditations.caption')}
      columns={[t('registryReview.queue.columns.organisation'), t('registryReview.queue.columns.lastDay')]}
      empty={t('registryReview.queue.accreditations.empty')}
      testId="review-accreditations"
    >
      {items.map((item) => (
        <Table.Tr key={item.organisation.id} data-testid="review-accreditation-row">
          <Table.Th scope="row">
            <OrganisationLink organisation={item.organisation} />
          </Table.Th>
          <Table.Td>
            <LastDay day={item.validUntil} daysLeft={item.daysLeft} />
          </Table.Td>
        </Table.Tr>
      ))}
    </QueueSection>
  );
}

export function VettingSection({ items }: { items: ReviewQueue['vetting'] }) {
  const { t } = useTranslation();
  return (
    <QueueSection
      heading={t('registryReview.queue.vetting.heading')}
      count={items.length}
      caption={t('registryReview.queue.vetting.caption')}
      columns={[
        t('registryReview.queue.columns.practitioner'),
        t('registryReview.queue.columns.organisation'),
        t('registryReview.queue.vetting.lastOutcome'),
        t('registryReview.queue.columns.lastDay'),
      ]}
      empty={t('registryReview.queue.vetting.empty')}
      testId="review-vetting"
    >
      {items.map((item) => (
        <Table.Tr key={item.practitioner.id} data-testid="review-vetting-row" data-reason={item.reason}>
          <Table.Th scope="row">
            <Anchor component={Link} to={REGISTRY_ROUTES.practitioner(item.practitioner.id)}>
              <bdi>{item.practitioner.displayName}</bdi>
            </Anchor>
          </Table.Th>
          <Table.Td>
            <OrganisationLink organisation={item.organisation} />
          </Table.Td>
          <Table.Td>
            {item.lastOutcome
              ? t(VETTING_OUTCOME_LABELS[item.lastOutcome].labelKey)
              : t('registry.organisation.practitioners.neverVetted')}
          </Table.Td>
          <Table.Td>
            {item.expiresOn !== null && item.daysLeft !== null && item.reason !== 'pending' ? (
              <LastDay day={item.expiresOn} daysLeft={item.daysLeft} />
            ) : (
              <span className={classes.status} data-tone="bad" data-testid="review-vetting-reason">
                {t(VETTING_TODO_LABELS[item.reason].labelKey)}
              </span>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </QueueSection>
  );
}

export function AgreementsSection({ items }: { items: ReviewQueue['agreements'] }) {
  const { t } = useTranslation();
  return (
    <QueueSection
      heading={t('registryReview.queue.agreements.heading')}
      count={items.length}
      caption={t('registryReview.queue.agreements.caption')}
      columns={[
        t('registryReview.queue.columns.organisation'),
        t('registryReview.queue.agreements.title'),
        t('registryReview.queue.columns.lastDay'),
      ]}
      empty={t('registryReview.queue.agreements.empty')}
      testId="review-agreements"
    >
      {items.map((item) => (
        <Table.Tr key={item.agreementId} data-testid="review-agreement-row">
          <Table.Th scope="row">
            <OrganisationLink organisation={item.organisation} />
          </Table.Th>
          <Table.Td>
            <bdi>{item.title}</bdi>
          </Table.Td>
          <Table.Td>
            <LastDay day={item.endsOn} daysLeft={item.daysLeft} />
          </Table.Td>
        </Table.Tr>
      ))}
    </QueueSection>
  );
}
