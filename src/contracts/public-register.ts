import { type Static, type TSchema, Type } from 'typebox';
import { ACTOR_ROLES, INTERVENTION_TYPES } from './registry.ts';

/**
 * The public register of accredited organisations: the prison service's setting (whether its
 * register may be read without signing in) and the register as anyone reads it. Shared by the server
 * (route schemas) and the web app (the `Static` types and the paths). Imports nothing but typebox
 * and the other contracts.
 *
 * The public register says only what the prison service publishes about an organisation: its legal
 * name (and its names in other languages), where it works and with what expertise, what it is
 * accredited for, whether the accreditation stands or is suspended, and until when. Nothing about
 * people (no contacts, no staff count), registration, documents, conditions or reasons; the
 * schemas below are closed, and the response schema is the server's last filter.
 */

/** The statuses the public register shows. Applied, under review, refused and revoked never appear. */
export const PUBLIC_ACCREDITATION_STATUSES = ['accredited', 'suspended'] as const;
export type PublicAccreditationStatus = (typeof PUBLIC_ACCREDITATION_STATUSES)[number];

const Time = Type.String({ format: 'date-time' });
const Day = Type.String({ format: 'date', description: 'A calendar day, YYYY-MM-DD.' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Where the public register and its setting answer, and where the web app shows it. */
export const PUBLIC_REGISTER_PATHS = {
  setting: '/api/v1/registry/public-register/setting',
  register: (tenantSlug: string) => `/api/v1/public/registry/${encodeURIComponent(tenantSlug)}`,
  /** The page anyone may open, without signing in. */
  page: (tenantSlug: string) => `/public/registry/${encodeURIComponent(tenantSlug)}`,
} as const;

/** Whether the prison service publishes its register, as its administrator and director see it. */
export const PublicRegisterSetting = Type.Object(
  {
    public: Type.Boolean(),
    /** The tenant's slug: the public page is at `/public/registry/{tenantSlug}`. */
    tenantSlug: Type.String(),
    /** When the setting last changed; null while it never has (the register is private by default). */
    changedAt: Nullable(Time),
  },
  { additionalProperties: false },
);
export type PublicRegisterSetting = Static<typeof PublicRegisterSetting>;

export const PublicRegisterSettingRequest = Type.Object(
  { public: Type.Boolean({ description: 'true: anyone may read the register; false: withdrawn.' }) },
  { additionalProperties: false },
);
export type PublicRegisterSettingRequest = Static<typeof PublicRegisterSettingRequest>;

/** Any text: an address that is not a tenant's slug answers 404 like an unknown one, not 400. */
export const PublicRegisterParams = Type.Object(
  { tenantSlug: Type.String({ maxLength: 200 }) },
  { additionalProperties: false },
);
export type PublicRegisterParams = Static<typeof PublicRegisterParams>;

/** One organisation as the public register shows it: these fields and no others. */
export const PublicOrganisation = Type.Object(
  {
    /** The legal name of its profile. */
    name: Type.String(),
    /** What it is accredited for (of its latest accreditation, for a suspended one). */
    interventionTypes: Type.Array(Type.Enum([...INTERVENTION_TYPES])),
    status: Type.Enum([...PUBLIC_ACCREDITATION_STATUSES]),
    /** The accreditation's last day; null while it is suspended (it does not hold then). */
    validUntil: Nullable(Day),
    /** Its names in other languages, by language tag, as its profile gives them. */
    otherNames: Type.Record(Type.String(), Type.String()),
    /** The regions it serves, as its profile names them. */
    regionsServed: Type.Array(Type.String()),
    /** The expertise it offers (REFERENCE.md, "Actor roles"). */
    expertise: Type.Array(Type.Enum([...ACTOR_ROLES])),
  },
  { additionalProperties: false },
);
export type PublicOrganisation = Static<typeof PublicOrganisation>;

export const PublicRegister = Type.Object(
  {
    /** The prison service that publishes it (the tenant's name). */
    publisher: Type.String(),
    /** By name. */
    organisations: Type.Array(PublicOrganisation),
  },
  { additionalProperties: false },
);
export type PublicRegister = Static<typeof PublicRegister>;
