import {
  ORGANISATION_DOCUMENT_ACTIONS,
  type OrganisationDocumentAction,
} from '../../../../contracts/registry-documents.ts';
import { definePolicy } from '../../access/policy.ts';
import { type RegistryOrganisationRecord, registryOrganisationPolicy } from '../organisations/policy.ts';

// Who may see and add to an organisation's documents. They are judged on the organisation, related
// exactly as its registry record is (organisations/policy.ts): the administrator of the tenant; the
// prison staff who decide on accreditation (director, security officer of any facility), who read
// them to decide; the organisation's own coordinator, who files them. Gate officers check
// eligibility, not papers; practitioners file nothing for their organisation.

export { ORGANISATION_DOCUMENT_ACTIONS, type OrganisationDocumentAction };

export const organisationDocumentPolicy = definePolicy({
  entity: 'organisation',
  actions: ORGANISATION_DOCUMENT_ACTIONS,
  relationships: ['tenant', 'prison_service', 'own_organisation'],
  relate: (held, actor, record: RegistryOrganisationRecord) =>
    registryOrganisationPolicy.relate(held, actor, record),
  table: {
    administrator: { tenant: ['read', 'upload'] },
    director: { prison_service: ['read'] },
    security_officer: { prison_service: ['read'] },
    cso_coordinator: { own_organisation: ['read', 'upload'] },
  },
  subject: (record) => registryOrganisationPolicy.subject(record),
});
