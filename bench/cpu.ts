import { readdirSync, readFileSync } from 'node:fs';

// CPU time per request, beside the throughput: on a machine of two cores shared by the server, the
// database and the load generator, where a request's CPU goes says more than its req/s (which also
// moves with whatever else the machine does). Read from /proc, so on Linux only; elsewhere the
// report shows a dash.

/** Linux reports process times in clock ticks of 1/100 s to user space (USER_HZ), on every architecture. */
const TICKS_PER_SECOND = 100;

/** CPU seconds, user and system, of the server process and of each PostgreSQL process by pid. */
export interface CpuReading {
  server: number;
  /** Every process named `postgres` on this machine: the server's backends, and any other work it does. */
  database: ReadonlyMap<string, number>;
}

/** Milliseconds of CPU per request between two readings. */
export interface CpuPerRequest {
  serverMs: number;
  databaseMs: number;
}

/** The CPU seconds of a process from the text of its /proc/<pid>/stat. */
export function cpuSecondsOfStat(stat: string): { command: string; seconds: number } {
  // The command sits in parentheses and may itself hold spaces and parentheses: the fields after
  // the last ")" are numbered from the state (field 3); utime and stime are fields 14 and 15.
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error(`not a /proc stat line: ${stat.slice(0, 80)}`);
  const fields = stat.slice(close + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks)) throw new Error(`no CPU times in the /proc stat line: ${stat.slice(0, 80)}`);
  return { command: stat.slice(open + 1, close), seconds: ticks / TICKS_PER_SECOND };
}

function statOf(pid: string | number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    // The process ended between listing and reading (or /proc is not there).
    return undefined;
  }
}

/** Now, for the server process `serverPid`; undefined where /proc is not to be read. */
export function readCpu(serverPid: number | undefined): CpuReading | undefined {
  if (process.platform !== 'linux' || serverPid === undefined) return undefined;
  const server = statOf(serverPid);
  if (server === undefined) return undefined;
  const database = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = statOf(entry);
    if (stat === undefined) continue;
    const { command, seconds } = cpuSecondsOfStat(stat);
    if (command === 'postgres') database.set(entry, seconds);
  }
  return { server: cpuSecondsOfStat(server).seconds, database };
}

/**
 * Between two readings of the same server, over `requests` requests. Each database process counts
 * what it spent between the readings (all of it, if it started in between). One that ended in
 * between is not seen at the second reading, so its last moments are missed: the database's
 * figure can err low, never high, and not by the time it spent before the first reading.
 */
export function cpuPerRequest(
  before: CpuReading | undefined,
  after: CpuReading | undefined,
  requests: number,
): CpuPerRequest | undefined {
  if (!before || !after || requests <= 0) return undefined;
  let database = 0;
  for (const [pid, seconds] of after.database) database += seconds - (before.database.get(pid) ?? 0);
  return {
    serverMs: ((after.server - before.server) * 1000) / requests,
    databaseMs: (Math.max(0, database) * 1000) / requests,
  };
}
