import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { Notice } from '../../app/ui/Notice';
import { Pending } from '../../app/ui/Pending';
import { OrganisationRecord } from './OrganisationRecord';
import { RegistryRefusal } from './RegistryRefusal';
import { useRegistryOrganisation } from './registry-api';
import { isRecordId, REGISTRY_ROUTES } from './registry-routes';

/**
 * `/registry/organisations/:organisationId`: one civil society organisation's registry record.
 * The server decides who may see it (404 otherwise, the same answer as for none) and records every
 * look in the audit trail; a refusal replaces the record, with nothing of it on screen.
 */
export function RegistryOrganisationPage() {
  const { t } = useTranslation();
  usePageTitle(t('registry.organisation.pageTitle'));
  const organisationId = (useParams().organisationId ?? '').toLowerCase();
  const valid = isRecordId(organisationId);
  const found = useRegistryOrganisation(organisationId, valid);
  const record = found.data;
  const words = {
    notFoundTitle: t('registry.organisation.notFoundTitle'),
    notFound: t('registry.organisation.notFound'),
    loadFailedTitle: t('registry.organisation.loadFailedTitle'),
  };

  return (
    <Stack
      gap="lg"
      className={pageClasses.widePage}
      data-testid="page-registry-organisation"
      data-organisation-id={record?.id}
    >
      <Anchor component={Link} to={REGISTRY_ROUTES.directory} data-testid="registry-back-to-directory">
        {t('registry.organisation.backToDirectory')}
      </Anchor>
      <Title order={1}>{record ? <bdi>{record.name}</bdi> : t('registry.organisation.pageTitle')}</Title>
      {!valid ? (
        <Notice tone="error" title={words.notFoundTitle} data-testid="registry-organisation-not-found">
          <p>{words.notFound}</p>
        </Notice>
      ) : record ? (
        <OrganisationRecord record={record} />
      ) : found.isError ? (
        <RegistryRefusal
          error={found.error}
          onRetry={() => found.refetch()}
          words={words}
          testIdPrefix="registry-organisation"
        />
      ) : (
        <Pending label={t('registry.organisation.loading')} testId="registry-organisation-pending" />
      )}
    </Stack>
  );
}
