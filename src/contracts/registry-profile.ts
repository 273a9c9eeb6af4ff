import { type Static, type TSchema, Type } from 'typebox';
import { ACTOR_ROLES, INTERVENTION_TYPES, MANDATES } from './registry.ts';

/**
 * A civil society organisation's profile: its fields and their limits, its values, the versions of
 * its history, and the request that writes it (issue 4, item 1). Shared by the server (route
 * schemas) and the web app (the `Static` types and the limits). Imports nothing but typebox and the
 * other contracts; registry-organisations.ts answers it with the organisation's record.
 */

const Id = Type.String({ format: 'uuid' });
const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** One line of text: no control characters, no space at either end (as the CHECKs' lengths allow). */
export const Line = (maxLength: number) =>
  Type.String({
    minLength: 1,
    maxLength,
    pattern: '^\\S(?:[^\\p{Cc}]*\\S)?$',
    description: `1 to ${maxLength} characters on one line, no space at either end.`,
  });

/**
 * The fields of a profile, in the order forms and histories list them: what a version's
 * `changedFields` names. `contacts` is `personal` class (the names of the organisation's staff).
 */
export const PROFILE_FIELDS = [
  'mandate',
  'legalName',
  'otherNames',
  'registrationNumber',
  'registrationRegistry',
  'country',
  'regionsServed',
  'expertise',
  'interventionTypes',
  'languages',
  'staffCount',
  'contacts',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** How much a profile holds (db/migrations/0013_profile_details.sql checks the counts too). */
export const PROFILE_LIMITS = {
  otherNames: 10,
  regionsServed: 30,
  languages: 20,
  contacts: 10,
  staffCount: 100_000,
} as const;

/** A BCP 47 language tag, in the short form people use: `ar`, `fr`, `pt-BR`, `zh-Hant`. */
export const LANGUAGE_TAG_PATTERN = '^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$';
const LanguageTag = Type.String({ pattern: LANGUAGE_TAG_PATTERN, maxLength: 35 });

/** A person to contact at the organisation, as the profile keeps them. */
export const ProfileContact = Type.Object({
  name: Type.String(),
  role: Nullable(Type.String()),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
});
export type ProfileContact = Static<typeof ProfileContact>;

/** Every value of a profile: what the profile holds now, and what each version of it held. */
export const ProfileValues = Type.Object({
  mandate: Type.Enum([...MANDATES]),
  legalName: Type.String(),
  /** The organisation's name in other languages, by language tag. */
  otherNames: Type.Record(Type.String(), Type.String()),
  registrationNumber: Nullable(Type.String()),
  registrationRegistry: Nullable(Type.String()),
  country: Nullable(Type.String()),
  regionsServed: Type.Array(Type.String()),
  expertise: Type.Array(Type.Enum([...ACTOR_ROLES])),
  interventionTypes: Type.Array(Type.Enum([...INTERVENTION_TYPES])),
  languages: Type.Array(Type.String()),
  staffCount: Nullable(Type.Integer()),
  contacts: Type.Array(ProfileContact),
});
export type ProfileValues = Static<typeof ProfileValues>;

export const RegistryProfile = Type.Object({ ...ProfileValues.properties, updatedAt: Time });
export type RegistryProfile = Static<typeof RegistryProfile>;

/** One version of the profile, as the append-only history keeps it. */
export const ProfileVersion = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  changedFields: Type.Array(Type.Enum([...PROFILE_FIELDS])),
  /** Null for a version no person made (the profiles there were before histories were kept). */
  changedBy: Nullable(Type.Object({ userId: Id, displayName: Type.String() })),
  changedAt: Time,
  /** The profile as this version left it; null for a caller who may not read the profile. */
  values: Nullable(ProfileValues),
});
export type ProfileVersion = Static<typeof ProfileVersion>;

/** A contact as the coordinator gives it: a name; role, e-mail and phone optional. */
export const ContactRequest = Type.Object(
  {
    name: Line(200),
    role: Type.Optional(Nullable(Line(200))),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
    phone: Type.Optional(
      Nullable(
        Type.String({
          pattern: '^\\+?[0-9][0-9 ().-]{3,30}$',
          description: 'Digits, spaces, dots, dashes and brackets; a leading + for the country code.',
        }),
      ),
    ),
  },
  { additionalProperties: false },
);
export type ContactRequest = Static<typeof ContactRequest>;

/** Creates or replaces the profile; a field left out is cleared. */
export const ProfileRequest = Type.Object(
  {
    mandate: Type.Enum([...MANDATES]),
    legalName: Line(300),
    registrationNumber: Type.Optional(Nullable(Line(100))),
    registrationRegistry: Type.Optional(Nullable(Line(200))),
    country: Type.Optional(
      Nullable(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2, such as TN.' })),
    ),
    otherNames: Type.Optional(
      Type.Record(Type.String({ pattern: LANGUAGE_TAG_PATTERN }), Line(300), {
        maxProperties: PROFILE_LIMITS.otherNames,
        additionalProperties: false,
        description: 'The name in other languages, by language tag: {"ar": "…", "fr": "…"}.',
      }),
    ),
    regionsServed: Type.Optional(
      Type.Array(Line(120), { maxItems: PROFILE_LIMITS.regionsServed, uniqueItems: true }),
    ),
    expertise: Type.Optional(Type.Array(Type.Enum([...ACTOR_ROLES]), { uniqueItems: true })),
    interventionTypes: Type.Optional(Type.Array(Type.Enum([...INTERVENTION_TYPES]), { uniqueItems: true })),
    languages: Type.Optional(
      Type.Array(LanguageTag, { maxItems: PROFILE_LIMITS.languages, uniqueItems: true }),
    ),
    staffCount: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: PROFILE_LIMITS.staffCount }))),
    contacts: Type.Optional(Type.Array(ContactRequest, { maxItems: PROFILE_LIMITS.contacts })),
  },
  { additionalProperties: false },
);
export type ProfileRequest = Static<typeof ProfileRequest>;
