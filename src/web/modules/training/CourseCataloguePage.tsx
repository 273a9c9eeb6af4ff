import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseCatalogue } from '../../../contracts/registry-training';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import tableClasses from '../../app/ui/data-table.module.css';
import { Pending } from '../../app/ui/Pending';
import { ScrollingTable } from '../../app/ui/ScrollingTable';
import { RegistryRefusal } from '../registry/RegistryRefusal';
import { formatList } from '../registry/registry-format';
import { ACCESS_TIER_LABELS } from '../registry/registry-labels';
import classes from '../registry/registry-record.module.css';
import { AddCourseForm } from './AddCourseForm';
import { EditCourseForm } from './EditCourseForm';
import { RequirementsForm } from './RequirementsForm';
import { useCourseCatalogue } from './training-api';
import { courseName } from './training-labels';
import { TRAINING_ROUTES } from './training-routes';

/**
 * `/registry/courses`: the course catalogue, how long each certificate lasts and which facilities
 * require each course of which tier. The administrator adds and changes courses; the administrator and a
 * facility's director change its requirements. The server says who may do what (`actions`).
 */
export function CourseCataloguePage() {
  const { t } = useTranslation();
  usePageTitle(t('training.catalogue.pageTitle'));
  const catalogue = useCourseCatalogue();
  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-training-courses">
      <Title order={1}>{t('training.catalogue.heading')}</Title>
      {catalogue.data ? (
        <CatalogueView catalogue={catalogue.data} />
      ) : catalogue.isError ? (
        <RegistryRefusal
          error={catalogue.error}
          onRetry={() => catalogue.refetch()}
          testIdPrefix="training-courses"
          words={{
            notFoundTitle: t('training.catalogue.loadFailedTitle'),
            notFound: t('registry.errors.gone'),
            loadFailedTitle: t('training.catalogue.loadFailedTitle'),
          }}
        />
      ) : (
        <Pending label={t('training.catalogue.loading')} testId="training-courses-pending" />
      )}
    </Stack>
  );
}

function CatalogueView({ catalogue }: { catalogue: CourseCatalogue }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const facilityName = (id: string) =>
    catalogue.facilities.find((facility) => facility.id === id)?.name ?? '';
  const caption = t('training.catalogue.caption');
  return (
    <>
      <Text>{t('training.catalogue.intro')}</Text>
      <Anchor component={Link} to={TRAINING_ROUTES.sessions} underline="always">
        {t('training.catalogue.toSessions')}
      </Anchor>
      <ScrollingTable label={caption}>
        <Table
          data-testid="training-courses-table"
          className={`${tableClasses.table} ${classes.table} ${classes.wideTable}`}
          verticalSpacing="sm"
          striped
        >
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('training.catalogue.columns.course')}</Table.Th>
              <Table.Th scope="col">{t('training.catalogue.columns.validity')}</Table.Th>
              <Table.Th scope="col">{t('training.catalogue.columns.requiredBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {catalogue.courses.map((course) => (
              <Table.Tr key={course.id} data-testid="training-course-row" data-course-code={course.code}>
                <Table.Th scope="row">
                  <bdi data-testid="training-course-name">{courseName(t, course)}</bdi>
                  {!course.standard && <Text size="sm">{t('training.catalogue.added')}</Text>}
                </Table.Th>
                <Table.Td data-testid="training-course-validity">
                  {course.validityMonths === null
                    ? t('training.catalogue.neverExpires')
                    : t('training.catalogue.months', { count: course.validityMonths })}
                </Table.Td>
                <Table.Td data-testid="training-course-required-by">
                  {course.requiredBy.length === 0
                    ? t('registry.record.none')
                    : formatList(
                        course.requiredBy.map((requirement) =>
                          t('training.catalogue.requirement', {
                            facility: facilityName(requirement.facilityId),
                            tier: t(ACCESS_TIER_LABELS[requirement.accessTier].labelKey),
                          }),
                        ),
                        language,
                      )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollingTable>
      {catalogue.actions.includes('create') && <AddCourseForm />}
      {catalogue.courses
        .filter((course) => course.actions.includes('update'))
        .map((course) => (
          <EditCourseForm key={course.id} course={course} />
        ))}
      {catalogue.facilities
        .filter((facility) => facility.actions.includes('change'))
        .map((facility) => (
          <RequirementsForm key={facility.id} facility={facility} courses={catalogue.courses} />
        ))}
    </>
  );
}
