import {
  ACCESS_TIERS,
  type AccessTier,
  type EligibilityQuery,
  INTERVENTION_TYPES,
  type InterventionType,
} from '../../../contracts/registry';

// The question lives in the page's address (facilityId, on, interventionType, accessTier), so an
// answer can be shared, bookmarked and asked again. Anything malformed in it is left out.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface QuestionDraft {
  facilityId: string;
  on: string;
  interventionType: InterventionType | '';
  accessTier: AccessTier;
}

const isInterventionType = (text: string): text is InterventionType =>
  (INTERVENTION_TYPES as readonly string[]).includes(text);
const isAccessTier = (text: string): text is AccessTier => (ACCESS_TIERS as readonly string[]).includes(text);

export const isPractitionerId = (text: string) => UUID.test(text);

/** The form's fields as the address gives them. */
export function draftOf(params: URLSearchParams): QuestionDraft {
  const facilityId = params.get('facilityId') ?? '';
  const on = params.get('on') ?? '';
  const interventionType = params.get('interventionType') ?? '';
  const accessTier = params.get('accessTier') ?? '';
  return {
    facilityId: UUID.test(facilityId) ? facilityId : '',
    on: DAY.test(on) ? on : '',
    interventionType: isInterventionType(interventionType) ? interventionType : '',
    accessTier: isAccessTier(accessTier) ? accessTier : 'regular',
  };
}

/** The question to ask, once the draft names a facility and a kind of intervention. */
export function questionOf(draft: QuestionDraft): EligibilityQuery | null {
  if (draft.facilityId === '' || draft.interventionType === '') return null;
  return {
    facilityId: draft.facilityId,
    interventionType: draft.interventionType,
    accessTier: draft.accessTier,
    ...(draft.on ? { on: draft.on } : {}),
  };
}

/** The address parameters of a question. */
export function paramsOf(draft: QuestionDraft): URLSearchParams {
  const params = new URLSearchParams();
  if (draft.facilityId) params.set('facilityId', draft.facilityId);
  if (draft.on) params.set('on', draft.on);
  if (draft.interventionType) params.set('interventionType', draft.interventionType);
  params.set('accessTier', draft.accessTier);
  return params;
}
