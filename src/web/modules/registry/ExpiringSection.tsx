import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExpiringItem } from '../../../contracts/registry-organisations';
import { ApiError } from '../../app/api/api-error';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Pending } from '../../app/ui/Pending';
import { formatDay } from './EligibilityAnswerView';
import { ExpiryBadge } from './ExpiryMarker';
import { useOrganisationExpiring } from './registry-api';
import classes from './registry-record.module.css';
import { REGISTRY_ROUTES } from './registry-routes';

/**
 * What expires within 60 days, or expired in the last 90, for the organisation: its accreditation,
 * agreements, each practitioner's clearance and certificates, earliest first, each with its last day
 * and a badge in words ("Expired", "Expires in 12 days"). People link to their standing, where the
 * record can be renewed. The server reckons the days on its own today.
 */
export function ExpiringSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const expiring = useOrganisationExpiring(organisationId);
  if (expiring.isError && !expiring.data) {
    if (expiring.error instanceof ApiError && [403, 404].includes(expiring.error.status)) {
      return (
        <p className={classes.hint} data-testid="registry-expiring-closed">
          {t('registry.expiring.closed')}
        </p>
      );
    }
    return (
      <LoadFailed
        title={t('registry.expiring.loadFailedTitle')}
        error={expiring.error}
        onRetry={() => expiring.refetch()}
        testId="registry-expiring-load-failed"
      />
    );
  }
  if (!expiring.data) return <Pending label={t('registry.expiring.loading')} />;
  if (expiring.data.items.length === 0) {
    return (
      <p className={classes.hint} data-testid="registry-expiring-none">
        {t('registry.expiring.none')}
      </p>
    );
  }
  return <ExpiringTable items={expiring.data.items} />;
}

function ExpiringTable({ items }: { items: readonly ExpiringItem[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('registry.expiring.caption');

  function what(item: ExpiringItem): string {
    switch (item.kind) {
      case 'accreditation':
        return t('registry.expiring.kinds.accreditation');
      case 'agreement':
        return t('registry.expiring.kinds.agreement');
      case 'vetting':
        return t('registry.expiring.kinds.vetting');
      case 'certificate':
        return t('registry.expiring.kinds.certificate', { course: item.course?.name ?? '' });
    }
  }

  return (
    <CaptionedTable
      caption={caption}
      testId="registry-expiring-table"
      className={classes.table}
      columns={[
        { key: 'subject', label: t('registry.expiring.columns.subject') },
        { key: 'what', label: t('registry.expiring.columns.what') },
        { key: 'date', label: t('registry.expiring.columns.date') },
        { key: 'state', label: t('registry.expiring.columns.state') },
      ]}
    >
      {items.map((item) => (
        <Table.Tr
          key={`${item.kind} ${item.subject.id} ${item.course?.id ?? ''}`}
          data-testid="registry-expiring-row"
          data-kind={item.kind}
          data-state={item.state}
          data-subject-id={item.subject.id}
        >
          <Table.Th scope="row">
            {item.subject.type === 'practitioner' ? (
              <Anchor component={Link} to={REGISTRY_ROUTES.practitioner(item.subject.id)} underline="always">
                <bdi>{item.subject.name}</bdi>
              </Anchor>
            ) : (
              <bdi>{item.subject.name}</bdi>
            )}
          </Table.Th>
          <Table.Td>{what(item)}</Table.Td>
          <Table.Td>{formatDay(item.date, language)}</Table.Td>
          <Table.Td>
            <ExpiryBadge state={item.state} daysLeft={item.daysLeft} />
          </Table.Td>
        </Table.Tr>
      ))}
    </CaptionedTable>
  );
}
