import { type Static, type TSchema, Type } from 'typebox';
import { ACCESS_TIERS } from './registry.ts';

/**
 * The registry's training API: the course catalogue and which courses each facility asks of each
 * access tier, training sessions with their attendance, and the certificates a completion gives,
 * to civil society practitioners and prison staff alike. Shared by the server (route schemas) and
 * the web app (the `Static` types and the lists). Imports nothing but typebox and the other contracts.
 */

/** How a participant's attendance went; `training_attendance.outcome` CHECK allows these. */
export const ATTENDANCE_OUTCOMES = ['completed', 'attended_not_completed', 'absent'] as const;
export type AttendanceOutcome = (typeof ATTENDANCE_OUTCOMES)[number];

/** What a reader may do with the catalogue as a whole, with one course, with a facility's requirements. */
export const CATALOGUE_ACTIONS = ['read', 'create'] as const;
export const COURSE_ACTIONS = ['read', 'update'] as const;
export const REQUIREMENT_ACTIONS = ['read', 'change'] as const;
/** What a reader may do with the sessions as a whole (`create`) and with one session. */
export const SESSION_ACTIONS = ['read', 'create', 'read_all_attendance', 'record_attendance'] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];

/** The course code pattern of the `courses.code` CHECK. */
export const COURSE_CODE_PATTERN = '^[a-z][a-z0-9_]{1,62}$';
export const SESSION_LIST_LIMIT = { default: 50, max: 200 } as const;
/** At most this many participants in one attendance request. */
export const MAX_ATTENDANCE_ENTRIES = 200;

/** Where the training API answers. */
export const TRAINING_PATHS = {
  courses: '/api/v1/registry/courses',
  course: (id: string) => `/api/v1/registry/courses/${encodeURIComponent(id)}`,
  requirements: (facilityId: string, accessTier: string) =>
    `/api/v1/registry/facilities/${encodeURIComponent(facilityId)}/course-requirements/${encodeURIComponent(accessTier)}`,
  sessions: '/api/v1/registry/training-sessions',
  session: (id: string) => `/api/v1/registry/training-sessions/${encodeURIComponent(id)}`,
  attendance: (id: string) => `${TRAINING_PATHS.session(id)}/attendance`,
  staffCertificates: (userId: string) => `/api/v1/registry/staff/${encodeURIComponent(userId)}/certificates`,
} as const;

const Id = Type.String({ format: 'uuid' });
const Day = Type.String({ format: 'date', description: 'A calendar day, YYYY-MM-DD.' });
const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Tier = Type.Enum([...ACCESS_TIERS]);

/** A name or place: no control characters and no space at either end. */
const Label = (maxLength: number) =>
  Type.String({
    minLength: 1,
    maxLength,
    pattern: '^[^\\s\\p{Cc}](?:[^\\p{Cc}]*[^\\s\\p{Cc}])?$',
    description: `1 to ${maxLength} characters, no control characters, no space at either end.`,
  });

const ValidityMonths = Type.Integer({
  minimum: 1,
  maximum: 120,
  description: 'How long a certificate lasts, in months; absent or null: it never expires.',
});

// The catalogue.

export const CourseParams = Type.Object({ id: Id });
export type CourseParams = Static<typeof CourseParams>;

export const AddCourseRequest = Type.Object(
  {
    code: Type.String({ pattern: COURSE_CODE_PATTERN, description: 'Lower case letters, digits, _.' }),
    name: Label(200),
    validityMonths: Type.Optional(ValidityMonths),
  },
  { additionalProperties: false },
);
export type AddCourseRequest = Static<typeof AddCourseRequest>;

export const UpdateCourseRequest = Type.Object(
  { name: Type.Optional(Label(200)), validityMonths: Type.Optional(Nullable(ValidityMonths)) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateCourseRequest = Static<typeof UpdateCourseRequest>;

export const RequirementParams = Type.Object({ facilityId: Id, accessTier: Tier });
export type RequirementParams = Static<typeof RequirementParams>;

export const ChangeRequirementsRequest = Type.Object(
  { courseIds: Type.Array(Id, { maxItems: 100, uniqueItems: true }) },
  { additionalProperties: false },
);
export type ChangeRequirementsRequest = Static<typeof ChangeRequirementsRequest>;

export const Course = Type.Object({
  id: Id,
  code: Type.String(),
  /** The stored name; the web app shows a standard course's name in the reader's language. */
  name: Type.String(),
  validityMonths: Nullable(Type.Integer()),
  /** One of STANDARD_COURSES, rather than added by an administrator. */
  standard: Type.Boolean(),
  /** Which facilities require it, of which tier. */
  requiredBy: Type.Array(Type.Object({ facilityId: Id, accessTier: Tier })),
  actions: Type.Array(Type.Enum([...COURSE_ACTIONS])),
});
export type Course = Static<typeof Course>;

export const FacilityRequirements = Type.Object({
  id: Id,
  name: Type.String(),
  occasional: Type.Array(Id, { description: 'The courses required of occasional practitioners.' }),
  regular: Type.Array(Id, { description: 'The courses required of regular practitioners.' }),
  actions: Type.Array(Type.Enum([...REQUIREMENT_ACTIONS])),
});
export type FacilityRequirements = Static<typeof FacilityRequirements>;

export const CourseCatalogue = Type.Object({
  courses: Type.Array(Course, { description: 'By code.' }),
  facilities: Type.Array(FacilityRequirements, { description: 'By name.' }),
  actions: Type.Array(Type.Enum([...CATALOGUE_ACTIONS])),
});
export type CourseCatalogue = Static<typeof CourseCatalogue>;

// Sessions.

export const SessionParams = Type.Object({ id: Id });
export type SessionParams = Static<typeof SessionParams>;

export const SessionListQuery = Type.Object({
  courseId: Type.Optional(Id),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: SESSION_LIST_LIMIT.max, default: SESSION_LIST_LIMIT.default }),
  ),
});
export type SessionListQuery = Static<typeof SessionListQuery>;

export const CreateSessionRequest = Type.Object(
  {
    courseId: Id,
    heldOn: Type.String({ format: 'date', description: 'May be ahead: sessions are planned.' }),
    place: Label(200),
    trainerName: Label(200),
    facilityId: Type.Optional(Type.String({ format: 'uuid', description: 'The prison that holds it.' })),
    notes: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 2000,
        pattern: '^(?=[\\s\\S]*[^\\s\\p{Cc}])(?:[^\\p{Cc}]|[\\t\\n\\r])+$',
        description: '1 to 2000 characters, not blank, no control characters but line breaks and tabs.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CreateSessionRequest = Static<typeof CreateSessionRequest>;

const sessionFields = {
  id: Id,
  course: Type.Object({ id: Id, code: Type.String(), name: Type.String() }),
  heldOn: Day,
  place: Type.String(),
  trainerName: Type.String(),
  facility: Nullable(Type.Object({ id: Id, name: Type.String() })),
  /** The training staff's notes: present for prison staff and the administrator only, never civil society. */
  notes: Type.Optional(Nullable(Type.String())),
  createdAt: Time,
  actions: Type.Array(Type.Enum([...SESSION_ACTIONS])),
};

export const SessionSummary = Type.Object(sessionFields);
export type SessionSummary = Static<typeof SessionSummary>;

export const SessionList = Type.Object({
  items: Type.Array(SessionSummary, { description: 'Newest first.' }),
  /** `create`: the caller may plan a session. */
  actions: Type.Array(Type.Enum([...SESSION_ACTIONS])),
});
export type SessionList = Static<typeof SessionList>;

export const IssuedCertificate = Type.Object({ id: Id, issuedOn: Day, expiresOn: Nullable(Day) });
export type IssuedCertificate = Static<typeof IssuedCertificate>;

export const Participant = Type.Union([
  Type.Object({
    kind: Type.Literal('practitioner'),
    id: Id,
    displayName: Type.String(),
    organisation: Type.Object({ id: Id, name: Type.String() }),
  }),
  Type.Object({ kind: Type.Literal('staff'), id: Id, displayName: Type.String() }),
]);
export type Participant = Static<typeof Participant>;

export const Attendance = Type.Object({
  participant: Participant,
  outcome: Type.Enum([...ATTENDANCE_OUTCOMES]),
  /** The certificate a completion gave. */
  certificate: Nullable(IssuedCertificate),
  recordedAt: Time,
});
export type Attendance = Static<typeof Attendance>;

/** One session with the attendance the reader may see: all of it for prison staff, their own organisation's for a coordinator. */
export const SessionDetail = Type.Object({
  ...sessionFields,
  attendance: Type.Array(Attendance, { description: 'In the order recorded.' }),
});
export type SessionDetail = Static<typeof SessionDetail>;

/** One participant: a practitioner or a member of the prison service's staff, never both. */
export const AttendanceEntry = Type.Union([
  Type.Object(
    { practitionerId: Id, outcome: Type.Enum([...ATTENDANCE_OUTCOMES]) },
    { additionalProperties: false },
  ),
  Type.Object({ userId: Id, outcome: Type.Enum([...ATTENDANCE_OUTCOMES]) }, { additionalProperties: false }),
]);
export type AttendanceEntry = Static<typeof AttendanceEntry>;

export const RecordAttendanceRequest = Type.Object(
  { entries: Type.Array(AttendanceEntry, { minItems: 1, maxItems: MAX_ATTENDANCE_ENTRIES }) },
  { additionalProperties: false },
);
export type RecordAttendanceRequest = Static<typeof RecordAttendanceRequest>;

// A member of staff's training record.

export const StaffParams = Type.Object({ userId: Id });
export type StaffParams = Static<typeof StaffParams>;

export const StaffCertificates = Type.Object({
  user: Type.Object({ id: Id, displayName: Type.String() }),
  certificates: Type.Array(
    Type.Object({
      id: Id,
      course: Type.Object({ id: Id, code: Type.String(), name: Type.String() }),
      issuedOn: Day,
      expiresOn: Nullable(Day),
      sessionId: Nullable(Id),
      recordedAt: Time,
    }),
    { description: 'Newest first.' },
  ),
});
export type StaffCertificates = Static<typeof StaffCertificates>;
