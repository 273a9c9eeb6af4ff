import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  IMPORT_MAX_BYTES,
  ImportReport,
  ImportRequest,
  PUBLIC_KNOWLEDGE_PATHS as PATHS,
} from '../../../../contracts/knowledge-public.ts';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { importEntries } from './import-entries.ts';

// Knowledge editors only (others 403 from the marking). The body may hold the contract's largest
// file; JSON escaping can double a text's size (quotes, line breaks), hence twice the limit here,
// while the content itself is held to IMPORT_MAX_BYTES characters by the schema.
const EDITORS = { access: { roles: ['knowledge_editor'] } } as const;
export const IMPORT_BODY_LIMIT = 2 * IMPORT_MAX_BYTES;

/** The editors' bulk import of entries from CSV or JSON, with its validation report. */
export async function importRoutes(app: FastifyInstance, options: { db: Database; config: Config }) {
  const { db } = options;
  app.withTypeProvider<TypeBoxTypeProvider>().post(
    PATHS.import,
    {
      config: EDITORS,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['knowledge'],
        summary:
          'Import entries from CSV or JSON: a report of every problem; unless a dry run (the default), all rows become drafts of the editor, or none does',
        body: ImportRequest,
        response: { 200: ImportReport, 400: Problem, 401: Problem, 403: Problem, 413: Problem },
      },
    },
    async (request, reply) => {
      const report = await withAccess(db, request, (tx, access) => importEntries(tx, access, request.body));
      return reply.header('cache-control', 'no-store').send(report);
    },
  );
}
