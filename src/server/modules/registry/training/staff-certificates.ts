import { and, desc, eq } from 'drizzle-orm';
import type { StaffCertificates } from '../../../../contracts/registry-training.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { withinAuthorizedRecord } from '../../access/visible-rows.ts';
import { organisations, users } from '../../identity/schema.ts';
import { trainingCertificates as certificates, catalogueCourses as courses } from './schema.ts';
import { staffTrainingPolicy } from './session-policy.ts';

/**
 * A member of the prison staff's training record, newest first: the administrator, the tenant's
 * directors and security officers, and the member themself. Audited: it is about a person.
 */
export async function staffCertificates(
  tx: Tx,
  access: AccessContext,
  userId: string,
): Promise<StaffCertificates> {
  const { actor } = access;
  const [user] = await tx
    .select({ id: users.id, displayName: users.displayName, kind: organisations.kind })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.tenantId, actor.tenantId), eq(users.id, userId)));
  if (!user) throw notFound();
  const granted = authorize(access, staffTrainingPolicy, 'read', {
    tenantId: actor.tenantId,
    userId,
    isStaff: user.kind === 'prison_service',
  });
  const rows = await tx
    .select({
      id: certificates.id,
      course: { id: courses.id, code: courses.code, name: courses.name },
      issuedOn: certificates.issuedOn,
      expiresOn: certificates.expiresOn,
      sessionId: certificates.sessionId,
      recordedAt: certificates.recordedAt,
    })
    .from(certificates)
    .innerJoin(courses, eq(courses.id, certificates.courseId))
    .where(
      and(withinAuthorizedRecord(granted, actor, certificates.tenantId), eq(certificates.userId, userId)),
    )
    .orderBy(desc(certificates.issuedOn), desc(certificates.recordedAt), desc(certificates.id));
  access.audit({
    action: 'record.read',
    outcome: 'allowed',
    subject: { type: 'user', id: userId },
    personId: null,
    details: { view: 'training_record', count: rows.length },
  });
  return {
    user: { id: user.id, displayName: user.displayName },
    certificates: rows.map((row) => ({ ...row, recordedAt: row.recordedAt.toISOString() })),
  };
}
