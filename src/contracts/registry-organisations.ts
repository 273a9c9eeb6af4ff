import { type Static, type TSchema, Type } from 'typebox';
import { REMINDER_STEPS } from './notifications.ts';
import { ACCREDITATION_STATUSES, INTERVENTION_TYPES, MANDATES } from './registry.ts';
import { Line, ProfileVersion, RegistryProfile } from './registry-profile.ts';

/**
 * The registry's organisations: the directory of civil society organisations, one organisation's
 * registry record (profile, accreditation and its history, agreements), and the writes that keep it
 * (profile, accreditation decisions, agreements). Shared by the server (route schemas) and the web
 * app (the `Static` types and the paths). Imports nothing but typebox and the other contracts.
 */

// The profile's schemas (fields, limits, values, versions, the request) are registry-profile.ts's;
// they are answered from here too, where the record that holds them is.
export * from './registry-profile.ts';

/**
 * What a caller may do with an organisation's registry record, in the order answers list them.
 * `apply` records an application (the organisation's side), `decide` any other accreditation
 * decision (the prison service's side). Both are offered only when the lifecycle allows a step now.
 */
export const REGISTRY_ORGANISATION_ACTIONS = [
  'read',
  'update_profile',
  'apply',
  'decide',
  'record_agreement',
] as const;
export type RegistryOrganisationAction = (typeof REGISTRY_ORGANISATION_ACTIONS)[number];

export const DIRECTORY_LIMIT = { default: 50, max: 200 } as const;

const Id = Type.String({ format: 'uuid' });
const Day = Type.String({ format: 'date', description: 'A calendar day, YYYY-MM-DD.' });
const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Status = Type.Enum([...ACCREDITATION_STATUSES]);
const Actions = Type.Array(Type.Enum([...REGISTRY_ORGANISATION_ACTIONS]));

/** Free text of a decision (reasons, conditions): line breaks allowed, other control characters not. */
const Statement = Type.String({
  minLength: 1,
  maxLength: 2000,
  pattern: '^(?=[\\s\\S]*\\S)(?:[^\\p{Cc}]|[\\t\\n\\r])*$',
  description: '1 to 2,000 characters, not blank; line breaks allowed.',
});

/** Where the registry's organisations answer. */
export const REGISTRY_ORGANISATION_PATHS = {
  organisations: '/api/v1/registry/organisations',
  organisation: (id: string) => `/api/v1/registry/organisations/${encodeURIComponent(id)}`,
  profile: (id: string) => `/api/v1/registry/organisations/${encodeURIComponent(id)}/profile`,
  decisions: (id: string) => `/api/v1/registry/organisations/${encodeURIComponent(id)}/decisions`,
  agreements: (id: string) => `/api/v1/registry/organisations/${encodeURIComponent(id)}/agreements`,
  expiring: (id: string) => `/api/v1/registry/organisations/${encodeURIComponent(id)}/expiring`,
} as const;

export const RegistryOrganisationParams = Type.Object({ id: Id }, { additionalProperties: false });
export type RegistryOrganisationParams = Static<typeof RegistryOrganisationParams>;

export const DirectoryQuery = Type.Object(
  {
    cursor: Type.Optional(
      Type.String({ minLength: 1, maxLength: 800, description: 'nextCursor of the previous page.' }),
    ),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: DIRECTORY_LIMIT.max, default: DIRECTORY_LIMIT.default }),
    ),
  },
  { additionalProperties: false },
);
export type DirectoryQuery = Static<typeof DirectoryQuery>;

/** One civil society organisation in the directory, with where its accreditation stands. */
export const DirectoryEntry = Type.Object({
  id: Id,
  name: Type.String(),
  /** Null until the organisation has a profile. */
  mandate: Nullable(Type.Enum([...MANDATES])),
  legalName: Nullable(Type.String()),
  registrationNumber: Nullable(Type.String()),
  /** The latest decision's status; null before the organisation first applies. */
  status: Nullable(Status),
  validUntil: Nullable(Day),
  facilityIds: Type.Array(Id),
  interventionTypes: Type.Array(Type.Enum([...INTERVENTION_TYPES])),
  actions: Actions,
});
export type DirectoryEntry = Static<typeof DirectoryEntry>;

export const Directory = Type.Object({
  items: Type.Array(DirectoryEntry, { description: 'By name.' }),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: Nullable(Type.String()),
});
export type Directory = Static<typeof Directory>;

/** One accreditation decision, as the append-only history keeps it. */
export const AccreditationDecision = Type.Object({
  id: Id,
  status: Status,
  validFrom: Nullable(Day),
  validUntil: Nullable(Day),
  facilityIds: Type.Array(Id),
  interventionTypes: Type.Array(Type.Enum([...INTERVENTION_TYPES])),
  requiresAgreement: Type.Boolean(),
  conditions: Nullable(Type.String()),
  reasons: Nullable(Type.String()),
  decidedBy: Nullable(Type.Object({ userId: Id, displayName: Type.String() })),
  decidedAt: Time,
});
export type AccreditationDecision = Static<typeof AccreditationDecision>;

export const RegistryAgreement = Type.Object({
  id: Id,
  title: Type.String(),
  startsOn: Day,
  endsOn: Nullable(Day),
  signedOn: Nullable(Day),
  createdAt: Time,
});
export type RegistryAgreement = Static<typeof RegistryAgreement>;

/** One organisation's registry record; every write answers it as it stands after the write. */
export const RegistryOrganisation = Type.Object({
  id: Id,
  name: Type.String(),
  profile: Nullable(RegistryProfile),
  /** The latest decision (what holds now); null before the organisation first applies. */
  accreditation: Nullable(AccreditationDecision),
  decisions: Type.Array(AccreditationDecision, { description: 'Newest first.' }),
  agreements: Type.Array(RegistryAgreement, { description: 'By start, then when recorded.' }),
  profileHistory: Type.Array(ProfileVersion, { description: 'Newest first.' }),
  /** The statuses the caller may record next, so the screen offers only those. */
  nextStatuses: Type.Array(Status),
  actions: Actions,
});
export type RegistryOrganisation = Static<typeof RegistryOrganisation>;

/**
 * The next accreditation decision. Which fields a status needs or admits is the lifecycle's rule
 * (an accreditation states its period and scope; a refusal, suspension or revocation its reasons).
 */
export const DecisionRequest = Type.Object(
  {
    status: Status,
    validFrom: Type.Optional(Day),
    validUntil: Type.Optional(Day),
    facilityIds: Type.Optional(Type.Array(Id, { maxItems: 100, uniqueItems: true })),
    interventionTypes: Type.Optional(Type.Array(Type.Enum([...INTERVENTION_TYPES]), { uniqueItems: true })),
    requiresAgreement: Type.Optional(Type.Boolean()),
    conditions: Type.Optional(Statement),
    reasons: Type.Optional(Statement),
  },
  { additionalProperties: false },
);
export type DecisionRequest = Static<typeof DecisionRequest>;

export const AgreementRequest = Type.Object(
  {
    title: Line(300),
    startsOn: Day,
    endsOn: Type.Optional(Nullable(Day)),
    signedOn: Type.Optional(Nullable(Day)),
  },
  { additionalProperties: false },
);
export type AgreementRequest = Static<typeof AgreementRequest>;

/** What an organisation's "what expires soon" lists: the last day of each. */
export const EXPIRING_KINDS = ['accreditation', 'agreement', 'vetting', 'certificate'] as const;
export type ExpiringKind = (typeof EXPIRING_KINDS)[number];

export const EXPIRY_STATES = ['expired', 'expires_soon'] as const;
export type ExpiryState = (typeof EXPIRY_STATES)[number];

/**
 * How far the list looks: ahead as far as the reminders' first step (60 days, so the list and the
 * reminders agree on what is "soon"), back 90 days (an expiry older than that is no longer news).
 */
export const EXPIRY_WINDOW = { soonDays: REMINDER_STEPS[0], pastDays: 90 } as const;

/** One thing that ends, or has ended, with whom or what it is about. */
export const ExpiringItem = Type.Object({
  kind: Type.Enum([...EXPIRING_KINDS]),
  /** The organisation (accreditation), the agreement (by its title) or the practitioner. */
  subject: Type.Object({
    type: Type.Enum(['organisation', 'agreement', 'practitioner']),
    id: Id,
    name: Type.String(),
  }),
  /** The course, for a certificate; null otherwise. */
  course: Nullable(Type.Object({ id: Id, code: Type.String(), name: Type.String() })),
  /** The last day it is valid. */
  date: Day,
  state: Type.Enum([...EXPIRY_STATES]),
  /** Days from `today` to `date`: 0 on the last day, negative once expired. */
  daysLeft: Type.Integer(),
});
export type ExpiringItem = Static<typeof ExpiringItem>;

export const OrganisationExpiring = Type.Object({
  /** The server's day the answer was reckoned on (UTC, as the reminders reckon it). */
  today: Day,
  items: Type.Array(ExpiringItem, { description: 'By date, earliest first.' }),
});
export type OrganisationExpiring = Static<typeof OrganisationExpiring>;
