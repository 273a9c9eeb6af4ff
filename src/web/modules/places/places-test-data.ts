import type { AdminFacility, AdminOrganisation } from '../../../contracts/administration';
import { ADMINISTRATION_IDS, adminFacility, adminOrganisation } from '../../testing/administration-test-data';

// Answers of the organisation and facility administration API for the unit tests of its screens:
// a small, fictional service.

export const IDS = {
  ...ADMINISTRATION_IDS,
  probation: '0190c2a0-0000-7000-8000-000000000b04',
  created: '0190c2a0-0000-7000-8000-000000000b05',
  newFacility: '0190c2a0-0000-7000-8000-000000000c03',
} as const;

export {
  adminFacility as facility,
  adminOrganisation as organisation,
  adminSession,
  BRIDGES,
} from '../../testing/administration-test-data';

const organisation = adminOrganisation;
const facility = adminFacility;

/** The service's organisations in the server's order: by kind, then name. */
export function organisations(): AdminOrganisation[] {
  return [
    organisation({ id: IDS.prison, kind: 'prison_service', name: 'Meridia Prison Service' }),
    organisation({ id: IDS.probation, kind: 'probation_service', name: 'Meridia Probation Service' }),
    organisation(),
    organisation({ id: IDS.operator, kind: 'operator', name: 'Pathways Platform Operations' }),
  ];
}

/** The service's facilities in the server's order: by name. */
export function facilities(): AdminFacility[] {
  return [
    facility(),
    facility({
      id: IDS.women,
      code: 'WOMEN',
      name: 'Women’s Prison',
      kind: 'women',
      capacity: null,
    }),
  ];
}
