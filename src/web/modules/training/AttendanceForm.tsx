import { NativeSelect, Table } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTENDANCE_OUTCOMES,
  type AttendanceOutcome,
  type SessionDetail,
} from '../../../contracts/registry-training';
import tableClasses from '../../app/ui/data-table.module.css';
import { ScrollingTable } from '../../app/ui/ScrollingTable';
import { FieldGrid, RegistryForm } from '../registry/RegistryForm';
import { useDirectory } from '../registry/registry-api';
import classes from '../registry/registry-record.module.css';
import { useRegistryProblems } from '../registry/use-registry-problems';
import { useOrganisationPeople, useRecordAttendance } from './training-api';
import { OUTCOME_LABELS } from './training-labels';
import { trainingRefusal } from './training-problems';

const outcomeField = (practitionerId: string) => `outcome-${practitionerId}`;

/**
 * Attendance of an organisation's practitioners (POST …/attendance): pick the organisation, mark
 * each person who was expected; those left unmarked are not recorded. A completion gives a
 * certificate, which the attendance table above shows with its expiry once saved.
 */
export function AttendanceForm({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const [organisationId, setOrganisationId] = useState('');
  const people = useOrganisationPeople(organisationId);
  const [marks, setMarks] = useState<Record<string, AttendanceOutcome | ''>>({});
  const [issued, setIssued] = useState<number | null>(null);
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<string>();
  const record = useRecordAttendance(session.id);
  const organisations = directory.data?.pages.flatMap((page) => page.items) ?? [];
  const recorded = new Set(session.attendance.map((entry) => entry.participant.id));
  const candidates = (people.data?.items ?? []).filter((person) => !recorded.has(person.id));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const entries = Object.entries(marks).flatMap(([practitionerId, outcome]) =>
      outcome === '' ? [] : [{ practitionerId, outcome }],
    );
    if (entries.length === 0) {
      return show((t) => ({ fields: {}, form: t('training.attendanceForm.nothingMarked') }));
    }
    clear();
    setIssued(null);
    const fields = entries.map((entry) => outcomeField(entry.practitionerId));
    record.mutateAsync({ entries }).then(
      () => {
        setMarks({});
        setIssued(entries.filter((entry) => entry.outcome === 'completed').length);
      },
      (error: unknown) =>
        show(
          trainingRefusal(error, fields, (path) => {
            const index = /^\/body\/entries\/(\d+)/.exec(path)?.[1];
            const entry = index === undefined ? undefined : entries[Number(index)];
            return entry ? outcomeField(entry.practitionerId) : null;
          }),
        ),
    );
  }

  return (
    <RegistryForm
      heading={t('training.attendanceForm.heading')}
      intro={t('training.attendanceForm.intro')}
      testId="training-attendance"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('training.attendanceForm.submit')}
      pending={record.isPending}
    >
      {issued !== null && (
        <p role="status" data-testid="training-attendance-done">
          {t('training.attendanceForm.recorded', { count: issued })}
        </p>
      )}
      <FieldGrid>
        <NativeSelect
          label={t('training.attendanceForm.organisation')}
          size="md"
          value={organisationId}
          onChange={(event) => {
            setOrganisationId(event.currentTarget.value);
            setMarks({});
          }}
          data={[
            { value: '', label: t('training.attendanceForm.chooseOrganisation') },
            ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
          ]}
          data-testid="training-attendance-organisation"
        />
      </FieldGrid>
      {organisationId !== '' && people.data && candidates.length === 0 && (
        <p className={classes.hint} data-testid="training-attendance-no-one">
          {t('training.attendanceForm.noOne')}
        </p>
      )}
      {candidates.length > 0 && (
        <ScrollingTable label={t('training.attendanceForm.caption')}>
          <Table className={`${tableClasses.table} ${classes.table}`} verticalSpacing="sm">
            <Table.Caption>{t('training.attendanceForm.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('training.session.columns.participant')}</Table.Th>
                <Table.Th scope="col">{t('training.session.columns.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidates.map((person) => (
                <Table.Tr
                  key={person.id}
                  data-testid="training-attendance-candidate"
                  data-practitioner-id={person.id}
                >
                  <Table.Th scope="row">
                    <bdi>{person.displayName}</bdi>
                  </Table.Th>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t('training.attendanceForm.outcomeOf', { name: person.displayName })}
                      size="md"
                      value={marks[person.id] ?? ''}
                      error={problems.fields[outcomeField(person.id)]}
                      onChange={(event) => {
                        const outcome = event.currentTarget.value as AttendanceOutcome | '';
                        setMarks((current) => ({ ...current, [person.id]: outcome }));
                      }}
                      data={[
                        { value: '', label: t('training.attendanceForm.notRecorded') },
                        ...ATTENDANCE_OUTCOMES.map((outcome) => ({
                          value: outcome,
                          label: t(OUTCOME_LABELS[outcome].labelKey),
                        })),
                      ]}
                      data-testid="training-attendance-mark"
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollingTable>
      )}
    </RegistryForm>
  );
}
