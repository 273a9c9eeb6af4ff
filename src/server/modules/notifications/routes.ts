import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  NOTIFICATION_PATHS,
  Notification,
  NotificationList,
  NotificationListQuery,
  NotificationParams,
} from '../../../contracts/notifications.ts';
import type { Database } from '../../platform/db/database.ts';
import { Problem } from '../../platform/http/problem.ts';
import { signedIn } from '../identity/access/actor.ts';
import { listNotifications } from './list-notifications.ts';
import { markNotificationRead } from './mark-read.ts';

// Every signed-in user has notifications of their own and only reaches those: each query is scoped
// to the actor's tenant (row-level security too) and to recipient = the actor. Not audited: a
// user's own reminders are not someone else's personal data, and they name only what the
// recipient already works with (their organisation, their practitioners, themself).

const SIGNED_IN = { access: 'signed-in' } as const;

/** The signed-in user's own notifications: list, and mark one read. */
export async function notificationRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    NOTIFICATION_PATHS.notifications,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['notifications'],
        summary: 'Your notifications, newest first (unread only with unread=true), with how many are unread',
        querystring: NotificationListQuery,
        response: { 200: NotificationList, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const { actor } = signedIn(request);
      const page = await db.withTenant(actor.tenantId, (tx) =>
        listNotifications(tx, actor.userId, request.query),
      );
      return reply.header('cache-control', 'no-store').send(page);
    },
  );

  routes.post(
    `${NOTIFICATION_PATHS.notifications}/:id/read`,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of your notifications read (404 for anyone else’s)',
        params: NotificationParams,
        response: { 200: Notification, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const { actor } = signedIn(request);
      const notification = await db.withTenant(actor.tenantId, (tx) =>
        markNotificationRead(tx, actor.userId, request.params.id),
      );
      return reply.header('cache-control', 'no-store').send(notification);
    },
  );
}
