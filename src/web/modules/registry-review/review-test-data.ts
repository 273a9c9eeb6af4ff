import {
  DUE_DILIGENCE_KINDS,
  type DueDiligenceCheck,
  type DueDiligenceChecklist,
  type DueDiligenceKind,
  type ReviewQueue,
} from '../../../contracts/registry-review';
import { BRIDGES, IDS, OPEN_DOORS } from '../registry/registry-test-data';

// Answers of the due diligence and review queue API for the screens' tests, shaped by the shared
// contracts, each test changing only what it is about.

export const CHECKER = { userId: IDS.director, displayName: 'Karim Haddad' };

export function check(kind: DueDiligenceKind, overrides: Partial<DueDiligenceCheck> = {}): DueDiligenceCheck {
  return {
    id: `0190c2a0-0000-7000-8000-0000000001${DUE_DILIGENCE_KINDS.indexOf(kind)}0`,
    kind,
    result: 'satisfied',
    checkedOn: '2026-05-04',
    checkedBy: CHECKER,
    evidence: `Looked at for ${kind}.`,
    recordedAt: '2026-05-04T09:00:00.000Z',
    ...overrides,
  };
}

/** A checklist from the checks that hold (newest first), as the server presents it. */
export function checklist(
  held: DueDiligenceCheck[],
  overrides: Partial<DueDiligenceChecklist> = {},
): DueDiligenceChecklist {
  const satisfied = held.filter((each) => each.result === 'satisfied').length;
  return {
    organisationId: IDS.openDoors,
    required: true,
    items: DUE_DILIGENCE_KINDS.map((kind) => {
      const latest = held.find((each) => each.kind === kind) ?? null;
      return { kind, outcome: latest?.result === 'satisfied' ? 'done' : 'outstanding', latest };
    }),
    satisfied,
    complete: satisfied === DUE_DILIGENCE_KINDS.length,
    history: held,
    actions: ['read', 'record_check'],
    ...overrides,
  };
}

/**
 * A checklist as the server presents it to the organisation's coordinator: each kind done or
 * outstanding, and nothing of the checks (no result, day, history, evidence or checker).
 */
export function coordinatorChecklist(
  done: DueDiligenceKind[],
  overrides: Partial<DueDiligenceChecklist> = {},
): DueDiligenceChecklist {
  return {
    organisationId: IDS.openDoors,
    required: true,
    items: DUE_DILIGENCE_KINDS.map((kind) => ({
      kind,
      outcome: done.includes(kind) ? 'done' : 'outstanding',
    })),
    satisfied: done.length,
    complete: done.length === DUE_DILIGENCE_KINDS.length,
    actions: ['read'],
    ...overrides,
  };
}

export function reviewQueue(overrides: Partial<ReviewQueue> = {}): ReviewQueue {
  return {
    on: '2026-11-29',
    applications: [
      {
        organisation: { id: IDS.openDoors, name: OPEN_DOORS },
        status: 'under_review',
        appliedOn: '2026-10-20',
        daysWaiting: 40,
        dueDiligence: { required: true, satisfied: 2, total: 5 },
      },
    ],
    accreditations: [
      { organisation: { id: IDS.bridges, name: BRIDGES }, validUntil: '2026-11-01', daysLeft: -28 },
    ],
    vetting: [
      {
        practitioner: { id: IDS.pablo, displayName: 'Pablo Ortega' },
        organisation: { id: IDS.openDoors, name: OPEN_DOORS },
        reason: 'missing',
        lastOutcome: null,
        expiresOn: null,
        daysLeft: null,
      },
      {
        practitioner: { id: '0190c2a0-0000-7000-8000-0000000000e2', displayName: 'Leila Mansour' },
        organisation: { id: IDS.bridges, name: BRIDGES },
        reason: 'expiring',
        lastOutcome: 'cleared',
        expiresOn: '2027-01-10',
        daysLeft: 42,
      },
    ],
    agreements: [],
    actions: ['read'],
    ...overrides,
  };
}
