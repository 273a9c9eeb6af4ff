import { type Static, type TSchema, Type } from 'typebox';

// The "who has seen this record" report's request and answer; typebox only, ready to move to
// src/contracts when the web app needs them.

const Id = Type.String({ format: 'uuid' });
const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const AccessReportParams = Type.Object({ personId: Id });
export type AccessReportParams = Static<typeof AccessReportParams>;

export const BreakGlassOpening = Type.Object({
  seq: Type.Integer(),
  occurredAt: Time,
  /** The reason the user gave, as they typed it. */
  reason: Nullable(Type.String()),
  subject: Nullable(Type.Object({ type: Type.String(), id: Nullable(Type.String()) })),
});

export const AccessReportActor = Type.Object({
  user: Nullable(Type.Object({ id: Id, displayName: Nullable(Type.String()) })),
  organisation: Nullable(
    Type.Object({ id: Id, name: Nullable(Type.String()), kind: Nullable(Type.String()) }),
  ),
  /** The roles the user holds now; the trail does not record the role an access was made in. */
  roles: Type.Array(Type.String()),
  /** First and last allowed entry about the person, and how many. */
  firstAccessAt: Nullable(Time),
  lastAccessAt: Nullable(Time),
  accesses: Type.Integer(),
  denied: Type.Object({ count: Type.Integer(), lastAt: Nullable(Time) }),
  breakGlass: Type.Array(BreakGlassOpening),
  /** The kinds of entry (audit actions) this actor left about the person. */
  eventKinds: Type.Array(Type.String()),
});

export const PersonAccessReport = Type.Object({
  personId: Id,
  generatedAt: Time,
  /** One row per acting user and organisation, most recent first. */
  actors: Type.Array(AccessReportActor),
  /** True when the person has more actors or break-glass openings than one report shows. */
  truncated: Type.Boolean(),
  actions: Type.Array(Type.String()),
});
export type PersonAccessReport = Static<typeof PersonAccessReport>;
