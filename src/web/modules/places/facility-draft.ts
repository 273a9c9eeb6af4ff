import type { TFunction } from 'i18next';
import type {
  AdminFacility,
  CreateFacilityRequest,
  FacilityKindName,
  UpdateFacilityRequest,
} from '../../../contracts/administration';
import { capacityProblem, codeProblem, nameProblem, normaliseCode, readCapacity } from './check-place';
import type { PlaceProblems } from './place-problems';

/** What the facility forms hold while being filled in: text as typed, nothing chosen yet as ''. */
export interface FacilityDraft {
  name: string;
  kind: FacilityKindName | '';
  /** Null until a zone is chosen. */
  timeZone: string | null;
  /** As typed; empty means "not recorded". */
  capacity: string;
}

export interface NewFacilityDraft extends FacilityDraft {
  code: string;
  organisationId: string;
}

export const emptyFacilityDraft = (organisationId = ''): NewFacilityDraft => ({
  code: '',
  name: '',
  kind: '',
  timeZone: null,
  capacity: '',
  organisationId,
});

/** The form's starting point for changing a facility. */
export function draftOf(facility: AdminFacility): FacilityDraft {
  return {
    name: facility.name,
    kind: facility.kind,
    timeZone: facility.timeZone,
    capacity: facility.capacity === null ? '' : String(facility.capacity),
  };
}

/** The problems of the fields a new and an existing facility share. */
export function facilityDraftProblems(draft: FacilityDraft, t: TFunction): PlaceProblems['fields'] {
  const fields: PlaceProblems['fields'] = {};
  const name = nameProblem(draft.name, t);
  if (name) fields.name = name;
  if (draft.kind === '') fields.kind = t('places.errors.kindRequired');
  if (!draft.timeZone) fields.timeZone = t('places.errors.timeZoneRequired');
  const capacity = capacityProblem(draft.capacity, t);
  if (capacity) fields.capacity = capacity;
  return fields;
}

/** Every problem of a new facility that can be told before sending, in the order of the form. */
export function newFacilityProblems(draft: NewFacilityDraft, t: TFunction): PlaceProblems['fields'] {
  const fields: PlaceProblems['fields'] = {};
  const code = codeProblem(draft.code, t);
  if (code) fields.code = code;
  Object.assign(fields, facilityDraftProblems(draft, t));
  if (draft.organisationId === '') fields.organisationId = t('places.errors.prisonServiceRequired');
  return fields;
}

function capacityOf(text: string): number | null {
  const reading = readCapacity(text);
  if (!reading.ok) throw new Error('capacity sent without being checked');
  return reading.value;
}

/** The request for a checked draft (`newFacilityProblems` found nothing). */
export function createRequestOf(draft: NewFacilityDraft): CreateFacilityRequest {
  if (draft.kind === '' || !draft.timeZone) throw new Error('facility sent without being checked');
  const capacity = capacityOf(draft.capacity);
  return {
    code: normaliseCode(draft.code),
    name: draft.name.trim(),
    kind: draft.kind,
    timeZone: draft.timeZone,
    ...(capacity === null ? {} : { capacity }),
    organisationId: draft.organisationId,
  };
}

/** Only what differs from the facility as it is (the server also ignores unchanged values). */
export function changesOf(facility: AdminFacility, draft: FacilityDraft): UpdateFacilityRequest {
  const changes: UpdateFacilityRequest = {};
  const name = draft.name.trim();
  if (name !== facility.name) changes.name = name;
  if (draft.kind !== '' && draft.kind !== facility.kind) changes.kind = draft.kind;
  if (draft.timeZone && draft.timeZone !== facility.timeZone) changes.timeZone = draft.timeZone;
  const capacity = capacityOf(draft.capacity);
  if (capacity !== facility.capacity) changes.capacity = capacity;
  return changes;
}
