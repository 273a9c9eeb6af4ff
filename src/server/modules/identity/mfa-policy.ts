import type { Environment } from '../../platform/config/config.ts';
import { type Role, readsPersonalData } from './roles.ts';

/**
 * Whether a user must present a second factor to sign in:
 * - `exempt`: a demonstration account (its tenant is a demo tenant and this is not production),
 *   as CONTRACT.md promises: demo accounts sign in with the password alone;
 * - `required`: one of the user's roles reads personal data;
 * - `optional`: none does (knowledge editors, analysts).
 */
export type MfaRequirement = 'exempt' | 'required' | 'optional';

export function mfaRequirement(
  roles: readonly Role[],
  tenant: { isDemo: boolean },
  environment: Environment,
): MfaRequirement {
  if (tenant.isDemo && environment !== 'production') return 'exempt';
  return roles.some(readsPersonalData) ? 'required' : 'optional';
}

/**
 * What a live session may do, decided afresh on every request from the user's requirement now:
 * - `full`: everything its roles allow — the user needs no second factor, or this session proved one;
 * - `enrolment_only`: the user must have a second factor and has none yet; the session may reach only
 *   the routes that set one up (marked `'second-factor-setup'`), so that a new user can get from their
 *   password to a full session;
 * - `ended`: the user must have a second factor and has one, but this session never proved it (it
 *   began before enrolment, or before a role made the factor required): sign in again.
 */
export type SessionStanding = 'full' | 'enrolment_only' | 'ended';

export function sessionStanding(
  requirement: MfaRequirement,
  user: { enrolled: boolean },
  session: { secondFactorVerified: boolean },
): SessionStanding {
  if (requirement !== 'required' || session.secondFactorVerified) return 'full';
  return user.enrolled ? 'ended' : 'enrolment_only';
}
