import { type Static, Type } from 'typebox';
import { ORGANISATION_KINDS } from './identity.ts';

/**
 * Who a restricted entry may be shared with: what an editor chooses from when publishing
 * (`PublishEntryRequest.audienceOrganisationIds` and `audienceTenantIds`). Knowledge editors only.
 * Organisations are those of the editor's own prison service; other services are named, never their
 * organisations.
 */

export const AUDIENCES_PATH = '/api/v1/knowledge/audiences';

const Id = Type.String({ format: 'uuid' });

export const AudienceOrganisation = Type.Object({
  id: Id,
  name: Type.String(),
  kind: Type.Enum([...ORGANISATION_KINDS]),
});
export type AudienceOrganisation = Static<typeof AudienceOrganisation>;

export const AudienceTenant = Type.Object({ id: Id, name: Type.String() });
export type AudienceTenant = Static<typeof AudienceTenant>;

export const KnowledgeAudiences = Type.Object({
  /** The organisations of the editor's prison service, by name. */
  organisations: Type.Array(AudienceOrganisation),
  /** The other prison services (tenants), by name; never the editor's own. */
  tenants: Type.Array(AudienceTenant),
});
export type KnowledgeAudiences = Static<typeof KnowledgeAudiences>;
