import { KNOWLEDGE_PATHS } from '../../../../contracts/knowledge.ts';
import { Problem } from '../../../platform/http/problem.ts';

// What the entries' routes share: their paths as Fastify routes them, and the errors they declare.

export const READ_ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
export const WRITE_ERRORS = { ...READ_ERRORS, 409: Problem, 422: Problem };

/** Paths as Fastify routes them (KNOWLEDGE_PATHS encode their parameters, so `:id` cannot go through them). */
const ENTRY = `${KNOWLEDGE_PATHS.entries}/:id`;
export const ROUTE = {
  entry: ENTRY,
  translation: `${ENTRY}/translations/:language`,
  translationReview: `${ENTRY}/translations/:language/review`,
  submit: `${ENTRY}/submit`,
  reviewEvents: `${ENTRY}/review-events`,
  peerReviews: `${ENTRY}/peer-reviews`,
  publication: `${ENTRY}/publication`,
  archive: `${ENTRY}/archive`,
  restore: `${ENTRY}/restore`,
  versions: `${ENTRY}/versions`,
  attachments: `${ENTRY}/attachments`,
  attachment: `${ENTRY}/attachments/:attachmentId`,
  publicEntry: '/api/v1/public/knowledge/entries/:id',
} as const;
