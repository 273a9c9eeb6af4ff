import { type Static, type TSchema, Type } from 'typebox';
import { AUDIT_ACTIONS } from '../events.ts';

// The audit search's requests and answers. They import nothing from the server but the action list,
// so they can move to src/contracts (with a copy of that list) when the web app needs them.

const Id = Type.String({ format: 'uuid' });
const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const SEARCH_LIMIT = { default: 50, max: 200 } as const;
/** At most this many actions in one search, so that the search's own audit entry can list them. */
export const MAX_ACTIONS_PER_SEARCH = 10;

/** The filters of a search, shared by the search, the break-glass list and the CSV export. */
const commonFilters = {
  personId: Type.Optional(Id),
  actorUserId: Type.Optional(Id),
  actorOrganisationId: Type.Optional(Id),
  action: Type.Optional(
    Type.Array(Type.Enum(AUDIT_ACTIONS), {
      minItems: 1,
      maxItems: MAX_ACTIONS_PER_SEARCH,
      uniqueItems: true,
      description: 'One or several actions (repeat the parameter: action=a&action=b).',
    }),
  ),
  outcome: Type.Optional(Type.Enum(['allowed', 'denied'])),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Inclusive, ISO-8601 with zone.' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Exclusive, ISO-8601 with zone.' })),
};
const filterFields = {
  ...commonFilters,
  breakGlass: Type.Optional(Type.Boolean({ description: 'true: break-glass openings only.' })),
};

const pageFields = {
  cursor: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'nextCursor of the previous page.' }),
  ),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: SEARCH_LIMIT.max, default: SEARCH_LIMIT.default }),
  ),
};

export const AuditSearchQuery = Type.Object({ ...filterFields, ...pageFields });
export type AuditSearchQuery = Static<typeof AuditSearchQuery>;

/** The break-glass list: the search with `breakGlass` fixed to true. */
export const BreakGlassListQuery = Type.Object({ ...commonFilters, ...pageFields });
export type BreakGlassListQuery = Static<typeof BreakGlassListQuery>;

export const AuditExportQuery = Type.Object(filterFields);
export type AuditExportQuery = Static<typeof AuditExportQuery>;

export const AuditEventItem = Type.Object({
  id: Id,
  /** The entry's place in the tenant's chain, and its hash: what `pathways audit verify` checks. */
  seq: Type.Integer(),
  hash: Type.String(),
  occurredAt: Time,
  action: Type.String(),
  outcome: Type.Enum(['allowed', 'denied']),
  actor: Nullable(
    Type.Object({
      userId: Nullable(Id),
      displayName: Nullable(Type.String()),
      organisationId: Nullable(Id),
      organisationName: Nullable(Type.String()),
    }),
  ),
  subject: Nullable(Type.Object({ type: Type.String(), id: Nullable(Type.String()) })),
  personId: Nullable(Id),
  purpose: Nullable(Type.String()),
  breakGlass: Type.Boolean(),
  requestId: Nullable(Type.String()),
  details: Type.Record(
    Type.String(),
    Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
  ),
  /** What the caller may do with the entry: entries are only ever read. */
  actions: Type.Array(Type.String()),
});
export type AuditEventItem = Static<typeof AuditEventItem>;

export const AuditEventPage = Type.Object({
  items: Type.Array(AuditEventItem),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: Nullable(Type.String()),
  /** What the caller may do with the trail (`read`, `export`), so the screen shows only those. */
  actions: Type.Array(Type.String()),
});
export type AuditEventPage = Static<typeof AuditEventPage>;
