import { HomePage } from '../../app/pages/HomePage';
import { SessionPending } from '../../app/session/SessionPending';
import { useSession } from '../../app/session/session-query';
import { RoleHomePage } from './RoleHomePage';

/**
 * `/`: the signed-in user's role home, or the public introduction to Pathways for everyone else
 * (also when the session cannot be checked: the introduction holds nothing personal).
 */
export function HomeRoute() {
  const session = useSession();
  if (session.data) return <RoleHomePage session={session.data} />;
  if (session.isPending) return <SessionPending />;
  return <HomePage />;
}
