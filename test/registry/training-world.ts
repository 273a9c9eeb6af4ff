import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { makeOrganisation } from '../access/factories.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { type Caller, makePractitionersWorld, type PractitionersWorld } from './practitioners-world.ts';

// The practitioners world (an accredited organisation with its trained practitioner Amal and a
// colleague, a second organisation, prison staff of two facilities, another tenant, an oversight
// monitor, a deactivated administrator) plus what training needs: a practitioner of the second
// organisation, a second course, a member of another tenant's staff and a coordinator's session.

export interface TrainingWorld extends PractitionersWorld {
  /** Data protection, 24 months: required nowhere at first. */
  dataProtectionCourseId: string;
  /** A practitioner of the other organisation (the coordinator must not see their attendance). */
  stranger: { practitionerId: string; displayName: string };
  /** Another tenant's course and practitioner, to be refused as unknown. */
  foreign: { courseId: string; practitionerId: string };
}

export async function makeTrainingWorld(test: TestDatabase, app: FastifyInstance): Promise<TrainingWorld> {
  const world = await makePractitionersWorld(test, app);
  const dataProtectionCourseId = uuidv7();
  await test.superuser(
    `insert into courses (id, tenant_id, code, name, validity_months)
     values ($1, $2, 'data_protection', 'Data protection', 24)`,
    [dataProtectionCourseId, world.tenant.id],
  );
  const stranger = { practitionerId: uuidv7(), displayName: `Stranger ${uuidv7().slice(-6)}` };
  await test.superuser(
    `insert into practitioners (id, tenant_id, organisation_id, display_name, access_tier, languages)
     values ($1, $2, $3, $4, 'regular', array['en'])`,
    [stranger.practitionerId, world.tenant.id, world.otherOrganisation, stranger.displayName],
  );
  const otherTenantId = world.members.otherTenantAdmin.tenantId;
  const foreign = { courseId: uuidv7(), practitionerId: uuidv7() };
  const [otherTenant] = await test.superuser<{ slug: string; organisation_id: string; facility_id: string }>(
    `select t.slug, o.id::text as organisation_id, f.id::text as facility_id
       from tenants t join organisations o on o.tenant_id = t.id join facilities f on f.tenant_id = t.id
      where t.id = $1 limit 1`,
    [otherTenantId],
  );
  const otherTenantRef = {
    id: otherTenantId,
    slug: otherTenant?.slug ?? '',
    organisationId: otherTenant?.organisation_id ?? '',
    facilityId: otherTenant?.facility_id ?? '',
  };
  const foreignOrganisation = await makeOrganisation(test, otherTenantRef, 'civil_society');
  await test.superuser(
    `insert into courses (id, tenant_id, code, name, validity_months)
     values ($1, $2, 'data_protection', 'Data protection', 24)`,
    [foreign.courseId, otherTenantId],
  );
  await test.superuser(
    `insert into practitioners (id, tenant_id, organisation_id, display_name, access_tier, languages)
     values ($1, $2, $3, 'Foreign practitioner', 'regular', array['en'])`,
    [foreign.practitionerId, otherTenantId, foreignOrganisation],
  );
  return { ...world, dataProtectionCourseId, stranger, foreign };
}

/** Sends a request as `caller` (null: no session), PATCH included. */
export function sendAs(
  app: FastifyInstance,
  world: PractitionersWorld,
  caller: Caller | null,
  request: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH'; url: string; payload?: unknown },
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: request.method ?? 'GET',
    url: request.url,
    headers: caller === null ? {} : world.callers[caller].headers(),
    ...(request.payload === undefined ? {} : { payload: request.payload as object }),
  });
}

/** A session of `courseId` held on `heldOn` at the world's facility A, written as the superuser. */
export async function makeSession(
  test: TestDatabase,
  world: PractitionersWorld,
  courseId: string,
  heldOn: string,
  facilityId: string | null = world.tenant.facilityId,
): Promise<string> {
  const id = uuidv7();
  await test.superuser(
    `insert into training_sessions (id, tenant_id, course_id, facility_id, place, held_on, trainer_name)
     values ($1, $2, $3, $4, 'Training room 2', $5, 'Nadia Benali')`,
    [id, world.tenant.id, courseId, facilityId, heldOn],
  );
  return id;
}

/** How many rows of a training table there are for a session (as the superuser). */
export async function countForSession(
  test: TestDatabase,
  table: 'training_attendance' | 'certificates',
  sessionId: string,
): Promise<number> {
  const [row] = await test.superuser<{ count: number }>(
    `select count(*)::int as count from ${table} where session_id = $1`,
    [sessionId],
  );
  return row?.count ?? 0;
}
