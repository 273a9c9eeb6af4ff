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
