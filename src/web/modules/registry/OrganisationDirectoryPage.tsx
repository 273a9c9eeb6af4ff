import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { Pending } from '../../app/ui/Pending';
import { PublicRegisterSetting } from '../public-register/PublicRegisterSetting';
import { DirectoryTable } from './DirectoryTable';
import { RegistryRefusal } from './RegistryRefusal';
import { useDirectory } from './registry-api';
import classes from './registry-record.module.css';

/**
 * `/registry/organisations`: the directory of civil society organisations and where each
 * accreditation stands. Prison staff and the administrator see every one, a coordinator their own:
 * the server decides. A role that never reads the registry gets the refusal and nothing else.
 */
export function OrganisationDirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('registry.directory.pageTitle'));
  const directory = useDirectory();
  const organisations = directory.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-registry-directory">
      <Title order={1}>{t('registry.directory.heading')}</Title>
      {directory.data ? (
        <>
          <Text>{t('registry.directory.intro')}</Text>
          {organisations.length > 0 ? (
            <DirectoryTable organisations={organisations} />
          ) : (
            <p className={classes.hint} data-testid="registry-directory-empty">
              {t('registry.directory.empty')}
            </p>
          )}
          {directory.hasNextPage && (
            <div>
              <Button
                variant="outline"
                size="md"
                className={classes.action}
                loading={directory.isFetchingNextPage}
                onClick={() => directory.fetchNextPage()}
                data-testid="registry-directory-more"
              >
                {t('registry.directory.loadMore')}
              </Button>
            </div>
          )}
        </>
      ) : directory.isError ? (
        <RegistryRefusal
          error={directory.error}
          onRetry={() => directory.refetch()}
          testIdPrefix="registry-directory"
          words={{
            notFoundTitle: t('registry.directory.loadFailedTitle'),
            notFound: t('registry.errors.gone'),
            loadFailedTitle: t('registry.directory.loadFailedTitle'),
          }}
        />
      ) : (
        <Pending label={t('registry.directory.loading')} testId="registry-directory-pending" />
      )}
      <PublicRegisterSetting />
    </Stack>
  );
}
