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
