import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AccessTier } from '../../../../contracts/registry.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { facilities } from '../../../platform/db/schema.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { courseRequirements } from '../schema.ts';
import { catalogueCourses as courses } from './schema.ts';

// The catalogue and the requirements, read and kept in the request's tenant transaction. Neither
// is personal data: every function takes the tenant, and row-level security is the second wall.

export interface CourseRow {
  id: string;
  code: string;
  name: string;
  validityMonths: number | null;
}

const courseColumns = {
  id: courses.id,
  code: courses.code,
  name: courses.name,
  validityMonths: courses.validityMonths,
};

export function coursesOf(tx: Tx, tenantId: string): Promise<CourseRow[]> {
  return tx
    .select(courseColumns)
    .from(courses)
    .where(eq(courses.tenantId, tenantId))
    .orderBy(asc(courses.code));
}

export async function findCatalogueCourse(
  tx: Tx,
  tenantId: string,
  id: string,
): Promise<CourseRow | undefined> {
  const [row] = await tx
    .select(courseColumns)
    .from(courses)
    .where(and(eq(courses.tenantId, tenantId), eq(courses.id, id)));
  return row;
}

export async function isCourseCode(tx: Tx, tenantId: string, code: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: courses.id })
    .from(courses)
    .where(and(eq(courses.tenantId, tenantId), eq(courses.code, code)));
  return row !== undefined;
}

/** The tenant's courses among `ids` (the others do not exist, or are another tenant's). */
export async function coursesAmong(tx: Tx, tenantId: string, ids: readonly string[]): Promise<CourseRow[]> {
  if (ids.length === 0) return [];
  return tx
    .select(courseColumns)
    .from(courses)
    .where(and(eq(courses.tenantId, tenantId), inArray(courses.id, [...ids])));
}

export async function insertCourse(
  tx: Tx,
  values: { tenantId: string; code: string; name: string; validityMonths: number | null; addedBy: string },
): Promise<string> {
  const id = uuidv7();
  await tx.insert(courses).values({ id, ...values });
  return id;
}

export async function updateCourse(
  tx: Tx,
  tenantId: string,
  id: string,
  changes: { name?: string; validityMonths?: number | null },
): Promise<void> {
  await tx
    .update(courses)
    .set(changes)
    .where(and(eq(courses.tenantId, tenantId), eq(courses.id, id)));
}

export function facilitiesOf(tx: Tx, tenantId: string) {
  return tx
    .select({ id: facilities.id, name: facilities.name })
    .from(facilities)
    .where(eq(facilities.tenantId, tenantId))
    .orderBy(asc(facilities.name));
}

export async function findFacility(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select({ id: facilities.id, name: facilities.name })
    .from(facilities)
    .where(and(eq(facilities.tenantId, tenantId), eq(facilities.id, id)));
  return row;
}

export interface RequirementRow {
  facilityId: string;
  accessTier: AccessTier;
  courseId: string;
  code: string;
}

export function requirementsOf(tx: Tx, tenantId: string, facilityId?: string): Promise<RequirementRow[]> {
  const conditions = [eq(courseRequirements.tenantId, tenantId)];
  if (facilityId !== undefined) conditions.push(eq(courseRequirements.facilityId, facilityId));
  return tx
    .select({
      facilityId: courseRequirements.facilityId,
      accessTier: courseRequirements.accessTier,
      courseId: courseRequirements.courseId,
      code: courses.code,
    })
    .from(courseRequirements)
    .innerJoin(courses, eq(courses.id, courseRequirements.courseId))
    .where(and(...conditions))
    .orderBy(asc(courses.code));
}

/** Replaces the set of courses a facility requires of a tier. */
export async function replaceRequirements(
  tx: Tx,
  tenantId: string,
  facilityId: string,
  accessTier: AccessTier,
  courseIds: readonly string[],
): Promise<void> {
  await tx
    .delete(courseRequirements)
    .where(
      and(
        eq(courseRequirements.tenantId, tenantId),
        eq(courseRequirements.facilityId, facilityId),
        eq(courseRequirements.accessTier, accessTier),
      ),
    );
  if (courseIds.length === 0) return;
  await tx
    .insert(courseRequirements)
    .values(courseIds.map((courseId) => ({ tenantId, facilityId, accessTier, courseId })));
}
