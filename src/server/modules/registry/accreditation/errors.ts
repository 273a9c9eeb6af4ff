import { AppError } from '../../../platform/http/problem.ts';
import type { AccreditationStanding } from './lifecycle.ts';

/** The lifecycle has no such step from where the organisation stands (lifecycle.ts). */
export const transitionNotAllowed = (from: AccreditationStanding, to: string) =>
  new AppError(
    409,
    'accreditation.transition_not_allowed',
    'Transition not allowed',
    `An accreditation cannot go from ${from} to ${to}.`,
    [{ path: '/body/status', code: 'transition_not_allowed', message: `cannot go from ${from} to ${to}` }],
  );

/** An application states who the organisation is: its profile comes first. */
export const profileMissing = () =>
  new AppError(
    409,
    'registry.profile_missing',
    'Profile missing',
    'Write the organisation’s profile before applying.',
    [{ path: '/body/status', code: 'profile_missing', message: 'the organisation has no profile yet' }],
  );

/**
 * A service provider is accredited only once the latest check of each due diligence kind is
 * satisfied (due-diligence/require-checklist.ts). Each kind still outstanding is one error, naming
 * the kind first, with whether it was never checked or checked and not satisfied.
 */
export const dueDiligenceIncomplete = (outstanding: readonly { kind: string; checked: boolean }[]) =>
  new AppError(
    409,
    'accreditation.due_diligence_incomplete',
    'Due diligence incomplete',
    `Accreditation needs every due diligence check satisfied; outstanding: ${outstanding
      .map((each) => each.kind)
      .join(', ')}.`,
    outstanding.map(({ kind, checked }) => ({
      path: '/body/status',
      code: checked ? 'due_diligence_not_satisfied' : 'due_diligence_missing',
      message: checked ? `${kind} was checked and not satisfied` : `${kind} has no check recorded`,
    })),
  );
