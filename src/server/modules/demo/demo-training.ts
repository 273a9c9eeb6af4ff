import { and, eq } from 'drizzle-orm';
import type { AttendanceOutcome } from '../../../contracts/registry-training.ts';
import { addDays, lastDayOf } from '../../platform/calendar-days.ts';
import type { Tx } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { practitioners } from '../registry/schema.ts';
import {
  catalogueCourses,
  trainingAttendance,
  trainingCertificates,
  trainingSessions,
} from '../registry/training/schema.ts';
import type { DemoRegistryContext } from './demo-registry.ts';

// The training demo: sessions at the Central Prison that gave the Bridges practitioners the
// certificates the registry demo already holds (the attendance points at them, so nobody's
// eligibility changes), a data-protection session Dmitri Volkov attended without completing (he
// still lacks the course), one planned three weeks ahead, and a human-rights course the Central
// Prison's security officer took (prison staff are trained too). Every name is invented.

interface DemoSession {
  course: string;
  /** Days from today. */
  held: number;
  place: string;
  trainer: string;
  notes?: string;
  attendance: { who: string; outcome: AttendanceOutcome }[];
}

const SESSIONS: DemoSession[] = [
  {
    course: 'data_protection',
    held: -240,
    place: 'Training room 1, education wing',
    trainer: 'Inès Moreau',
    attendance: [{ who: 'Omar Said', outcome: 'completed' }],
  },
  {
    course: 'human_rights_in_prisons',
    held: -200,
    place: 'Staff college',
    trainer: 'Tomás Ibarra',
    notes: 'Mandela Rules and the Bangkok Rules, with case studies.',
    attendance: [{ who: 'security.central', outcome: 'completed' }],
  },
  {
    course: 'data_protection',
    held: -100,
    place: 'Training room 1, education wing',
    trainer: 'Inès Moreau',
    attendance: [{ who: 'Leila Mansour', outcome: 'completed' }],
  },
  {
    course: 'security_induction',
    held: -45,
    place: 'Gatehouse briefing room',
    trainer: 'Карим Ахмедов',
    attendance: [{ who: 'Dmitri Volkov', outcome: 'completed' }],
  },
  {
    course: 'security_induction',
    held: -30,
    place: 'Gatehouse briefing room',
    trainer: 'Карим Ахмедов',
    attendance: [{ who: 'Amina Diallo', outcome: 'completed' }],
  },
  {
    course: 'data_protection',
    held: -20,
    place: 'Training room 1, education wing',
    trainer: '王丽华',
    notes: 'Final assessment to be retaken at the next session.',
    attendance: [
      { who: 'Dmitri Volkov', outcome: 'attended_not_completed' },
      { who: 'Yasmin Haddad', outcome: 'absent' },
    ],
  },
  {
    course: 'data_protection',
    held: 21,
    place: 'Training room 1, education wing',
    trainer: '王丽华',
    attendance: [],
  },
];

/** Called once, by seedDemoRegistry, after the registry demo is in. */
export async function seedDemoTraining(tx: Tx, tenantId: string, context: DemoRegistryContext) {
  const day = (offset: number) => addDays(context.today, offset);
  const central = context.facilityId('CENTRAL');
  const recordedBy = context.userId('security.central');
  const courses = new Map(
    (
      await tx
        .select({
          id: catalogueCourses.id,
          code: catalogueCourses.code,
          months: catalogueCourses.validityMonths,
        })
        .from(catalogueCourses)
        .where(eq(catalogueCourses.tenantId, tenantId))
    ).map((course) => [course.code, course]),
  );
  const people = new Map(
    (
      await tx
        .select({ id: practitioners.id, name: practitioners.displayName })
        .from(practitioners)
        .where(eq(practitioners.organisationId, context.organisationId('bridges')))
    ).map((person) => [person.name, person.id]),
  );

  for (const session of SESSIONS) {
    const course = courses.get(session.course);
    if (!course) throw new Error(`the demo catalogue has no ${session.course}`);
    const sessionId = uuidv7();
    await tx.insert(trainingSessions).values({
      id: sessionId,
      tenantId,
      courseId: course.id,
      facilityId: central,
      place: session.place,
      heldOn: day(session.held),
      trainerName: session.trainer,
      notes: session.notes ?? null,
      createdBy: recordedBy,
    });
    for (const { who, outcome } of session.attendance) {
      const practitionerId = people.get(who) ?? null;
      const userId = practitionerId === null ? context.userId(who) : null;
      let certificateId: string | null = null;
      if (outcome === 'completed' && practitionerId !== null) {
        // The registry demo recorded this certificate already: the attendance points at it.
        const [existing] = await tx
          .select({ id: trainingCertificates.id })
          .from(trainingCertificates)
          .where(
            and(
              eq(trainingCertificates.practitionerId, practitionerId),
              eq(trainingCertificates.courseId, course.id),
              eq(trainingCertificates.issuedOn, day(session.held)),
            ),
          );
        certificateId = existing?.id ?? null;
      } else if (outcome === 'completed') {
        certificateId = uuidv7();
        await tx.insert(trainingCertificates).values({
          id: certificateId,
          tenantId,
          userId,
          sessionId,
          courseId: course.id,
          issuedOn: day(session.held),
          expiresOn: course.months === null ? null : lastDayOf(day(session.held), course.months),
          recordedBy,
        });
      }
      await tx.insert(trainingAttendance).values({
        id: uuidv7(),
        tenantId,
        sessionId,
        practitionerId,
        userId,
        outcome,
        certificateId,
        recordedBy,
      });
    }
  }
}
