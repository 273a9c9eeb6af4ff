import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { REVIEW_PATHS, ReviewQueue, ReviewQueueQuery } from '../../../../contracts/registry-review.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { dayOf } from './days.ts';
import { getReviewQueue } from './get-review-queue.ts';

// The prison service's review queue, for those who review tenant-wide (review/policy.ts); every
// other role is refused by the marking (403, audited).
const REVIEWERS = { access: { roles: ['administrator', 'director', 'security_officer'] } } as const;

/** GET /api/v1/registry/review-queue. */
export async function reviewQueueRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    REVIEW_PATHS.reviewQueue,
    {
      config: REVIEWERS,
      schema: {
        tags: ['registry'],
        summary:
          'The review queue: applications waiting, accreditations ending or ended, vetting to do, agreements ending; audited',
        querystring: ReviewQueueQuery,
        response: { 200: ReviewQueue, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const on = request.query.on ?? dayOf(new Date());
      const queue = await withAccess(db, request, (tx, access) => getReviewQueue(tx, access, on));
      return reply.header('cache-control', 'no-store').send(queue);
    },
  );
}
