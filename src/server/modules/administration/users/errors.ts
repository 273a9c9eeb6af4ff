import { AppError } from '../../../platform/http/problem.ts';

/** Usernames are unique across the installation, so a taken one may belong to another tenant. */
export const usernameTaken = () =>
  new AppError(409, 'user.username_taken', 'Username taken', 'Choose another username.', [
    { path: '/body/username', code: 'taken', message: 'this username is taken' },
  ]);

/** An administrator or coordinator may not lock themselves out; another administrator can. */
export const selfDeactivation = () =>
  new AppError(409, 'user.self_deactivation', 'Cannot deactivate yourself', 'Ask another administrator.');

/**
 * An administrator may not take away their own administrator role: a tenant must not lose its last
 * administrator by a slip. Another administrator can do it.
 */
export const selfDemotion = () =>
  new AppError(
    409,
    'user.self_demotion',
    'Cannot remove your own administrator role',
    'Ask another administrator.',
    [{ path: '/body/roles', code: 'self_demotion', message: 'keep your administrator role' }],
  );

/** Whether a database error (wrapped by drizzle in `cause`) is a unique violation. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  while (current instanceof Error) {
    if ((current as Error & { code?: unknown }).code === '23505') return true;
    current = current.cause;
  }
  return false;
}
