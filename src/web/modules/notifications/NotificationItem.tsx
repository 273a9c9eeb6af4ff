import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../contracts/notifications';
import { describeRequestError } from '../../app/api/error-message';
import { Notice } from '../../app/ui/Notice';
import { formatInstant } from '../registry/registry-format';
import { notificationSentence } from './notification-words';
import classes from './notifications.module.css';
import { useMarkRead } from './notifications-api';

/** One notification: read or not (in words), what it says, when it came, and marking it read. */
export function NotificationItem({ notification }: { notification: Notification }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const markRead = useMarkRead();
  const read = notification.readAt !== null;
  return (
    <li
      className={classes.item}
      data-read={read}
      data-testid="notification"
      data-notification-id={notification.id}
    >
      <p className={classes.state} data-testid="notification-state">
        {read ? t('notifications.page.read') : t('notifications.page.unread')}
      </p>
      <p data-testid="notification-message">{notificationSentence(t, language, notification)}</p>
      <p className={classes.meta}>
        {t('notifications.page.received', { when: formatInstant(notification.createdAt, language) })}
        {' · '}
        {t('notifications.page.reminderStep', { days: notification.daysBefore })}
      </p>
      {!read && (
        <div>
          <Button
            variant="outline"
            size="sm"
            loading={markRead.isPending}
            onClick={() => markRead.mutate(notification.id)}
            data-testid="notification-mark-read"
          >
            {t('notifications.page.markRead')}
          </Button>
        </div>
      )}
      {markRead.isError && (
        <Notice
          tone="error"
          title={t('notifications.page.markReadFailed')}
          data-testid="notification-mark-read-error"
        >
          <p>{describeRequestError(markRead.error, t, language)}</p>
        </Notice>
      )}
    </li>
  );
}
