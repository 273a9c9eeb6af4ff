import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { asc, eq, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { AUDIENCES_PATH, KnowledgeAudiences } from '../../../../contracts/knowledge-audiences.ts';
import type { Database, Tx } from '../../../platform/db/database.ts';
import { tenants } from '../../../platform/db/schema.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import type { Actor } from '../../identity/access/actor.ts';
import { organisations } from '../../identity/schema.ts';
import { rolesFor } from '../policy.ts';

// What an editor may share a restricted entry with: the organisations of their own prison service
// and the other prison services — exactly what publishing accepts (publish-entry.ts checks the same
// two sets). Another tenant's organisations are never named: the query asks for the editor's tenant,
// and row-level security would hide the others anyway. Tenants' names are not tenant-owned (they are
// read before sign-in), so listing them tells an editor nothing confidential. No one's personal data
// is read, so the read is not audited, like the editors' statistics.

const EDITORS = { access: { roles: rolesFor('review') } } as const;

/** The organisations of the actor's tenant and the other tenants, each by name. */
export async function listAudiences(tx: Tx, actor: Pick<Actor, 'tenantId'>): Promise<KnowledgeAudiences> {
  const [ownOrganisations, otherTenants] = await Promise.all([
    tx
      .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
      .from(organisations)
      .where(eq(organisations.tenantId, actor.tenantId))
      .orderBy(asc(organisations.name), asc(organisations.id)),
    tx
      .select({ id: tenants.id, name: tenants.name })
      .from(tenants)
      .where(ne(tenants.id, actor.tenantId))
      .orderBy(asc(tenants.name), asc(tenants.id)),
  ]);
  return { organisations: ownOrganisations, tenants: otherTenants };
}

/** GET the audiences: knowledge editors only (403 from the marking for anyone else). */
export async function audienceRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    AUDIENCES_PATH,
    {
      config: EDITORS,
      schema: {
        tags: ['knowledge'],
        summary:
          'Who a restricted entry may be shared with: the organisations of the editor’s prison service and the other prison services (editors)',
        response: { 200: KnowledgeAudiences, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const audiences = await withAccess(db, request, (tx, access) => listAudiences(tx, access.actor));
      return reply.header('cache-control', 'no-store').send(audiences);
    },
  );
}
