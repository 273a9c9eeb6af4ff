import { Anchor, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { SessionDetail } from '../../../contracts/registry-training';
import { ApiError } from '../../app/api/api-error';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import tableClasses from '../../app/ui/data-table.module.css';
import { Pending } from '../../app/ui/Pending';
import { ScrollingTable } from '../../app/ui/ScrollingTable';
import { formatDay } from '../registry/EligibilityAnswerView';
import { Facts } from '../registry/Facts';
import { RegistryRefusal } from '../registry/RegistryRefusal';
import classes from '../registry/registry-record.module.css';
import { isRecordId } from '../registry/registry-routes';
import { AttendanceForm } from './AttendanceForm';
import { useTrainingSession } from './training-api';
import { courseName, OUTCOME_LABELS } from './training-labels';
import { TRAINING_ROUTES } from './training-routes';

/**
 * `/registry/training/:sessionId`: one session, who attended and how it went, with the certificate
 * each completion gave and its expiry; prison training staff record the attendance here once the
 * day has come. A coordinator sees their own organisation's people only (the server decides).
 */
export function TrainingSessionPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  usePageTitle(t('training.session.pageTitle'));
  const valid = isRecordId(sessionId);
  const session = useTrainingSession(sessionId, valid);
  const words = {
    notFoundTitle: t('training.session.notFoundTitle'),
    notFound: t('registry.errors.gone'),
    loadFailedTitle: t('training.session.loadFailedTitle'),
  };
  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-training-session">
      <Title order={1}>{t('training.session.heading')}</Title>
      <Anchor component={Link} to={TRAINING_ROUTES.sessions} underline="always">
        {t('training.session.back')}
      </Anchor>
      {!valid ? (
        <RegistryRefusal
          error={new ApiError(404, { code: 'not_found' }, null)}
          onRetry={() => undefined}
          testIdPrefix="training-session"
          words={words}
        />
      ) : session.data ? (
        <SessionView session={session.data} />
      ) : session.isError ? (
        <RegistryRefusal
          error={session.error}
          onRetry={() => session.refetch()}
          testIdPrefix="training-session"
          words={words}
        />
      ) : (
        <Pending label={t('training.session.loading')} testId="training-session-pending" />
      )}
    </Stack>
  );
}

function SessionView({ session }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('training.session.attendanceCaption');
  return (
    <>
      <Facts
        testId="training-session-facts"
        facts={[
          {
            term: t('training.session.course'),
            value: courseName(t, session.course),
            testId: 'training-session-course',
          },
          {
            term: t('training.session.heldOn'),
            value: formatDay(session.heldOn, language),
            testId: 'training-session-held-on',
          },
          {
            term: t('training.session.place'),
            value: <bdi>{session.place}</bdi>,
            testId: 'training-session-place',
          },
          {
            term: t('training.session.facility'),
            value: session.facility ? <bdi>{session.facility.name}</bdi> : t('registry.record.none'),
            testId: 'training-session-facility',
          },
          {
            term: t('training.session.trainer'),
            value: <bdi>{session.trainerName}</bdi>,
            testId: 'training-session-trainer',
          },
        ]}
      />
      <Title order={2}>{t('training.session.attendanceHeading')}</Title>
      {session.attendance.length === 0 ? (
        <p className={classes.hint} data-testid="training-attendance-empty">
          {t('training.session.noAttendance')}
        </p>
      ) : (
        <ScrollingTable label={caption}>
          <Table
            data-testid="training-attendance-table"
            className={`${tableClasses.table} ${classes.table}`}
            verticalSpacing="sm"
            striped
          >
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('training.session.columns.participant')}</Table.Th>
                <Table.Th scope="col">{t('training.session.columns.outcome')}</Table.Th>
                <Table.Th scope="col">{t('training.session.columns.certificate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {session.attendance.map((entry) => (
                <Table.Tr
                  key={entry.participant.id}
                  data-testid="training-attendance-row"
                  data-participant-id={entry.participant.id}
                >
                  <Table.Th scope="row">
                    <bdi>{entry.participant.displayName}</bdi>
                    {' · '}
                    <bdi>
                      {entry.participant.kind === 'practitioner'
                        ? entry.participant.organisation.name
                        : t('training.session.staff')}
                    </bdi>
                  </Table.Th>
                  <Table.Td data-testid="training-attendance-outcome">
                    {t(OUTCOME_LABELS[entry.outcome].labelKey)}
                  </Table.Td>
                  <Table.Td data-testid="training-attendance-certificate">
                    {entry.certificate === null
                      ? t('registry.record.none')
                      : entry.certificate.expiresOn === null
                        ? t('training.session.certificateForGood')
                        : t('training.session.certificateUntil', {
                            day: formatDay(entry.certificate.expiresOn, language),
                          })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollingTable>
      )}
      {session.actions.includes('record_attendance') && <AttendanceForm session={session} />}
    </>
  );
}
