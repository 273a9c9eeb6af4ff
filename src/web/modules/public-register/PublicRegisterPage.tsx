import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../app/api/api-error';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Notice } from '../../app/ui/Notice';
import { Pending } from '../../app/ui/Pending';
import { bidiIsolate } from '../../i18n/bidi';
import { PublicRegisterTable } from './PublicRegisterTable';
import { usePublicRegister } from './public-register-api';

/**
 * `/public/registry/:tenantSlug`: a prison service's register of accredited organisations, for
 * anyone, signed in or not. An address with no published register says so, whatever the reason (the
 * server answers 404 alike for an unknown prison service and an unpublished register).
 */
export function PublicRegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('publicRegister.page.pageTitle'));
  const { tenantSlug = '' } = useParams();
  const register = usePublicRegister(tenantSlug);
  const notPublished = register.error instanceof ApiError && register.error.status === 404;

  return (
    <Stack gap="lg" className={pageClasses.widePage} data-testid="page-public-register">
      <Title order={1}>{t('publicRegister.page.heading')}</Title>
      {register.data ? (
        <>
          <Text data-testid="public-register-publisher">
            {t('publicRegister.page.publisher', { publisher: bidiIsolate(register.data.publisher) })}
          </Text>
          <Text>{t('publicRegister.page.intro')}</Text>
          {register.data.organisations.length > 0 ? (
            <PublicRegisterTable organisations={register.data.organisations} />
          ) : (
            <p className={pageClasses.note} data-testid="public-register-empty">
              {t('publicRegister.page.empty')}
            </p>
          )}
        </>
      ) : notPublished ? (
        <Notice
          tone="info"
          role="status"
          title={t('publicRegister.page.notPublishedTitle')}
          data-testid="public-register-not-published"
        >
          <p>{t('publicRegister.page.notPublished')}</p>
        </Notice>
      ) : register.isError ? (
        <LoadFailed
          title={t('publicRegister.page.loadFailedTitle')}
          error={register.error}
          onRetry={() => register.refetch()}
          testId="public-register-load-failed"
        />
      ) : (
        <Pending label={t('publicRegister.page.loading')} testId="public-register-pending" />
      )}
    </Stack>
  );
}
