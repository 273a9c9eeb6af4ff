import { type Static, type TSchema, Type } from 'typebox';
import { ORGANISATION_KINDS } from './identity.ts';

/**
 * The administration API's organisations and facilities: requests and answers. Shared by the server
 * (route schemas) and the web app (the `Static` types only, as with identity.ts). Imports nothing but
 * typebox and the other contracts.
 */

// The server's facility kinds (platform/db/schema.ts) must equal these; administration/facilities/
// schemas.ts fails type-checking when they drift apart.

/** The kinds of facility, as the `facilities.kind` CHECK allows them. */
export const FACILITY_KINDS = ['men', 'women', 'juvenile', 'mixed'] as const;
export type FacilityKindName = (typeof FACILITY_KINDS)[number];

/** What an administrator may do with an organisation or a facility, in the order responses list them. */
export const ORGANISATION_ACTIONS = ['read', 'create', 'update'] as const;
export type OrganisationAction = (typeof ORGANISATION_ACTIONS)[number];
export const FACILITY_ACTIONS = ['read', 'create', 'update'] as const;
export type FacilityAction = (typeof FACILITY_ACTIONS)[number];

/** The limit of the `capacity` the API accepts: a bound for the integer column, not a policy. */
export const FACILITY_CAPACITY_MAX = 100_000;

const Id = Type.String({ format: 'uuid' });
const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * The name of an organisation or a facility: 1 to 200 characters, no control characters, and no
 * space at either end (so that "Bridges" and "Bridges " cannot both exist by accident).
 */
export const PlaceName = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '^\\S(?:[^\\p{Cc}]*\\S)?$',
  description: '1 to 200 characters, no control characters, no space at either end.',
});

export const FacilityCode = Type.String({
  pattern: '^[A-Z0-9][A-Z0-9-]{0,19}$',
  description: 'Upper-case letters, digits and dashes, 1 to 20 characters; unique in the tenant; fixed.',
});

export const TimeZone = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'An IANA time zone name, such as Africa/Tunis or UTC.',
});

export const Capacity = Type.Integer({ minimum: 1, maximum: FACILITY_CAPACITY_MAX });

/** An organisation as administration answers it. */
export const AdminOrganisation = Type.Object({
  id: Id,
  kind: Type.Enum([...ORGANISATION_KINDS]),
  name: Type.String(),
  createdAt: Time,
  /** What the caller may do with this organisation, so the screen offers only that. */
  actions: Type.Array(Type.Enum([...ORGANISATION_ACTIONS])),
});
export type AdminOrganisation = Static<typeof AdminOrganisation>;

export const OrganisationList = Type.Object({
  organisations: Type.Array(AdminOrganisation, {
    description: 'By kind, in the order of the kinds list (prison service first), then by name.',
  }),
});
export type OrganisationList = Static<typeof OrganisationList>;

export const CreateOrganisationRequest = Type.Object(
  { kind: Type.Enum([...ORGANISATION_KINDS]), name: PlaceName },
  { additionalProperties: false },
);
export type CreateOrganisationRequest = Static<typeof CreateOrganisationRequest>;

/** An organisation's kind is fixed once made: users and facilities depend on it. */
export const UpdateOrganisationRequest = Type.Object({ name: PlaceName }, { additionalProperties: false });
export type UpdateOrganisationRequest = Static<typeof UpdateOrganisationRequest>;

/** A facility as administration answers it. */
export const AdminFacility = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  kind: Type.Enum([...FACILITY_KINDS]),
  timeZone: Type.String(),
  capacity: Nullable(Type.Integer()),
  /** The prison service that runs it; null only for facilities made before organisations existed. */
  organisationId: Nullable(Id),
  organisationName: Nullable(Type.String()),
  createdAt: Time,
  actions: Type.Array(Type.Enum([...FACILITY_ACTIONS])),
});
export type AdminFacility = Static<typeof AdminFacility>;

export const FacilityList = Type.Object({
  facilities: Type.Array(AdminFacility, { description: 'By name, then code.' }),
});
export type FacilityList = Static<typeof FacilityList>;

export const CreateFacilityRequest = Type.Object(
  {
    code: FacilityCode,
    name: PlaceName,
    kind: Type.Enum([...FACILITY_KINDS]),
    timeZone: TimeZone,
    capacity: Type.Optional(Nullable(Capacity)),
    organisationId: Type.String({
      format: 'uuid',
      description: 'A prison service organisation of the tenant.',
    }),
  },
  { additionalProperties: false },
);
export type CreateFacilityRequest = Static<typeof CreateFacilityRequest>;

/** Code and organisation are fixed once made: roles, permits and the trail name the facility by them. */
export const UpdateFacilityRequest = Type.Object(
  {
    name: Type.Optional(PlaceName),
    kind: Type.Optional(Type.Enum([...FACILITY_KINDS])),
    timeZone: Type.Optional(TimeZone),
    capacity: Type.Optional(Nullable(Capacity)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateFacilityRequest = Static<typeof UpdateFacilityRequest>;

/** The paths of organisation and facility administration, so that the web app and the tests name them once. */
export const ADMINISTRATION_PATHS = {
  organisations: '/api/v1/admin/organisations',
  organisation: (id: string) => `/api/v1/admin/organisations/${encodeURIComponent(id)}`,
  facilities: '/api/v1/admin/facilities',
  facility: (id: string) => `/api/v1/admin/facilities/${encodeURIComponent(id)}`,
} as const;
