import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Pending } from '../../app/ui/Pending';
import { NotificationItem } from './NotificationItem';
import classes from './notifications.module.css';
import { useNotifications } from './notifications-api';

/**
 * `/notifications`: the signed-in user's own notifications, newest first, unread ones marked, each
 * said in the reader's language and markable as read. The server keeps everyone to their own.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.page.pageTitle'));
  const list = useNotifications();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadCount = list.data?.pages[0]?.unreadCount ?? 0;

  return (
    <Stack gap="lg" className={pageClasses.page} data-testid="page-notifications">
      <Title order={1}>{t('notifications.page.heading')}</Title>
      <Text>{t('notifications.page.intro')}</Text>
      {list.data ? (
        <>
          <p role="status" data-testid="notifications-unread-count">
            {t('notifications.page.unreadCount', { count: unreadCount })}
          </p>
          {items.length > 0 ? (
            <ul className={classes.list} data-testid="notifications-list">
              {items.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} />
              ))}
            </ul>
          ) : (
            <p className={pageClasses.note} data-testid="notifications-empty">
              {t('notifications.page.empty')}
            </p>
          )}
          {list.hasNextPage && (
            <div>
              <Button
                variant="outline"
                size="md"
                loading={list.isFetchingNextPage}
                onClick={() => list.fetchNextPage()}
                data-testid="notifications-more"
              >
                {t('notifications.page.loadMore')}
              </Button>
            </div>
          )}
        </>
      ) : list.isError ? (
        <LoadFailed
          title={t('notifications.page.loadFailedTitle')}
          error={list.error}
          onRetry={() => list.refetch()}
          testId="notifications-load-failed"
        />
      ) : (
        <Pending label={t('notifications.page.loading')} testId="notifications-pending" />
      )}
    </Stack>
  );
}
