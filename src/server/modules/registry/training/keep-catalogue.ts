import type { AccessTier } from '../../../../contracts/registry.ts';
import type {
  AddCourseRequest,
  ChangeRequirementsRequest,
  CourseCatalogue,
  UpdateCourseRequest,
} from '../../../../contracts/registry-training.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { catalogueAsSeenBy } from './catalogue.ts';
import { coursePolicy, courseRequirementsPolicy } from './catalogue-policy.ts';
import {
  coursesAmong,
  findCatalogueCourse,
  findFacility,
  insertCourse,
  isCourseCode,
  replaceRequirements,
  requirementsOf,
  updateCourse,
} from './catalogue-repository.ts';
import { courseCodeTaken, invalidRequest, isUniqueViolation, unknownCourse } from './errors.ts';

// Keeping the catalogue: adding and changing courses (the administrator) and replacing a facility's
// requirements for a tier (the administrator or that facility's director). Each is one transaction,
// audited in it, and answers with the catalogue as it now stands.

/** Adds a course; a code the tenant has already is 409 `training.course_code_taken`. */
export async function addCourse(
  tx: Tx,
  access: AccessContext,
  request: AddCourseRequest,
): Promise<CourseCatalogue> {
  const { actor } = access;
  const granted = authorize(access, coursePolicy, 'create', { tenantId: actor.tenantId, id: null });
  // Checked first so that the usual case answers cleanly; the unique key still guards a race.
  if (await isCourseCode(tx, actor.tenantId, request.code)) throw courseCodeTaken();
  const validityMonths = request.validityMonths ?? null;
  let id: string;
  try {
    id = await insertCourse(tx, {
      tenantId: actor.tenantId,
      ...request,
      validityMonths,
      addedBy: actor.userId,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw courseCodeTaken();
    throw error;
  }
  access.audit({
    action: 'course.created',
    outcome: 'allowed',
    subject: { type: 'course', id },
    personId: null,
    details: { code: request.code, validityMonths },
  });
  return catalogueAsSeenBy(tx, actor, granted.actions);
}

/** Renames a course or changes how long its certificates last (those already issued keep their expiry). */
export async function changeCourse(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: UpdateCourseRequest,
): Promise<CourseCatalogue> {
  const { actor } = access;
  const course = await findCatalogueCourse(tx, actor.tenantId, id);
  if (!course) throw notFound();
  authorize(access, coursePolicy, 'update', { tenantId: actor.tenantId, id });
  await updateCourse(tx, actor.tenantId, id, request);
  access.audit({
    action: 'course.updated',
    outcome: 'allowed',
    subject: { type: 'course', id },
    personId: null,
    details: {
      code: course.code,
      ...(request.name === undefined ? {} : { nameBefore: course.name, nameAfter: request.name }),
      ...(request.validityMonths === undefined
        ? {}
        : { validityBefore: course.validityMonths, validityAfter: request.validityMonths }),
    },
  });
  const catalogue = authorize(access, coursePolicy, 'read', { tenantId: actor.tenantId, id: null });
  return catalogueAsSeenBy(tx, actor, catalogue.actions);
}

/**
 * Replaces the courses a facility requires of a tier. The eligibility decision reads the
 * requirements on every question, so the next answer follows the change.
 */
export async function changeRequirements(
  tx: Tx,
  access: AccessContext,
  facilityId: string,
  accessTier: AccessTier,
  request: ChangeRequirementsRequest,
): Promise<CourseCatalogue> {
  const { actor } = access;
  const facility = await findFacility(tx, actor.tenantId, facilityId);
  if (!facility) throw notFound();
  authorize(access, courseRequirementsPolicy, 'change', { tenantId: actor.tenantId, facilityId });
  const found = await coursesAmong(tx, actor.tenantId, request.courseIds);
  const errors = request.courseIds.flatMap((courseId, index) =>
    found.some((course) => course.id === courseId) ? [] : [unknownCourse(`/body/courseIds/${index}`)],
  );
  if (errors.length > 0) throw invalidRequest(errors);

  const codesOf = (codes: string[]) => [...codes].sort().join(',');
  const before = (await requirementsOf(tx, actor.tenantId, facilityId))
    .filter((row) => row.accessTier === accessTier)
    .map((row) => row.code);
  await replaceRequirements(tx, actor.tenantId, facilityId, accessTier, request.courseIds);
  access.audit({
    action: 'course_requirements.changed',
    outcome: 'allowed',
    subject: { type: 'facility', id: facilityId },
    personId: null,
    details: { accessTier, before: codesOf(before), after: codesOf(found.map((course) => course.code)) },
  });
  const catalogue = authorize(access, coursePolicy, 'read', { tenantId: actor.tenantId, id: null });
  return catalogueAsSeenBy(tx, actor, catalogue.actions);
}
