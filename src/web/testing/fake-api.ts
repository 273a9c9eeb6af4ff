import { vi } from 'vitest';
import type { SessionSummary, SignedIn } from '../../contracts/identity';
import type { PlatformInfo } from '../../contracts/platform';

// The network boundary of the web unit tests: `fetch` stubbed with a table of answers, every request
// recorded. Nothing else of the app is replaced.

export interface RecordedRequest {
  method: string;
  path: string;
  /** The query string, with its "?" (empty when none). */
  search: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

export type Answer = (request: RecordedRequest) => Response | Promise<Response>;

export const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}): Answer =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

export const noContent = (): Answer => () => new Response(null, { status: 204 });

/** A problem+json answer as the server renders it. */
export const problem =
  (
    status: number,
    code: string,
    extra: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Answer =>
  () =>
    new Response(
      JSON.stringify({
        type: `urn:pathways:problem:${code}`,
        title: code,
        status,
        code,
        requestId: 'req-1',
        ...extra,
      }),
      { status, headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers } },
    );

export const unreachable = (): Answer => () => Promise.reject(new TypeError('Failed to fetch'));

export const demoPlatform: PlatformInfo = {
  name: 'Pathways',
  version: '0.1.0',
  environment: 'development',
  demoData: true,
  languages: ['en', 'fr', 'es', 'ru', 'zh', 'ar'],
};

/** The answer of `/me` for the demo case manager of Central Prison (CONTRACT.md). */
export function caseManagerSession(overrides: Partial<SignedIn> = {}): SignedIn {
  return {
    user: {
      id: '0190c2a0-0000-7000-8000-000000000001',
      username: 'case.central',
      displayName: 'Leïla Trabelsi',
      mfa: { requirement: 'exempt', enrolled: false },
    },
    tenant: {
      id: '0190c2a0-0000-7000-8000-0000000000aa',
      slug: 'demo',
      name: 'Meridia Prison Service',
      isDemo: true,
    },
    organisation: {
      id: '0190c2a0-0000-7000-8000-0000000000bb',
      kind: 'prison_service',
      name: 'Meridia Prison Service',
    },
    roles: [
      {
        role: 'case_manager',
        scope: 'facility',
        facility: { id: '0190c2a0-0000-7000-8000-0000000000cc', code: 'CENTRAL', name: 'Central Prison' },
        organisation: null,
      },
    ],
    session: { id: '0190c2a0-0000-7000-8000-0000000000dd', expiresAt: '2026-03-09T20:00:00.000Z' },
    csrfToken: 'csrf-token-of-this-session',
    ...overrides,
  };
}

export function sessionSummary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id: '0190c2a0-0000-7000-8000-0000000000dd',
    createdAt: '2026-03-09T08:00:00.000Z',
    lastSeenAt: '2026-03-09T09:30:00.000Z',
    expiresAt: '2026-03-09T20:00:00.000Z',
    userAgent:
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
    address: '192.0.2.10',
    current: true,
    ...overrides,
  };
}

/**
 * Replaces the global `fetch` with one that answers from `answers` (keyed "METHOD /path"). Unless
 * told otherwise the platform endpoint answers demo data, `/me` answers 401 (signed out), and
 * anything else 404.
 * `answer(key, …)` changes an answer mid-test.
 */
export function stubApi(answers: Record<string, Answer> = {}) {
  const table = new Map<string, Answer>([
    ['GET /api/v1/platform', json(demoPlatform)],
    ['GET /api/v1/me', problem(401, 'auth.unauthenticated')],
    ...Object.entries(answers),
  ]);
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://pathways.test');
    const text = typeof init.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = {
      method: (init.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      search: url.search,
      headers: new Headers(init.headers),
      credentials: init.credentials,
      body: text === undefined ? undefined : JSON.parse(text),
    };
    requests.push(request);
    const respond = table.get(`${request.method} ${request.path}`) ?? problem(404, 'not_found');
    return respond(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    fetchMock,
    answer(key: string, respond: Answer) {
      table.set(key, respond);
    },
    /** The requests made to one endpoint, e.g. "POST /api/v1/auth/login". */
    to(key: string) {
      return requests.filter((request) => `${request.method} ${request.path}` === key);
    },
  };
}
