import type { Role } from '../identity/roles.ts';

/**
 * The roles that work with the registry at all: the administrator, the prison staff who decide or
 * check access (director, security officer, gate officer), and civil society's coordinators and
 * practitioners. Which records each may see is each entity's policy's say.
 */
export const REGISTRY_ROLES = [
  'administrator',
  'director',
  'security_officer',
  'gate_officer',
  'cso_coordinator',
  'cso_practitioner',
] as const satisfies readonly Role[];
