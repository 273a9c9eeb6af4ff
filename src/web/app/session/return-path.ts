import type { Location } from 'react-router';

export const SIGN_IN_PATH = '/sign-in';
const RETURN_PARAMETER = 'next';

/** The sign-in address that brings the user back to `location` afterwards. */
export function signInPathFor(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  const back = `${location.pathname}${location.search}${location.hash}`;
  if (back === '/' || location.pathname === SIGN_IN_PATH) return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?${new URLSearchParams({ [RETURN_PARAMETER]: back })}`;
}

/**
 * Where to go after signing in: the `next` parameter when it is a path of this site, else home.
 * Anything else (`//evil.example`, `https://…`, `/\evil`) is ignored, so a crafted sign-in link cannot
 * send the user to another site.
 */
export function returnPathFrom(search: string): string {
  const next = new URLSearchParams(search).get(RETURN_PARAMETER);
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`)) return '/';
  return next;
}
