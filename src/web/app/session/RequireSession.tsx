import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { mustEnrolSecondFactor } from '../../../contracts/identity';
import { SECOND_FACTOR_PATH } from '../../modules/identity/second-factor/second-factor-path';
import { signInPathFor } from './return-path';
import { SessionPending } from './SessionPending';
import { SessionUnavailable } from './SessionUnavailable';
import { forgetSession, useSession } from './session-query';

/**
 * The gate of every page that needs a signed-in user: signed out, it sends them to the sign-in page,
 * which brings them back here afterwards. A user who must still set up a second factor goes to
 * `/account/second-factor` instead of any other protected page. It only spares a useless screen: the server refuses every
 * request of such pages on its own (docs/security.md).
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();

  // A signed-in user keeps the page even when a background re-check fails; one whose roles need a
  // second factor sets it up first (the server answers every other page 403 until then).
  if (session.data) {
    if (mustEnrolSecondFactor(session.data) && location.pathname !== SECOND_FACTOR_PATH) {
      return <Navigate to={SECOND_FACTOR_PATH} replace />;
    }
    return <Outlet />;
  }
  if (session.data === null) return <RedirectToSignIn />;
  if (session.isError) return <SessionUnavailable error={session.error} onRetry={() => session.refetch()} />;
  return <SessionPending />;
}

/** Drops what the cache holds of the ended session (the protected page is gone by now), then redirects. */
function RedirectToSignIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const target = signInPathFor(location);

  useEffect(() => {
    forgetSession(queryClient);
    navigate(target, { replace: true })?.catch((error: unknown) => {
      console.error('Pathways: could not open the sign-in page', error);
    });
  }, [navigate, queryClient, target]);

  return <SessionPending />;
}
