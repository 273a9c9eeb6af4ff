import type { ParseKeys, TFunction } from 'i18next';
import type { FacilityKindName } from '../../../contracts/administration';
import type { OrganisationKindName } from '../../../contracts/identity';

interface Label {
  labelKey: ParseKeys;
}

// The kinds of organisation already have their names in the audit screens' catalogue (the trail
// names the organisation of each actor); one set of words for both screens keeps them consistent.
const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKindName, Label>> = {
  prison_service: { labelKey: 'audit.organisationKinds.prisonService' },
  probation_service: { labelKey: 'audit.organisationKinds.probationService' },
  civil_society: { labelKey: 'audit.organisationKinds.civilSociety' },
  oversight_body: { labelKey: 'audit.organisationKinds.oversightBody' },
  operator: { labelKey: 'audit.organisationKinds.operator' },
};

const FACILITY_KIND_LABELS: Readonly<Record<FacilityKindName, Label>> = {
  men: { labelKey: 'places.facilityKinds.men' },
  women: { labelKey: 'places.facilityKinds.women' },
  juvenile: { labelKey: 'places.facilityKinds.juvenile' },
  mixed: { labelKey: 'places.facilityKinds.mixed' },
};

/** A kind of organisation in words. */
export function organisationKindLabel(t: TFunction, kind: OrganisationKindName): string {
  return t(ORGANISATION_KIND_LABELS[kind].labelKey);
}

/** A kind of facility in words (whom it holds). */
export function facilityKindLabel(t: TFunction, kind: FacilityKindName): string {
  return t(FACILITY_KIND_LABELS[kind].labelKey);
}
