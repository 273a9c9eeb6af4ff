import { STANDARD_COURSES } from '../../../../contracts/registry.ts';
import type { CourseCatalogue } from '../../../../contracts/registry-training.ts';
import {
  CATALOGUE_ACTIONS,
  COURSE_ACTIONS,
  REQUIREMENT_ACTIONS,
} from '../../../../contracts/registry-training.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { allowedActions } from '../../access/policy.ts';
import type { Actor } from '../../identity/access/actor.ts';
import { coursePolicy, courseRequirementsPolicy } from './catalogue-policy.ts';
import { coursesOf, facilitiesOf, requirementsOf } from './catalogue-repository.ts';

const STANDARD: ReadonlySet<string> = new Set(STANDARD_COURSES);

/**
 * The catalogue by code, each course with the facilities that require it, and each facility with
 * its requirements per tier, with what the reader may do to each. Not personal data: not audited.
 */
export async function getCatalogue(tx: Tx, access: AccessContext): Promise<CourseCatalogue> {
  const { actor } = access;
  const granted = authorize(access, coursePolicy, 'read', { tenantId: actor.tenantId, id: null });
  return catalogueAsSeenBy(tx, actor, granted.actions);
}

/** The catalogue as it stands in this transaction (including what the request has just changed). */
export async function catalogueAsSeenBy(
  tx: Tx,
  actor: Actor,
  catalogueActions: readonly string[],
): Promise<CourseCatalogue> {
  const [courseRows, facilityRows, requirementRows] = await Promise.all([
    coursesOf(tx, actor.tenantId),
    facilitiesOf(tx, actor.tenantId),
    requirementsOf(tx, actor.tenantId),
  ]);
  return {
    courses: courseRows.map((course) => ({
      ...course,
      standard: STANDARD.has(course.code),
      requiredBy: requirementRows
        .filter((requirement) => requirement.courseId === course.id)
        .map(({ facilityId, accessTier }) => ({ facilityId, accessTier })),
      actions: COURSE_ACTIONS.filter((action) =>
        allowedActions(coursePolicy, actor, { tenantId: actor.tenantId, id: course.id }).includes(action),
      ),
    })),
    facilities: facilityRows.map((facility) => {
      const of = (tier: 'occasional' | 'regular') =>
        requirementRows
          .filter((row) => row.facilityId === facility.id && row.accessTier === tier)
          .map((row) => row.courseId);
      const actions = allowedActions(courseRequirementsPolicy, actor, {
        tenantId: actor.tenantId,
        facilityId: facility.id,
      });
      return {
        ...facility,
        occasional: of('occasional'),
        regular: of('regular'),
        actions: REQUIREMENT_ACTIONS.filter((action) => actions.includes(action)),
      };
    }),
    actions: CATALOGUE_ACTIONS.filter((action) => catalogueActions.includes(action)),
  };
}
