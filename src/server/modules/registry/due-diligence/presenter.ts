import {
  DUE_DILIGENCE_ACTIONS,
  DUE_DILIGENCE_KINDS,
  type DueDiligenceAction,
  type DueDiligenceCheck,
  type DueDiligenceChecklist,
  type DueDiligenceKind,
  type DueDiligenceOutcome,
} from '../../../../contracts/registry-review.ts';
import { type SensitivityClass, withoutHiddenFields } from '../../access/sensitivity.ts';
import { latestOfEachKind, outstandingKinds } from './checklist.ts';
import type { CheckWithChecker } from './repository.ts';
import { type CheckDetails, checkSensitivity, OUTCOME_CLASS } from './sensitivity.ts';

// The checklist as the API answers it. The reader's classes drop what they may not see before
// anything is shaped: a coordinator is told for each kind whether it is done or outstanding, and
// nothing of the checks (no result, day, history, evidence or checker); prison staff see it all.
// The response schema is the last filter.

const detailsOf = (row: CheckWithChecker): CheckDetails => ({
  id: row.id,
  kind: row.kind,
  result: row.result,
  checkedOn: row.checkedOn,
  checkedBy: { userId: row.checkedBy, displayName: row.checkerName },
  evidence: row.evidence,
  recordedAt: row.recordedAt,
});

function presentCheck(row: CheckWithChecker, classes: ReadonlySet<SensitivityClass>): DueDiligenceCheck {
  const shown = withoutHiddenFields(checkSensitivity, detailsOf(row), classes);
  // Checks are presented only to a reader who sees their results: missing, the other fields mean a
  // rule changed without this presenter following.
  if (!shown.id || !shown.kind || !shown.result || !shown.checkedOn || !shown.recordedAt) {
    throw new Error('a due diligence check was presented without its fields');
  }
  return {
    id: shown.id,
    kind: shown.kind,
    result: shown.result,
    checkedOn: shown.checkedOn,
    recordedAt: shown.recordedAt.toISOString(),
    ...(shown.checkedBy ? { checkedBy: shown.checkedBy } : {}),
    ...(shown.evidence !== undefined ? { evidence: shown.evidence } : {}),
  };
}

/** The organisation's checklist from its checks (newest first), for a reader with these classes and actions. */
export function presentChecklist(
  organisationId: string,
  required: boolean,
  newestFirst: readonly CheckWithChecker[],
  classes: ReadonlySet<SensitivityClass>,
  allowed: readonly DueDiligenceAction[],
): DueDiligenceChecklist {
  if (!classes.has(OUTCOME_CLASS)) throw new Error('a due diligence checklist was read without its outcomes');
  const latest = latestOfEachKind(newestFirst);
  const outstanding = new Set(outstandingKinds(latest));
  const outcomeOf = (kind: DueDiligenceKind): DueDiligenceOutcome =>
    outstanding.has(kind) ? 'outstanding' : 'done';
  const satisfied = DUE_DILIGENCE_KINDS.length - outstanding.size;
  const summary = {
    organisationId,
    required,
    satisfied,
    complete: outstanding.size === 0,
    actions: DUE_DILIGENCE_ACTIONS.filter((action) => allowed.includes(action)),
  };
  // A reader who may not see what a check found sees none of the checks: a check not satisfied,
  // and every re-check, would otherwise show through its day, its id or the history's length.
  if (!classes.has(checkSensitivity.fields.result)) {
    return { ...summary, items: DUE_DILIGENCE_KINDS.map((kind) => ({ kind, outcome: outcomeOf(kind) })) };
  }
  const history = newestFirst.map((row) => presentCheck(row, classes));
  const shown = new Map(history.map((check) => [check.id, check]));
  return {
    ...summary,
    items: DUE_DILIGENCE_KINDS.map((kind) => {
      const held = latest.get(kind);
      return { kind, outcome: outcomeOf(kind), latest: held ? (shown.get(held.id) ?? null) : null };
    }),
    history,
  };
}
