import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { authorize } from '../../src/server/modules/access/authorize.ts';
import { BreakGlassReasonField } from '../../src/server/modules/access/break-glass.ts';
import { allowedActions } from '../../src/server/modules/access/policy.ts';
import { visibleRowsCondition } from '../../src/server/modules/access/visible-rows.ts';
import { withAccess } from '../../src/server/modules/access/with-access.ts';
import type { Actor } from '../../src/server/modules/identity/access/actor.ts';
import type { Database } from '../../src/server/platform/db/database.ts';
import { notFound } from '../../src/server/platform/http/problem.ts';
import { caseFilePolicy, caseFiles, countNote, findCaseFile, listCaseFiles } from './case-file.ts';

// Routes over the case-file stand-in, written the way a module's routes will be: load, authorize,
// act, present with the record's allowed actions. Added to a test app only.

const Params = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** Case-team membership counts only within a scope the actor holds (as the policy's `relate` says). */
function caseTeamCondition(actor: Actor): SQL {
  const facilityIds = actor.roles.flatMap((held) => (held.scope === 'facility' ? [held.facilityId] : []));
  const organisationIds = actor.roles.flatMap((held) =>
    held.scope === 'organisation' ? [held.organisationId] : [],
  );
  const tenantWide = actor.roles.some((held) => held.scope === 'tenant');
  const asArray = (ids: string[]) =>
    sql`array[${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}]::uuid[]`;
  return sql`(${actor.userId}::uuid = any(${caseFiles.caseTeam}) and (${sql.raw(tenantWide ? 'true' : 'false')}
    or ${caseFiles.facilityId} = any(${asArray(facilityIds)})
    or ${caseFiles.organisationId} = any(${asArray(organisationIds)})))`;
}

export function caseFileRoutes(db: Database) {
  return (app: FastifyInstance) => {
    const routes = app.withTypeProvider<TypeBoxTypeProvider>();

    routes.get('/api/v1/probe/case-files', { config: { access: 'signed-in' } }, (request) =>
      withAccess(db, request, async (tx, access) => {
        const visible = visibleRowsCondition(
          caseFilePolicy,
          access.actor,
          {
            tenantId: caseFiles.tenantId,
            facilityId: caseFiles.facilityId,
            organisationId: caseFiles.organisationId,
          },
          caseTeamCondition(access.actor),
        );
        const files = await listCaseFiles(tx, visible);
        return files.map((file) => ({
          id: file.id,
          actions: allowedActions(caseFilePolicy, access.actor, file),
        }));
      }),
    );

    routes.get(
      '/api/v1/probe/case-files/:id',
      { config: { access: 'signed-in' }, schema: { params: Params } },
      (request) =>
        withAccess(db, request, async (tx, access) => {
          const file = await findCaseFile(tx, access.actor.tenantId, request.params.id);
          if (!file) throw notFound();
          const granted = authorize(access, caseFilePolicy, 'read', file);
          if (!granted.breakGlass) {
            access.audit({
              action: 'record.read',
              outcome: 'allowed',
              subject: { type: caseFilePolicy.entity, id: file.id },
              personId: file.personId,
            });
          }
          return {
            id: file.id,
            personId: file.personId,
            actions: granted.actions,
            breakGlass: granted.breakGlass,
          };
        }),
    );

    routes.post(
      '/api/v1/probe/case-files/:id/notes',
      {
        config: { access: 'signed-in' },
        schema: {
          params: Params,
          body: Type.Object({ breakGlassReason: Type.Optional(BreakGlassReasonField) }),
        },
      },
      (request) =>
        withAccess(
          db,
          request,
          async (tx, access) => {
            const file = await findCaseFile(tx, access.actor.tenantId, request.params.id);
            if (!file) throw notFound();
            // Written before the decision on purpose: a refusal must undo it.
            await countNote(tx, file.id);
            const granted = authorize(access, caseFilePolicy, 'add_note', file);
            return { id: file.id, actions: granted.actions };
          },
          request.body.breakGlassReason === undefined
            ? {}
            : { breakGlassReason: request.body.breakGlassReason },
        ),
    );
  };
}
