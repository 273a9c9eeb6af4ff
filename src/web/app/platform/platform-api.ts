import { useQuery } from '@tanstack/react-query';
import type { PlatformInfo } from '../../../contracts/platform';

export const PLATFORM_PATH = '/api/v1/platform';
export const platformQueryKey = ['platform'] as const;

/** `GET /api/v1/platform`: public facts about this installation. Throws on any failure. */
export async function fetchPlatformInfo(signal?: AbortSignal): Promise<PlatformInfo> {
  const response = await fetch(PLATFORM_PATH, { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`GET ${PLATFORM_PATH} answered ${response.status}`);
  const body: unknown = await response.json();
  if (!isPlatformInfo(body)) throw new Error(`GET ${PLATFORM_PATH} answered an unexpected shape`);
  return body;
}

export function usePlatformInfo() {
  return useQuery({
    queryKey: platformQueryKey,
    queryFn: ({ signal }) => fetchPlatformInfo(signal),
    staleTime: 5 * 60_000,
  });
}

const ENVIRONMENTS: ReadonlySet<unknown> = new Set(['development', 'production', 'test']);

/**
 * Structural check of the response against the shared contract. Written by hand rather than with
 * TypeBox's `Value.Check`, which probes `new Function` and so trips the page's CSP (no 'unsafe-eval').
 */
export function isPlatformInfo(value: unknown): value is PlatformInfo {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.name === 'string' &&
    typeof candidate.version === 'string' &&
    ENVIRONMENTS.has(candidate.environment) &&
    typeof candidate.demoData === 'boolean' &&
    Array.isArray(candidate.languages) &&
    candidate.languages.every((language) => typeof language === 'string')
  );
}
