import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { Notice } from '../../app/ui/Notice';
import { Pending } from '../../app/ui/Pending';
import { PractitionerRecord } from './PractitionerRecord';
import { RegistryRefusal } from './RegistryRefusal';
import { usePractitionerStanding } from './registry-api';
import { isRecordId } from './registry-routes';

/**
 * `/registry/practitioners/:practitionerId`: one practitioner's standing — details, suspension,
 * vetting, signatures and certificates. The server decides who may see it (404 otherwise) and what
 * of it (vetting findings and suspension reasons go to prison staff only); every look is audited.
 */
export function PractitionerStandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('registry.practitioner.pageTitle'));
  const practitionerId = (useParams().practitionerId ?? '').toLowerCase();
  const valid = isRecordId(practitionerId);
  const found = usePractitionerStanding(practitionerId, valid);
  const standing = found.data;
  const words = {
    notFoundTitle: t('registry.practitioner.notFoundTitle'),
    notFound: t('registry.practitioner.notFound'),
    loadFailedTitle: t('registry.practitioner.loadFailedTitle'),
  };

  return (
    <Stack
      gap="lg"
      className={pageClasses.widePage}
      data-testid="page-registry-practitioner"
      data-practitioner-id={standing?.id}
    >
      <Title order={1}>
        {standing ? <bdi>{standing.displayName}</bdi> : t('registry.practitioner.pageTitle')}
      </Title>
      {!valid ? (
        <Notice tone="error" title={words.notFoundTitle} data-testid="registry-practitioner-not-found">
          <p>{words.notFound}</p>
        </Notice>
      ) : standing ? (
        <PractitionerRecord standing={standing} />
      ) : found.isError ? (
        <RegistryRefusal
          error={found.error}
          onRetry={() => found.refetch()}
          words={words}
          testIdPrefix="registry-practitioner"
        />
      ) : (
        <Pending label={t('registry.practitioner.loading')} testId="registry-practitioner-pending" />
      )}
    </Stack>
  );
}
