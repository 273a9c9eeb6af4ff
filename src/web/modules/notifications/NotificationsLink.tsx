import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session/session-query';
import classes from './notifications.module.css';
import { useUnreadCount } from './notifications-api';

export const NOTIFICATIONS_PATH = '/notifications';

/** In the header, for a signed-in user: the way to their notifications, with how many are unread. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const unread = useUnreadCount(Boolean(session));
  if (!session) return null;
  const count = unread.data ?? 0;
  return (
    <Anchor
      component={Link}
      to={NOTIFICATIONS_PATH}
      underline="always"
      className={classes.link}
      data-testid="notifications-link"
      data-unread={count}
    >
      {t('notifications.link.label', { count })}
    </Anchor>
  );
}
