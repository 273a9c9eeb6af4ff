import type {
  ORGANISATION_KINDS as CONTRACT_ORGANISATION_KINDS,
  PASSWORD_MAX_LENGTH as CONTRACT_PASSWORD_MAX_LENGTH,
  ROLES as CONTRACT_ROLES,
} from '../../../contracts/identity.ts';
import type { Problem as ContractProblem } from '../../../contracts/problem.ts';
import { Problem } from '../../platform/http/problem.ts';
import type { PASSWORD_MAX_LENGTH } from './passwords/hashing.ts';
import type { ORGANISATION_KINDS, ROLES } from './roles.ts';

// The identity API's request and response shapes live in src/contracts/identity.ts, shared with the
// web app; the server names them from here.
export {
  LoginRequest,
  SessionList,
  SessionParams,
  SessionSummary,
  SignedIn,
} from '../../../contracts/identity.ts';

/**
 * The contract keeps its own copies of the role list, the organisation kinds, the password limit and
 * the problem shape (contracts import nothing from the server). Any drift between those copies and
 * the server's own fails type-checking here, with the mismatching pair named.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const CONTRACT_MATCHES_SERVER: {
  roles: Same<typeof ROLES, typeof CONTRACT_ROLES>;
  organisationKinds: Same<typeof ORGANISATION_KINDS, typeof CONTRACT_ORGANISATION_KINDS>;
  passwordMaxLength: Same<typeof PASSWORD_MAX_LENGTH, typeof CONTRACT_PASSWORD_MAX_LENGTH>;
  problem: Same<Problem, ContractProblem>;
} = { roles: true, organisationKinds: true, passwordMaxLength: true, problem: true };

/** The error answers every signed-in route can give (401 auth.unauthenticated, 403 auth.csrf), for OpenAPI. */
export const SIGNED_IN_ERRORS = { 401: Problem, 403: Problem };

/** Sign-in's errors: 400 request.validation, 401 auth.invalid_credentials or auth.mfa_required, 429 auth.throttled. */
export const LOGIN_ERRORS = { 400: Problem, 401: Problem, 429: Problem };
