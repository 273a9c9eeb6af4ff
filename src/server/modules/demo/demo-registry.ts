import { eq } from 'drizzle-orm';
import type { AccessTier, InterventionType } from '../../../contracts/registry.ts';
import { addDays } from '../../platform/calendar-days.ts';
import type { Tx } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  accreditationDecisions,
  agreements,
  certificates,
  courseRequirements,
  courses,
  csoProfiles,
  documentSignatures,
  documentVersions,
  practitioners,
  vettingChecks,
} from '../registry/schema.ts';
import { seedDemoDueDiligence } from './demo-due-diligence.ts';
import { seedDemoProfiles } from './demo-profiles.ts';
import { seedDemoPublicRegister } from './demo-public-register.ts';
import { seedDemoTraining } from './demo-training.ts';

// The demonstration registry of the Meridia tenant: "Bridges", accredited, with practitioners who
// are eligible and some who are not (expired vetting, a missing course), and "Open Doors", whose
// application is under review. Every name is invented. Dates are counted from the day the demo is
// loaded, so the demo tells the same story whenever it is loaded: one vetting expired two months
// ago, another runs out in three.

/** What the registry demo needs of the rest of the demo tenant. */
export interface DemoRegistryContext {
  organisationId: (key: string) => string;
  facilityId: (code: string) => string;
  userId: (username: string) => string;
  /** The demo's "today", as YYYY-MM-DD. */
  today: string;
}

const COURSES = [
  { code: 'security_induction', name: 'Security induction', validityMonths: 24 },
  { code: 'dynamic_security', name: 'Dynamic security', validityMonths: 36 },
  { code: 'human_rights_in_prisons', name: 'Human rights in prisons', validityMonths: 36 },
  {
    code: 'gender_and_trauma_informed_practice',
    name: 'Gender-sensitive and trauma-informed practice',
    validityMonths: 36,
  },
  { code: 'data_protection', name: 'Data protection', validityMonths: 24 },
  { code: 'assessment_tool_certification', name: 'Assessment-tool certification', validityMonths: 36 },
] as const;
type CourseCode = (typeof COURSES)[number]['code'];

/** Which courses each facility asks of each tier. The women's prison adds gender-sensitive practice. */
const REQUIREMENTS: { facility: string; tier: AccessTier; courses: CourseCode[] }[] = [
  { facility: 'CENTRAL', tier: 'regular', courses: ['security_induction', 'data_protection'] },
  { facility: 'CENTRAL', tier: 'occasional', courses: ['security_induction'] },
  {
    facility: 'WOMEN',
    tier: 'regular',
    courses: ['security_induction', 'data_protection', 'gender_and_trauma_informed_practice'],
  },
  { facility: 'WOMEN', tier: 'occasional', courses: ['security_induction'] },
];

interface DemoPractitioner {
  displayName: string;
  username?: string;
  roleTitle: string;
  tier: AccessTier;
  gender: 'woman' | 'man';
  languages: string[];
  /** Days from today: when vetted, and until when (absent: never vetted). */
  vetting?: { checked: number; expires: number };
  signed: boolean;
  /** Course, and days from today when it was passed. */
  trained: [CourseCode, number][];
}

const BRIDGES_PRACTITIONERS: DemoPractitioner[] = [
  {
    // Eligible at the Central Prison; not at the women's prison (no gender-sensitive course).
    displayName: 'Omar Said',
    username: 'practitioner.bridges',
    roleTitle: 'Mentor',
    tier: 'regular',
    gender: 'man',
    languages: ['ar', 'fr'],
    vetting: { checked: -270, expires: 95 },
    signed: true,
    trained: [
      ['security_induction', -250],
      ['data_protection', -240],
    ],
  },
  {
    // Eligible at both, including the women's prison.
    displayName: 'Leila Mansour',
    roleTitle: 'Psychosocial counsellor',
    tier: 'regular',
    gender: 'woman',
    languages: ['ar', 'en'],
    vetting: { checked: -120, expires: 245 },
    signed: true,
    trained: [
      ['security_induction', -110],
      ['data_protection', -100],
      ['gender_and_trauma_informed_practice', -90],
    ],
  },
  {
    // Not eligible: her vetting expired two months ago; the yearly renewal is overdue.
    displayName: 'Yasmin Haddad',
    roleTitle: 'Family liaison',
    tier: 'regular',
    gender: 'woman',
    languages: ['ar', 'fr', 'en'],
    vetting: { checked: -425, expires: -60 },
    signed: true,
    trained: [
      ['security_induction', -400],
      ['data_protection', -390],
      ['gender_and_trauma_informed_practice', -380],
    ],
  },
  {
    // Not eligible for regular work: the data-protection course is missing.
    displayName: 'Dmitri Volkov',
    roleTitle: 'Teacher',
    tier: 'regular',
    gender: 'man',
    languages: ['ru', 'en'],
    vetting: { checked: -60, expires: 305 },
    signed: true,
    trained: [['security_induction', -45]],
  },
  {
    // An occasional, escorted visitor: no vetting needed, the induction done.
    displayName: 'Amina Diallo',
    roleTitle: 'Creative arts facilitator',
    tier: 'occasional',
    gender: 'woman',
    languages: ['fr', 'en'],
    signed: true,
    trained: [['security_induction', -30]],
  },
];

/** Loads the registry demo once: an organisation that already has a profile is left as it is. */
export async function seedDemoRegistry(tx: Tx, tenantId: string, context: DemoRegistryContext) {
  const bridges = context.organisationId('bridges');
  const [existing] = await tx
    .select({ id: csoProfiles.organisationId })
    .from(csoProfiles)
    .where(eq(csoProfiles.organisationId, bridges));
  if (existing) return;

  const day = (offset: number) => addDays(context.today, offset);
  const decidedBy = context.userId('director.central');
  const courseIds = await seedCourses(tx, tenantId, context);

  await tx.insert(documentVersions).values([
    { tenantId, document: 'code_of_conduct', version: '2', effectiveOn: day(-500) },
    { tenantId, document: 'confidentiality', version: '1', effectiveOn: day(-500) },
  ]);

  // The profiles of Bridges and Open Doors, with their histories.
  await seedDemoProfiles(tx, tenantId, context);

  // Bridges: applied, reviewed, accredited for the Central and women's prisons.
  const scope: InterventionType[] = [
    'mentoring',
    'psychosocial_counselling',
    'family_engagement',
    'education',
  ];
  await tx.insert(accreditationDecisions).values([
    decision(tenantId, bridges, 'applied', day(-420), {}),
    decision(tenantId, bridges, 'under_review', day(-400), { decidedBy }),
    decision(tenantId, bridges, 'accredited', day(-365), {
      decidedBy,
      validFrom: day(-365),
      validUntil: day(400),
      facilityIds: [context.facilityId('CENTRAL'), context.facilityId('WOMEN')],
      interventionTypes: scope,
      conditions: "Sessions at the women's prison are delivered by women practitioners.",
    }),
  ]);
  await tx.insert(agreements).values({
    id: uuidv7(),
    tenantId,
    organisationId: bridges,
    title: 'Memorandum of understanding on mentoring and family engagement',
    startsOn: day(-365),
    endsOn: day(400),
    signedOn: day(-370),
  });
  for (const person of BRIDGES_PRACTITIONERS) {
    await seedPractitioner(tx, tenantId, bridges, person, { day, courseIds, context, decidedBy });
  }

  // Open Doors: its coordinator has applied; the review is under way. Nothing is bookable yet.
  const pending = context.organisationId('pending');
  await tx
    .insert(accreditationDecisions)
    .values([
      decision(tenantId, pending, 'applied', day(-40), {}),
      decision(tenantId, pending, 'under_review', day(-27), { decidedBy }),
    ]);
  await seedPractitioner(
    tx,
    tenantId,
    pending,
    {
      displayName: 'Pablo Ortega',
      roleTitle: 'Sports coach',
      tier: 'regular',
      gender: 'man',
      languages: ['es', 'en'],
      signed: false,
      trained: [],
    },
    { day, courseIds, context, decidedBy },
  );
  await seedDemoPublicRegister(tx, tenantId, context);
  await seedDemoTraining(tx, tenantId, context);
  await seedDemoDueDiligence(tx, tenantId, context);
}

async function seedCourses(tx: Tx, tenantId: string, context: DemoRegistryContext) {
  const ids = new Map<CourseCode, string>();
  for (const course of COURSES) {
    const id = uuidv7();
    ids.set(course.code, id);
    await tx.insert(courses).values({ id, tenantId, ...course });
  }
  const idOf = (code: CourseCode) => ids.get(code) ?? '';
  await tx.insert(courseRequirements).values(
    REQUIREMENTS.flatMap((requirement) =>
      requirement.courses.map((code) => ({
        tenantId,
        facilityId: context.facilityId(requirement.facility),
        accessTier: requirement.tier,
        courseId: idOf(code),
      })),
    ),
  );
  return idOf;
}

async function seedPractitioner(
  tx: Tx,
  tenantId: string,
  organisationId: string,
  person: DemoPractitioner,
  helpers: {
    day: (offset: number) => string;
    courseIds: (code: CourseCode) => string;
    context: DemoRegistryContext;
    decidedBy: string;
  },
) {
  const { day, courseIds, context, decidedBy } = helpers;
  const id = uuidv7();
  await tx.insert(practitioners).values({
    id,
    tenantId,
    organisationId,
    userId: person.username ? context.userId(person.username) : null,
    displayName: person.displayName,
    roleTitle: person.roleTitle,
    accessTier: person.tier,
    gender: person.gender,
    languages: person.languages,
  });
  if (person.vetting) {
    await tx.insert(vettingChecks).values({
      id: uuidv7(),
      tenantId,
      practitionerId: id,
      level: 'enhanced',
      outcome: 'cleared',
      checkedOn: day(person.vetting.checked),
      expiresOn: day(person.vetting.expires),
      recordedBy: decidedBy,
    });
  }
  if (person.signed) {
    await tx.insert(documentSignatures).values([
      {
        id: uuidv7(),
        tenantId,
        practitionerId: id,
        document: 'code_of_conduct',
        version: '2',
        signedOn: day(-300),
      },
      {
        id: uuidv7(),
        tenantId,
        practitionerId: id,
        document: 'confidentiality',
        version: '1',
        signedOn: day(-300),
      },
    ]);
  }
  for (const [code, passed] of person.trained) {
    const validity = COURSES.find((course) => course.code === code)?.validityMonths ?? 24;
    await tx.insert(certificates).values({
      id: uuidv7(),
      tenantId,
      practitionerId: id,
      courseId: courseIds(code),
      issuedOn: day(passed),
      expiresOn: day(passed + Math.round(validity * 30.4)),
      recordedBy: decidedBy,
    });
  }
}

function decision(
  tenantId: string,
  organisationId: string,
  status: 'applied' | 'under_review' | 'accredited',
  decidedOn: string,
  details: Partial<typeof accreditationDecisions.$inferInsert>,
): typeof accreditationDecisions.$inferInsert {
  return {
    id: uuidv7(),
    tenantId,
    organisationId,
    status,
    facilityIds: [],
    interventionTypes: [],
    requiresAgreement: true,
    decidedAt: new Date(`${decidedOn}T09:00:00Z`),
    ...details,
  };
}
