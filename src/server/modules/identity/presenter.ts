import type { Environment } from '../../platform/config/config.ts';
import type { Profile } from './directory/accounts.ts';
import { mfaRequirement } from './mfa-policy.ts';
import type { SignedIn } from './schemas.ts';

/** The signed-in user as the API answers it; the response schema is the last filter. */
export function presentSignedIn(
  profile: Profile,
  session: { id: string; expiresAt: Date },
  csrfToken: string,
  environment: Environment,
): SignedIn {
  const roles = profile.roles.map((held) => held.role);
  return {
    user: {
      id: profile.user.id,
      username: profile.user.username,
      displayName: profile.user.displayName,
      mfa: {
        requirement: mfaRequirement(roles, profile.tenant, environment),
        enrolled: profile.user.mfaEnrolledAt !== null,
      },
    },
    tenant: profile.tenant,
    organisation: profile.organisation,
    roles: profile.roles,
    session: { id: session.id, expiresAt: session.expiresAt.toISOString() },
    csrfToken,
  };
}
