import { type Static, type TSchema, Type } from 'typebox';
import { ACCESS_TIERS, SIGNED_DOCUMENTS, VETTING_OUTCOMES } from './registry.ts';

/**
 * The registry's practitioners API: an organisation's people who work in prisons, their vetting,
 * signatures, certificates and suspension. Shared by the server (route schemas) and the web app
 * (the `Static` types and the lists). Imports nothing but typebox and the other contracts.
 */

/** How deep a background check went; the `vetting_checks.level` CHECK allows these. */
export const VETTING_LEVELS = ['basic', 'enhanced'] as const;
export type VettingLevel = (typeof VETTING_LEVELS)[number];

/** How a practitioner describes themself, if at all; the `practitioners.gender` CHECK allows these. */
export const PRACTITIONER_GENDERS = ['woman', 'man', 'other', 'undisclosed'] as const;
export type PractitionerGender = (typeof PRACTITIONER_GENDERS)[number];

/** What a reader may do with one practitioner, in the order answers list them. */
export const PRACTITIONER_ACTIONS = [
  'read',
  'record_vetting',
  'record_signature',
  'record_certificate',
  'suspend',
  'reinstate',
] as const;
export type PractitionerAction = (typeof PRACTITIONER_ACTIONS)[number];

/** What a reader may do with an organisation's practitioners as a whole. */
export const PRACTITIONER_LIST_ACTIONS = ['read', 'create'] as const;
export type PractitionerListAction = (typeof PRACTITIONER_LIST_ACTIONS)[number];

export const PRACTITIONER_LIST_LIMIT = { default: 50, max: 200 } as const;

/** Where the practitioners API answers. */
export const PRACTITIONER_PATHS = {
  ofOrganisation: (organisationId: string) =>
    `/api/v1/registry/organisations/${encodeURIComponent(organisationId)}/practitioners`,
  practitioner: (id: string) => `/api/v1/registry/practitioners/${encodeURIComponent(id)}`,
  vetting: (id: string) => `${PRACTITIONER_PATHS.practitioner(id)}/vetting`,
  signatures: (id: string) => `${PRACTITIONER_PATHS.practitioner(id)}/signatures`,
  certificates: (id: string) => `${PRACTITIONER_PATHS.practitioner(id)}/certificates`,
  suspension: (id: string) => `${PRACTITIONER_PATHS.practitioner(id)}/suspension`,
} as const;

const Id = Type.String({ format: 'uuid' });
const DayWith = (description: string) => Type.String({ format: 'date', description });
const Day = DayWith('A calendar day, YYYY-MM-DD.');
const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A name or title: no control characters and no space at either end. */
const Label = (maxLength: number) =>
  Type.String({
    minLength: 1,
    maxLength,
    pattern: '^[^\\s\\p{Cc}](?:[^\\p{Cc}]*[^\\s\\p{Cc}])?$',
    description: `1 to ${maxLength} characters, no control characters, no space at either end.`,
  });

/** Free text over several lines: line breaks and tabs, no other control character, not blank. */
const Note = (maxLength: number, description: string) =>
  Type.String({
    minLength: 1,
    maxLength,
    pattern: '^(?=[\\s\\S]*[^\\s\\p{Cc}])(?:[^\\p{Cc}]|[\\t\\n\\r])+$',
    description: `${description} 1 to ${maxLength} characters, not blank, no control characters but line breaks and tabs.`,
  });

/** A BCP 47 language tag, in the short form people use: `ar`, `fr`, `pt-BR`, `zh-Hant`. */
const LanguageTag = Type.String({ pattern: '^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$', maxLength: 35 });

export const OrganisationPractitionersParams = Type.Object({ organisationId: Id });
export type OrganisationPractitionersParams = Static<typeof OrganisationPractitionersParams>;

export const PractitionerParams = Type.Object({ id: Id });
export type PractitionerParams = Static<typeof PractitionerParams>;

export const PractitionerListQuery = Type.Object({
  accessTier: Type.Optional(Type.Enum([...ACCESS_TIERS])),
  suspended: Type.Optional(Type.Boolean()),
  cursor: Type.Optional(Type.String({ format: 'uuid', description: 'nextCursor of the previous page.' })),
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: PRACTITIONER_LIST_LIMIT.max,
      default: PRACTITIONER_LIST_LIMIT.default,
    }),
  ),
});
export type PractitionerListQuery = Static<typeof PractitionerListQuery>;

export const AddPractitionerRequest = Type.Object(
  {
    displayName: Label(200),
    roleTitle: Type.Optional(Label(200)),
    accessTier: Type.Enum([...ACCESS_TIERS]),
    gender: Type.Optional(Type.Enum([...PRACTITIONER_GENDERS])),
    languages: Type.Array(LanguageTag, { maxItems: 20, uniqueItems: true }),
    userId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'The practitioner’s own account: one of the same organisation, not yet linked.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type AddPractitionerRequest = Static<typeof AddPractitionerRequest>;

export const RecordVettingRequest = Type.Object(
  {
    level: Type.Enum([...VETTING_LEVELS]),
    outcome: Type.Enum([...VETTING_OUTCOMES]),
    checkedOn: Day,
    expiresOn: Type.Optional(
      DayWith('Not before checkedOn. Absent for a clearance: one year on, through the day before.'),
    ),
    findings: Type.Optional(
      Note(4000, 'Security class: shown to the administrator, directors and security officers only.'),
    ),
  },
  { additionalProperties: false },
);
export type RecordVettingRequest = Static<typeof RecordVettingRequest>;

export const RecordSignatureRequest = Type.Object(
  {
    document: Type.Enum([...SIGNED_DOCUMENTS]),
    version: Type.String({ minLength: 1, maxLength: 40, description: 'A version the tenant has issued.' }),
    signedOn: Day,
  },
  { additionalProperties: false },
);
export type RecordSignatureRequest = Static<typeof RecordSignatureRequest>;

export const RecordCertificateRequest = Type.Object(
  {
    courseId: Id,
    issuedOn: Day,
    expiresOn: Type.Optional(
      DayWith('Not before issuedOn. Absent: the course’s validity on, through the day before.'),
    ),
  },
  { additionalProperties: false },
);
export type RecordCertificateRequest = Static<typeof RecordCertificateRequest>;

export const SuspendPractitionerRequest = Type.Object(
  {
    reason: Note(2000, 'Shown to prison staff and administrators only, never to the organisation.'),
  },
  { additionalProperties: false },
);
export type SuspendPractitionerRequest = Static<typeof SuspendPractitionerRequest>;

const VettingSummary = Type.Object({
  level: Type.Enum([...VETTING_LEVELS]),
  outcome: Type.Enum([...VETTING_OUTCOMES]),
  checkedOn: Day,
  expiresOn: Nullable(Day),
});

const Suspension = Type.Object({
  suspended: Type.Boolean(),
  since: Nullable(Time),
  /** Present only for prison staff and administrators; null when not suspended. */
  reason: Type.Optional(Nullable(Type.String())),
});

const practitionerFields = {
  id: Id,
  displayName: Type.String(),
  roleTitle: Nullable(Type.String()),
  accessTier: Type.Enum([...ACCESS_TIERS]),
  gender: Nullable(Type.Enum([...PRACTITIONER_GENDERS])),
  languages: Type.Array(Type.String()),
  suspension: Suspension,
};

/** One practitioner in an organisation's list. */
export const PractitionerSummary = Type.Object({
  ...practitionerFields,
  /** The latest check (by the day it was done), whatever its outcome; null when never vetted. */
  vetting: Nullable(VettingSummary),
  actions: Type.Array(Type.Enum([...PRACTITIONER_ACTIONS])),
});
export type PractitionerSummary = Static<typeof PractitionerSummary>;

export const PractitionerPage = Type.Object({
  items: Type.Array(PractitionerSummary, { description: 'In the order they were added.' }),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: Nullable(Type.String()),
  /** What the caller may do with the organisation's practitioners (`create` adds one). */
  actions: Type.Array(Type.Enum([...PRACTITIONER_LIST_ACTIONS])),
});
export type PractitionerPage = Static<typeof PractitionerPage>;

export const VettingCheck = Type.Object({
  id: Id,
  level: Type.Enum([...VETTING_LEVELS]),
  outcome: Type.Enum([...VETTING_OUTCOMES]),
  checkedOn: Day,
  expiresOn: Nullable(Day),
  /** Present only for administrators, directors and security officers; null when none were recorded. */
  findings: Type.Optional(Nullable(Type.String())),
  recordedAt: Time,
});
export type VettingCheck = Static<typeof VettingCheck>;

export const DocumentSignature = Type.Object({
  id: Id,
  document: Type.Enum([...SIGNED_DOCUMENTS]),
  version: Type.String(),
  signedOn: Day,
  recordedAt: Time,
});
export type DocumentSignature = Static<typeof DocumentSignature>;

export const Certificate = Type.Object({
  id: Id,
  course: Type.Object({ id: Id, code: Type.String(), name: Type.String() }),
  issuedOn: Day,
  expiresOn: Nullable(Day),
  recordedAt: Time,
});
export type Certificate = Static<typeof Certificate>;

/** One practitioner's standing: details, suspension and every record, newest first. */
export const PractitionerStanding = Type.Object({
  ...practitionerFields,
  organisation: Type.Object({ id: Id, name: Type.String() }),
  /** The practitioner's own account, if linked. */
  userId: Nullable(Id),
  createdAt: Time,
  vetting: Type.Array(VettingCheck),
  signatures: Type.Array(DocumentSignature),
  certificates: Type.Array(Certificate),
  actions: Type.Array(Type.Enum([...PRACTITIONER_ACTIONS])),
});
export type PractitionerStanding = Static<typeof PractitionerStanding>;
