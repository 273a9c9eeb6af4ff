import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionSummary } from '../../../contracts/registry-training';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import tableClasses from '../../app/ui/data-table.module.css';
import { Pending } from '../../app/ui/Pending';
import { ScrollingTable } from '../../app/ui/ScrollingTable';
import { formatDay } from '../registry/EligibilityAnswerView';
import { RegistryRefusal } from '../registry/RegistryRefusal';
import classes from '../registry/registry-record.module.css';
import { SessionForm } from './SessionForm';
import { useTrainingSessions } from './training-api';
import { courseName } from './training-labels';
import { TRAINING_ROUTES } from './training-routes';

/**
 * `/registry/training`: training sessions, newest first, each leading to its attendance; prison
 * training staff (administrator, director, security officer) plan new ones here.
 */
export function TrainingSessionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('training.sessions.pageTitle'));
  const sessions = useTrainingSessions();
  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-training-sessions">
      <Title order={1}>{t('training.sessions.heading')}</Title>
      {sessions.data ? (
        <>
          <Text>{t('training.sessions.intro')}</Text>
          <Anchor component={Link} to={TRAINING_ROUTES.courses} underline="always">
            {t('training.sessions.toCatalogue')}
          </Anchor>
          {sessions.data.items.length > 0 ? (
            <SessionsTable sessions={sessions.data.items} />
          ) : (
            <p className={classes.hint} data-testid="training-sessions-empty">
              {t('training.sessions.empty')}
            </p>
          )}
          {sessions.data.actions.includes('create') && <SessionForm />}
        </>
      ) : sessions.isError ? (
        <RegistryRefusal
          error={sessions.error}
          onRetry={() => sessions.refetch()}
          testIdPrefix="training-sessions"
          words={{
            notFoundTitle: t('training.sessions.loadFailedTitle'),
            notFound: t('registry.errors.gone'),
            loadFailedTitle: t('training.sessions.loadFailedTitle'),
          }}
        />
      ) : (
        <Pending label={t('training.sessions.loading')} testId="training-sessions-pending" />
      )}
    </Stack>
  );
}

function SessionsTable({ sessions }: { sessions: readonly SessionSummary[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('training.sessions.caption');
  return (
    <ScrollingTable label={caption}>
      <Table
        data-testid="training-sessions-table"
        className={`${tableClasses.table} ${classes.table} ${classes.wideTable}`}
        verticalSpacing="sm"
        striped
      >
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('training.sessions.columns.heldOn')}</Table.Th>
            <Table.Th scope="col">{t('training.sessions.columns.course')}</Table.Th>
            <Table.Th scope="col">{t('training.sessions.columns.place')}</Table.Th>
            <Table.Th scope="col">{t('training.sessions.columns.trainer')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id} data-testid="training-session-row" data-session-id={session.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={TRAINING_ROUTES.session(session.id)} underline="always">
                  {formatDay(session.heldOn, language)}
                </Anchor>
              </Table.Th>
              <Table.Td data-testid="training-session-row-course">{courseName(t, session.course)}</Table.Td>
              <Table.Td>
                <bdi>{session.facility ? `${session.facility.name} · ${session.place}` : session.place}</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{session.trainerName}</bdi>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
