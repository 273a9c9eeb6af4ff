import {
  REGISTRY_ORGANISATION_ACTIONS,
  type RegistryOrganisationAction,
} from '../../../../contracts/registry-organisations.ts';
import { definePolicy } from '../../access/policy.ts';
import type { OrganisationKind } from '../../identity/roles.ts';

// Who may see and keep an organisation's registry record. Prison staff need the whole directory
// (who is accredited for what decides who comes through the gate), and accreditation is a
// tenant-level decision: a director, security officer or gate officer of any facility of the tenant
// is related to every organisation of it. A coordinator sees and keeps their own organisation only,
// and may apply for it; deciding is the prison service's. The `apply` and `decide` columns must match
// the lifecycle's STEP_ROLES (accreditation/lifecycle.ts); organisations.test.ts checks they do.

export { REGISTRY_ORGANISATION_ACTIONS, type RegistryOrganisationAction };

/** An organisation as the registry policy judges it. */
export interface RegistryOrganisationRecord {
  tenantId: string;
  id: string;
  kind: OrganisationKind;
}

type Relationship = 'tenant' | 'prison_service' | 'own_organisation';

export const registryOrganisationPolicy = definePolicy({
  entity: 'organisation',
  actions: REGISTRY_ORGANISATION_ACTIONS,
  relationships: ['tenant', 'prison_service', 'own_organisation'],
  relate: (held, actor, record: RegistryOrganisationRecord): Relationship[] => {
    if (record.tenantId !== actor.tenantId) return [];
    if (held.scope === 'tenant') return ['tenant'];
    // Any facility of the actor's tenant: the role counts whatever facility it is held at.
    if (held.scope === 'facility') return ['prison_service'];
    return held.organisationId === record.id ? ['own_organisation'] : [];
  },
  table: {
    administrator: { tenant: ['read', 'update_profile', 'apply', 'decide', 'record_agreement'] },
    director: { prison_service: ['read', 'decide', 'record_agreement'] },
    security_officer: { prison_service: ['read', 'decide'] },
    gate_officer: { prison_service: ['read'] },
    cso_coordinator: { own_organisation: ['read', 'update_profile', 'apply'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.id, personId: null }),
  // `prison_service` reaches the whole tenant and has no column to compare: the directory query adds it.
  listScopes: { tenant: 'tenant', own_organisation: 'organisation' },
});
