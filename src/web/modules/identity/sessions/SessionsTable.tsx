import { Button, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../contracts/identity';
import { formatDate } from '../../../i18n/format';
import classes from './sessions.module.css';
import { describeUserAgent } from './user-agent';

// Shown in the reader's own time zone, which it names: sessions belong to no facility.
const WHEN: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

export interface SessionsTableProps {
  sessions: readonly SessionSummary[];
  onRevoke: (session: SessionSummary) => void;
  /** The session whose sign-out is on its way, if any: its button shows progress, the others wait. */
  revokingId: string | null;
}

/** The user's live sessions: device, address, when started and last active, and a way to end each. */
export function SessionsTable({ sessions, onRevoke, revokingId }: SessionsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const when = (iso: string) => <time dateTime={iso}>{formatDate(new Date(iso), language, WHEN)}</time>;

  function deviceOf(session: SessionSummary): string {
    const { browser, system } = describeUserAgent(session.userAgent);
    if (browser && system) return t('sessions.device', { browser, system });
    return browser ?? system ?? t('sessions.unknownDevice');
  }

  return (
    <Table data-testid="sessions-table" className={classes.table} verticalSpacing="sm" striped>
      <Table.Caption>{t('sessions.tableCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('sessions.columns.device')}</Table.Th>
          <Table.Th scope="col">{t('sessions.columns.address')}</Table.Th>
          <Table.Th scope="col">{t('sessions.columns.started')}</Table.Th>
          <Table.Th scope="col">{t('sessions.columns.lastActive')}</Table.Th>
          <Table.Th scope="col">
            <VisuallyHidden>{t('sessions.columns.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sessions.map((session) => {
          const device = deviceOf(session);
          return (
            <Table.Tr key={session.id} data-testid="session-row" data-current={session.current}>
              <Table.Td>
                <span title={session.userAgent ?? undefined}>{device}</span>
                {session.current && (
                  <span className={classes.current} data-testid="this-session">
                    {t('sessions.thisSession')}
                  </span>
                )}
              </Table.Td>
              <Table.Td>
                {session.address ? (
                  <span dir="ltr" className={classes.address}>
                    {session.address}
                  </span>
                ) : (
                  t('sessions.unknownAddress')
                )}
              </Table.Td>
              <Table.Td>{when(session.createdAt)}</Table.Td>
              <Table.Td>{when(session.lastSeenAt)}</Table.Td>
              <Table.Td>
                <Button
                  variant="outline"
                  size="md"
                  className={classes.action}
                  onClick={() => onRevoke(session)}
                  loading={revokingId === session.id}
                  disabled={revokingId !== null && revokingId !== session.id}
                  aria-label={
                    session.current
                      ? t('sessions.revokeCurrentLabel', { device })
                      : t('sessions.revokeLabel', { device })
                  }
                  data-testid="revoke-session"
                  data-current={session.current}
                >
                  {session.current ? t('sessions.revokeCurrent') : t('sessions.revoke')}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
