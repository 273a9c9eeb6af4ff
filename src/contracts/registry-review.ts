import { type Static, type TSchema, Type } from 'typebox';
import { VETTING_OUTCOMES } from './registry.ts';

/**
 * Due diligence on a civil society organisation and the review queue of the prison service's
 * accreditation and vetting work. Shared by the server (route schemas) and the web app (the
 * `Static` types, the lists and the paths). Imports nothing but typebox and the other contracts.
 */

/** The five checks before an accreditation (issue 4), in the order the checklist lists them. */
export const DUE_DILIGENCE_KINDS = [
  'registration_verified',
  'references_checked',
  'human_rights_commitment',
  'funding_declared',
  'sanctions_screened',
] as const;
export type DueDiligenceKind = (typeof DUE_DILIGENCE_KINDS)[number];

export const DUE_DILIGENCE_RESULTS = ['satisfied', 'not_satisfied'] as const;
export type DueDiligenceResult = (typeof DUE_DILIGENCE_RESULTS)[number];

/**
 * Where a kind stands, as every reader of the checklist is told: `done` (its latest check is
 * satisfied) or `outstanding` (not checked yet, or its latest check not satisfied: the two are one
 * word, so that the organisation never learns of a finding against it).
 */
export const DUE_DILIGENCE_OUTCOMES = ['done', 'outstanding'] as const;
export type DueDiligenceOutcome = (typeof DUE_DILIGENCE_OUTCOMES)[number];

/** What a reader may do with an organisation's checklist, in the order answers list them. */
export const DUE_DILIGENCE_ACTIONS = ['read', 'record_check'] as const;
export type DueDiligenceAction = (typeof DUE_DILIGENCE_ACTIONS)[number];

/** What the review queue counts from: applications, accreditations, vetting and agreements ahead. */
export const REVIEW_WINDOWS = {
  /** Accreditations, vetting and agreements ending within this many days are to be looked at. */
  expiringWithinDays: 60,
  /** Accreditations that ended up to this many days ago are still shown, to renew or close. */
  expiredWithinDays: 90,
} as const;

/** Why a practitioner is on the vetting list. A check that did not clear is decided, not to do. */
export const VETTING_TODO_REASONS = ['missing', 'pending', 'expired', 'expiring'] as const;
export type VettingTodoReason = (typeof VETTING_TODO_REASONS)[number];

/** Where the due diligence and review queue API answers. */
export const REVIEW_PATHS = {
  dueDiligence: (organisationId: string) =>
    `/api/v1/registry/organisations/${encodeURIComponent(organisationId)}/due-diligence`,
  reviewQueue: '/api/v1/registry/review-queue',
} as const;

const Id = Type.String({ format: 'uuid' });
const Day = Type.String({ format: 'date', description: 'A calendar day, YYYY-MM-DD.' });
const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Kind = Type.Enum([...DUE_DILIGENCE_KINDS]);
const Result = Type.Enum([...DUE_DILIGENCE_RESULTS]);

export const DueDiligenceParams = Type.Object({ id: Id }, { additionalProperties: false });
export type DueDiligenceParams = Static<typeof DueDiligenceParams>;

export const RecordCheckRequest = Type.Object(
  {
    kind: Kind,
    result: Result,
    evidence: Type.String({
      minLength: 1,
      maxLength: 2000,
      pattern: '^(?=[\\s\\S]*[^\\s\\p{Cc}])(?:[^\\p{Cc}]|[\\t\\n\\r])+$',
      description:
        'What was looked at (a register extract, the referees, the list screened). Security class: prison staff and administrators only. 1 to 2,000 characters, not blank.',
    }),
    checkedOn: Type.String({ format: 'date', description: 'The day the check was done; not in the future.' }),
  },
  { additionalProperties: false },
);
export type RecordCheckRequest = Static<typeof RecordCheckRequest>;

/** One check as prison staff and administrators see it (a coordinator is never sent a check). */
export const DueDiligenceCheck = Type.Object({
  id: Id,
  kind: Kind,
  result: Result,
  checkedOn: Day,
  /** Who checked: present for prison staff and administrators only. */
  checkedBy: Type.Optional(Type.Object({ userId: Id, displayName: Nullable(Type.String()) })),
  /** What was looked at: present for prison staff and administrators only (security class). */
  evidence: Type.Optional(Type.String()),
  recordedAt: Time,
});
export type DueDiligenceCheck = Static<typeof DueDiligenceCheck>;

/** Where one kind stands; the check that holds for prison staff and administrators only. */
export const DueDiligenceItem = Type.Object({
  kind: Kind,
  outcome: Type.Enum([...DUE_DILIGENCE_OUTCOMES]),
  /**
   * The check that holds (null: not checked yet). Prison staff and administrators only: absent for
   * the organisation's coordinator, who is told the outcome and nothing of the checks.
   */
  latest: Type.Optional(Nullable(DueDiligenceCheck)),
});
export type DueDiligenceItem = Static<typeof DueDiligenceItem>;

/**
 * An organisation's checklist: where each kind stands and, for prison staff and administrators,
 * the check that holds for each and every check, newest first.
 */
export const DueDiligenceChecklist = Type.Object({
  organisationId: Id,
  /** False for a formal monitoring body: it enters under its own mandate, on its own path. */
  required: Type.Boolean(),
  items: Type.Array(DueDiligenceItem, {
    description: 'One per kind, in the order of DUE_DILIGENCE_KINDS.',
  }),
  /** How many kinds are done. */
  satisfied: Type.Integer({ minimum: 0, maximum: DUE_DILIGENCE_KINDS.length }),
  complete: Type.Boolean(),
  /** Every check, newest first: prison staff and administrators only (absent for a coordinator). */
  history: Type.Optional(Type.Array(DueDiligenceCheck)),
  actions: Type.Array(Type.Enum([...DUE_DILIGENCE_ACTIONS])),
});
export type DueDiligenceChecklist = Static<typeof DueDiligenceChecklist>;

export const ReviewQueueQuery = Type.Object(
  {
    on: Type.Optional(
      Type.String({ format: 'date', description: 'The day to count from; today by default.' }),
    ),
  },
  { additionalProperties: false },
);
export type ReviewQueueQuery = Static<typeof ReviewQueueQuery>;

const OrganisationRef = Type.Object({ id: Id, name: Type.String() });

export const WaitingApplication = Type.Object({
  organisation: OrganisationRef,
  status: Type.Enum(['applied', 'under_review'] as const),
  /** The day the organisation applied (its latest application). */
  appliedOn: Day,
  daysWaiting: Type.Integer({ minimum: 0 }),
  dueDiligence: Type.Object({
    required: Type.Boolean(),
    satisfied: Type.Integer({ minimum: 0 }),
    total: Type.Integer({ minimum: 0 }),
  }),
});
export type WaitingApplication = Static<typeof WaitingApplication>;

export const EndingAccreditation = Type.Object({
  organisation: OrganisationRef,
  validUntil: Day,
  /** Days from the queue's day to the last valid day: negative once it has ended. */
  daysLeft: Type.Integer(),
});
export type EndingAccreditation = Static<typeof EndingAccreditation>;

export const VettingTodo = Type.Object({
  practitioner: Type.Object({ id: Id, displayName: Type.String() }),
  organisation: OrganisationRef,
  reason: Type.Enum([...VETTING_TODO_REASONS]),
  lastOutcome: Nullable(Type.Enum([...VETTING_OUTCOMES])),
  expiresOn: Nullable(Day),
  daysLeft: Nullable(Type.Integer()),
});
export type VettingTodo = Static<typeof VettingTodo>;

export const EndingAgreement = Type.Object({
  organisation: OrganisationRef,
  agreementId: Id,
  title: Type.String(),
  endsOn: Day,
  daysLeft: Type.Integer({ minimum: 0 }),
});
export type EndingAgreement = Static<typeof EndingAgreement>;

export const ReviewQueue = Type.Object({
  /** The day the queue counts from. */
  on: Day,
  applications: Type.Array(WaitingApplication, { description: 'Oldest application first.' }),
  accreditations: Type.Array(EndingAccreditation, { description: 'Soonest (or longest ended) first.' }),
  vetting: Type.Array(VettingTodo, { description: 'Never vetted and pending first, then by expiry.' }),
  agreements: Type.Array(EndingAgreement, { description: 'Soonest first.' }),
  actions: Type.Array(Type.Enum(['read'] as const)),
});
export type ReviewQueue = Static<typeof ReviewQueue>;
