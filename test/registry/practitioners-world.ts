import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { type Member, makeMember } from '../access/factories.ts';
import { type SignedInClient, signIn } from '../identity/factories.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { makeRegistryWorld, type RegistryWorld } from './registry-world.ts';

// The registry world of the eligibility tests (an accredited organisation, its vetted and trained
// practitioner Amal, a colleague, a second organisation, prison staff of two facilities, another
// tenant), plus what the practitioners API's deny tests need: an oversight monitor, an
// administrator whose account has been deactivated since signing in, and the names a refusal must
// never repeat.

const unique = () => randomBytes(4).toString('hex');

/** Amal's vetting findings in the registry world: security class. */
export const AMAL_FINDINGS = 'Nothing of note in the records consulted.';

export interface PractitionersWorld extends RegistryWorld {
  organisationName: string;
  otherOrganisationName: string;
  /** The security induction course the world's facility requires of regular practitioners. */
  inductionCourseId: string;
  monitor: Member;
  deactivated: Member;
  callers: RegistryWorld['clients'] & { monitor: SignedInClient; deactivated: SignedInClient };
}

export type Caller = keyof PractitionersWorld['callers'];

export async function makePractitionersWorld(
  test: TestDatabase,
  app: FastifyInstance,
): Promise<PractitionersWorld> {
  const world = await makeRegistryWorld(test, app);
  const nameOf = async (id: string) =>
    (await test.superuser<{ name: string }>('select name from organisations where id = $1', [id]))[0]?.name ??
    '';
  const [course] = await test.superuser<{ id: string }>(
    `select id::text from courses where tenant_id = $1 and code = 'security_induction'`,
    [world.tenant.id],
  );
  const monitor = await makeMember(test, world.tenant, 'oversight_monitor');
  const deactivated = await makeMember(test, world.tenant, 'administrator');
  const callers = {
    ...world.clients,
    monitor: await signIn(app, monitor),
    deactivated: await signIn(app, deactivated),
  };
  await test.superuser('update users set active = false, deactivated_at = now() where id = $1', [
    deactivated.id,
  ]);
  return {
    ...world,
    organisationName: await nameOf(world.organisation),
    otherOrganisationName: await nameOf(world.otherOrganisation),
    inductionCourseId: course?.id ?? '',
    monitor,
    deactivated,
    callers,
  };
}

/**
 * The callers every route refuses, and how: another tenant's administrator and another
 * organisation's coordinator cannot see the practitioner (404, as if it did not exist); roles that
 * never use the registry are refused by the route marking (403); no session, or a deactivated
 * account, is 401.
 */
export const REFUSED_CALLERS = [
  ['another tenant’s administrator', 'otherTenantAdmin', 404],
  ['the coordinator of another organisation', 'otherCoordinator', 404],
  ['a case manager', 'caseManagerA', 403],
  ['an oversight monitor', 'monitor', 403],
  ['a caller without a session', null, 401],
  ['a deactivated administrator', 'deactivated', 401],
] as const satisfies readonly (readonly [string, Caller | null, 401 | 403 | 404])[];

/** Sends a request as `caller` (null: no session). */
export function send(
  app: FastifyInstance,
  world: PractitionersWorld,
  caller: Caller | null,
  request: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; payload?: unknown },
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: request.method ?? 'GET',
    url: request.url,
    headers: caller === null ? {} : world.callers[caller].headers(),
    ...(request.payload === undefined ? {} : { payload: request.payload as object }),
  });
}

/** A refusal: the status, a problem document, and nothing of what was refused. */
export function expectRefusal(response: LightMyRequestResponse, status: number, secrets: readonly string[]) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  for (const secret of secrets) expect(response.body).not.toContain(secret);
}

/** A 400 naming the field (or fields), with the codes given. */
export function expectInvalid(response: LightMyRequestResponse, paths: readonly string[]) {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.headers['content-type']).toContain('application/problem+json');
  const problem = response.json<{ code: string; errors: { path: string }[] }>();
  expect(problem.code).toBe('request.validation');
  for (const path of paths) expect(problem.errors.map((error) => error.path)).toContain(path);
}

/** A fresh practitioner of `organisationId` with no records, written as the superuser. */
export async function makeBarePractitioner(
  test: TestDatabase,
  tenantId: string,
  organisationId: string,
  options: { userId?: string; accessTier?: 'occasional' | 'regular' } = {},
) {
  const id = uuidv7();
  const displayName = `Practitioner ${unique()}`;
  await test.superuser(
    `insert into practitioners (id, tenant_id, organisation_id, user_id, display_name, access_tier, languages)
     values ($1, $2, $3, $4, $5, $6, array['fr'])`,
    [id, tenantId, organisationId, options.userId ?? null, displayName, options.accessTier ?? 'regular'],
  );
  return { practitionerId: id, displayName };
}

/** How many rows of `table` a practitioner has (as the superuser). */
export async function countOf(
  test: TestDatabase,
  table: 'vetting_checks' | 'document_signatures' | 'certificates',
  practitionerId: string,
) {
  const [row] = await test.superuser<{ count: number }>(
    `select count(*)::int as count from ${table} where practitioner_id = $1`,
    [practitionerId],
  );
  return row?.count ?? 0;
}
