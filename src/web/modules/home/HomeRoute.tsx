import { Navigate } from 'react-router';
import { mustEnrolSecondFactor } from '../../../contracts/identity';
import { HomePage } from '../../app/pages/HomePage';
import { SessionPending } from '../../app/session/SessionPending';
import { useSession } from '../../app/session/session-query';
import { SECOND_FACTOR_PATH } from '../identity/second-factor/second-factor-path';
import { RoleHomePage } from './RoleHomePage';

/**
 * `/`: the signed-in user's role home, or the public introduction to Pathways for everyone else
 * (also when the session cannot be checked: the introduction holds nothing personal).
 */
export function HomeRoute() {
  const session = useSession();
  if (session.data) {
    // The role home is closed (403 everywhere) until a required second factor is set up.
    if (mustEnrolSecondFactor(session.data)) return <Navigate to={SECOND_FACTOR_PATH} replace />;
    return <RoleHomePage session={session.data} />;
  }
  if (session.isPending) return <SessionPending />;
  return <HomePage />;
}
