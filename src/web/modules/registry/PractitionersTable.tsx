import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PractitionerSummary } from '../../../contracts/registry-practitioners';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { bidiIsolate } from '../../i18n/bidi';
import { formatDay } from './EligibilityAnswerView';
import { ExpiryBadge } from './ExpiryMarker';
import { expiryStanding, readerToday } from './expiry';
import { ACCESS_TIER_LABELS, VETTING_OUTCOME_LABELS } from './registry-labels';
import classes from './registry-record.module.css';
import { REGISTRY_ROUTES } from './registry-routes';

/**
 * An organisation's practitioners, in the order they were added: name (to their standing), role,
 * access, suspension, the latest background check in words, and a link to ask about eligibility.
 */
export function PractitionersTable({ practitioners }: { practitioners: readonly PractitionerSummary[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.organisation.practitioners.caption');

  function vetting(practitioner: PractitionerSummary): string {
    const check = practitioner.vetting;
    if (!check) return t('registry.organisation.practitioners.neverVetted');
    const outcome = t(VETTING_OUTCOME_LABELS[check.outcome].labelKey);
    if (check.expiresOn && expiryStanding(check.expiresOn, readerToday()).state === 'expired') {
      return t('registry.organisation.practitioners.vettingExpired', {
        outcome,
        date: formatDay(check.expiresOn, language),
      });
    }
    return check.expiresOn
      ? t('registry.organisation.practitioners.vettingUntil', {
          outcome,
          date: formatDay(check.expiresOn, language),
        })
      : t('registry.organisation.practitioners.vettingOn', {
          outcome,
          date: formatDay(check.checkedOn, language),
        });
  }

  return (
    <CaptionedTable
      caption={caption}
      testId="registry-practitioners-table"
      className={`${classes.table} ${classes.wideTable}`}
      columns={[
        { key: 'name', label: t('registry.organisation.practitioners.columns.name') },
        { key: 'roleTitle', label: t('registry.organisation.practitioners.columns.roleTitle') },
        { key: 'accessTier', label: t('registry.organisation.practitioners.columns.accessTier') },
        { key: 'vetting', label: t('registry.organisation.practitioners.columns.vetting') },
        { key: 'eligibility', label: t('registry.organisation.practitioners.columns.eligibility') },
      ]}
    >
      {practitioners.map((practitioner) => (
        <Table.Tr
          key={practitioner.id}
          data-testid="registry-practitioner-row"
          data-practitioner-id={practitioner.id}
        >
          <Table.Th scope="row">
            <Anchor component={Link} to={REGISTRY_ROUTES.practitioner(practitioner.id)} underline="always">
              <bdi data-testid="registry-practitioner-name">{practitioner.displayName}</bdi>
            </Anchor>
            {practitioner.suspension.suspended && (
              <>
                {' '}
                <span
                  className={classes.status}
                  data-tone="bad"
                  data-testid="registry-practitioner-suspended"
                >
                  {t('registry.practitioner.suspension.suspended')}
                </span>
              </>
            )}
          </Table.Th>
          <Table.Td>
            {practitioner.roleTitle ? <bdi>{practitioner.roleTitle}</bdi> : t('registry.record.notRecorded')}
          </Table.Td>
          <Table.Td>{t(ACCESS_TIER_LABELS[practitioner.accessTier].labelKey)}</Table.Td>
          <Table.Td data-testid="registry-practitioner-vetting">
            {vetting(practitioner)}
            {practitioner.vetting?.outcome === 'cleared' && practitioner.vetting.expiresOn && (
              <VettingExpiry lastDay={practitioner.vetting.expiresOn} />
            )}
          </Table.Td>
          <Table.Td>
            <Anchor
              component={Link}
              to={REGISTRY_ROUTES.eligibility(practitioner.id)}
              underline="always"
              aria-label={t('registry.organisation.practitioners.eligibilityOf', {
                name: bidiIsolate(practitioner.displayName),
              })}
              data-testid="registry-practitioner-eligibility"
            >
              {t('registry.organisation.practitioners.eligibility')}
            </Anchor>
          </Table.Td>
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}

/** The badge of a clearance past or near its last day: "cleared, valid until …" alone would mislead. */
function VettingExpiry({ lastDay }: { lastDay: string }) {
  const standing = expiryStanding(lastDay, readerToday());
  if (standing.state === 'valid') return null;
  return (
    <>
      {' '}
      <ExpiryBadge state={standing.state} daysLeft={standing.daysLeft} />
    </>
  );
}
