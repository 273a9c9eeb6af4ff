import autocannon from 'autocannon';
import { type CpuPerRequest, cpuPerRequest, readCpu } from './cpu.ts';
import type { BenchRequest } from './routes.ts';
import type { BenchSettings } from './settings.ts';

/** What one route on one target achieved in the measured window. */
export interface Measurement {
  requestsPerSecond: number;
  /** p95 is computed from every 2xx response's time (autocannon's summary has no p95). */
  latencyMs: { p50: number; p90: number; p95: number; p99: number; average: number; max: number };
  requests: number;
  durationSeconds: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** CPU per request in the measured window, where /proc can be read (cpu.ts). */
  cpu?: CpuPerRequest | undefined;
}

/**
 * Drives `request` at `baseUrl` with autocannon from this process (the server is another process):
 * a warm-up whose figures are discarded (JIT, pools, caches), then the measured run.
 */
export async function measure(
  baseUrl: string,
  request: BenchRequest,
  settings: BenchSettings,
  serverPid?: number,
): Promise<Measurement> {
  const options = {
    url: new URL(request.path, baseUrl).toString(),
    method: request.method,
    connections: settings.connections,
    ...(request.headers ? { headers: request.headers } : {}),
    ...(request.body !== undefined ? { body: request.body } : {}),
    // A route with several paths (e.g. a set of search queries): each connection sends them in turn,
    // or, sent once each, the next path of the list, whoever asks.
    ...(request.paths ? { requests: requestsOf(request) } : {}),
  };
  if (settings.warmupSeconds > 0) await autocannon({ ...options, duration: settings.warmupSeconds });
  const times: number[] = [];
  const cpuBefore = readCpu(serverPid);
  const run = autocannon({ ...options, duration: settings.durationSeconds });
  run.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode >= 200 && statusCode < 300) times.push(responseTimeMs);
  });
  const result = await run;
  const cpuAfter = readCpu(serverPid);
  return {
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p95: percentile(times, 0.95),
      p99: result.latency.p99,
      average: result.latency.average,
      max: result.latency.max,
    },
    requests: result.requests.total,
    durationSeconds: result.duration,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([status, stats]) => [status, stats.count]),
    ),
    cpu: cpuPerRequest(cpuBefore, cpuAfter, result.requests.total),
  };
}

/** The value below which this share of the times lie (nearest rank), in whole milliseconds as autocannon reports. */
function percentile(times: number[], share: number): number {
  if (times.length === 0) return 0;
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0);
}

/** What autocannon sends for a route of several paths. */
function requestsOf(request: BenchRequest) {
  const paths = request.paths ?? [];
  if (!request.pathsOnce) return paths.map((path) => ({ method: request.method, path }));
  // The first path was sent by checkOnce; the warm-up and the run share the rest.
  const next = unsentPaths.get(request) ?? 1;
  unsentPaths.set(request, next);
  return [
    {
      method: request.method,
      path: request.path,
      setupRequest: (sent: { path?: string }) => {
        const index = unsentPaths.get(request) ?? 1;
        const path = paths[index];
        if (path === undefined) throw new Error(`${request.path}: all ${paths.length} paths were sent once`);
        unsentPaths.set(request, index + 1);
        return { ...sent, path };
      },
    },
  ];
}

/** For each route whose paths are sent once: the index of the next path not sent yet. */
const unsentPaths = new WeakMap<BenchRequest, number>();

/**
 * One request before the load: a route that fails outright is reported as such, not as a fast 404.
 * Every path of a route, or only the first of one whose paths are sent once.
 */
export async function checkOnce(baseUrl: string, request: BenchRequest): Promise<void> {
  const paths = request.pathsOnce ? [request.path] : (request.paths ?? [request.path]);
  for (const path of paths) await checkPath(baseUrl, { ...request, path });
}

async function checkPath(baseUrl: string, request: BenchRequest): Promise<void> {
  const response = await fetch(new URL(request.path, baseUrl), {
    method: request.method,
    ...(request.headers ? { headers: request.headers } : {}),
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  const body = await response.text();
  if (!response.ok) {
    throw new Error(`${request.method} ${request.path} answered ${response.status} before the load: ${body}`);
  }
}
