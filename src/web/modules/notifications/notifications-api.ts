import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  NOTIFICATION_LIST_LIMIT,
  NOTIFICATION_PATHS,
  type Notification,
  type NotificationList,
} from '../../../contracts/notifications';
import { withCurrentCsrfToken } from '../../app/session/fresh-csrf';
import { useApiClient } from '../../app/session/use-api-client';

/** Under one root, so a sign-out drops them with the rest, and a change asks every view again. */
const ROOT = ['notifications'] as const;

export const notificationQueryKeys = {
  root: ROOT,
  list: [...ROOT, 'list'] as const,
  unread: [...ROOT, 'unread'] as const,
};

/** GET /api/v1/notifications, newest first, a page at a time. */
export function useNotifications() {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: notificationQueryKeys.list,
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams({ limit: String(NOTIFICATION_LIST_LIMIT.default) });
      if (pageParam) query.set('cursor', pageParam);
      return client.get<NotificationList>(`${NOTIFICATION_PATHS.notifications}?${query}`, { signal });
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * How many of the signed-in user's notifications are unread, for the header: one unread item is
 * asked for, the count comes with it. Asked again every few minutes while the app is open, as the
 * reminder round may add some.
 */
export function useUnreadCount(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: notificationQueryKeys.unread,
    queryFn: ({ signal }) =>
      client.get<NotificationList>(`${NOTIFICATION_PATHS.notifications}?unread=true&limit=1`, { signal }),
    select: (list) => list.unreadCount,
    enabled,
    refetchInterval: 5 * 60_000,
  });
}

/** POST /api/v1/notifications/{id}/read; the list and the count are asked again after it. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (id: string) =>
      withCurrentCsrfToken(queryClient, client, () => client.post<Notification>(NOTIFICATION_PATHS.read(id))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationQueryKeys.root }),
  });
}
