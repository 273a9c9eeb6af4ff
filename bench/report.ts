import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Measurement } from './load.ts';
import type { BenchSettings } from './settings.ts';
import type { TargetName } from './targets.ts';

export interface MeasuredRow {
  target: TargetName;
  route: string;
  /** Which turn of BENCH_ROUNDS measured it (1 when there is one). */
  round: number;
  connections: number;
  /** The routes this one is compared with on the same target, if any (see routes.ts). */
  comparedWith: readonly string[];
  measurement: Measurement;
}

export interface ResultRow extends MeasuredRow {
  /** requests/s ÷ the baseline's requests/s in this run: 1 would be as fast as bare node:http. */
  throughputRatio: number | null;
  /** p99 latency ÷ the baseline's p99 in this run: 1 would be as quick as bare node:http. */
  p99Ratio: number | null;
}

/**
 * One row per target and route: of several rounds, the one with the median throughput (the lower of
 * the two middle ones when their number is even), so that a table line is one real measurement.
 */
export function medianRounds(rows: readonly MeasuredRow[]): MeasuredRow[] {
  const groups = new Map<string, MeasuredRow[]>();
  for (const row of rows) {
    const key = `${row.target}\u0000${row.route}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const sorted = [...group].sort(
      (a, b) => a.measurement.requestsPerSecond - b.measurement.requestsPerSecond,
    );
    return sorted[Math.floor((sorted.length - 1) / 2)] as MeasuredRow;
  });
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Adds the ratios against the baseline's /healthz row of the same run. */
export function withRatios(rows: MeasuredRow[]): ResultRow[] {
  const baseline = rows.find((row) => row.target === 'baseline')?.measurement;
  return rows.map((row) => ({
    ...row,
    throughputRatio: baseline ? row.measurement.requestsPerSecond / baseline.requestsPerSecond : null,
    p99Ratio:
      baseline && baseline.latencyMs.p99 > 0 ? row.measurement.latencyMs.p99 / baseline.latencyMs.p99 : null,
  }));
}

export function failures(rows: readonly ResultRow[]): string[] {
  return rows
    .filter((row) => row.measurement.errors > 0 || row.measurement.non2xx > 0)
    .map(
      (row) =>
        `${row.target} ${row.route}: ${row.measurement.errors} errors (${row.measurement.timeouts} timeouts), ` +
        `${row.measurement.non2xx} non-2xx ${JSON.stringify(row.measurement.statusCodes)}`,
    );
}

/**
 * One line per compared pair, e.g. the audited read against the raw read on PostgreSQL: the
 * throughput ratio between them, and each one's p99, at the connections they were measured with.
 * With several rounds, the ratio is the median of each round's, and every round's is listed.
 */
export function formatComparisons(rows: readonly ResultRow[], rounds: readonly MeasuredRow[] = rows): string {
  const lines: string[] = [];
  for (const row of rows) {
    for (const compared of row.comparedWith) {
      const other = rows.find((candidate) => candidate.target === row.target && candidate.route === compared);
      if (!other) continue;
      const ratios = rounds
        .filter((mine) => mine.target === row.target && mine.route === row.route)
        .flatMap((mine) => {
          const theirs = rounds.find(
            (candidate) =>
              candidate.target === row.target &&
              candidate.route === compared &&
              candidate.round === mine.round,
          );
          return theirs ? [mine.measurement.requestsPerSecond / theirs.measurement.requestsPerSecond] : [];
        });
      lines.push(comparison(row, other, ratios));
    }
  }
  return lines.join('\n');
}

function comparison(row: ResultRow, other: ResultRow, ratios: readonly number[]): string {
  const ratio =
    ratios.length > 0
      ? median(ratios)
      : row.measurement.requestsPerSecond / other.measurement.requestsPerSecond;
  const eachRound =
    ratios.length > 1
      ? ` (median of ${ratios.length} rounds: ${ratios.map((value) => value.toFixed(2)).join(', ')})`
      : '';
  return (
    `${row.target}: ${row.route} at ${row.connections} connections serves ${ratio.toFixed(2)} × the ` +
    `throughput of "${other.route}"${eachRound} (${Math.round(row.measurement.requestsPerSecond)} vs ` +
    `${Math.round(other.measurement.requestsPerSecond)} req/s); p95 ${row.measurement.latencyMs.p95} ms ` +
    `vs ${other.measurement.latencyMs.p95} ms; p99 ${row.measurement.latencyMs.p99} ms ` +
    `vs ${other.measurement.latencyMs.p99} ms`
  );
}

const HEADERS = [
  'target',
  'route',
  'conns',
  'req/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'errors/non-2xx',
  'req/s ratio',
  'p99 ratio',
  'server CPU ms/req',
  'PostgreSQL CPU ms/req',
];

export function formatTable(rows: readonly ResultRow[]): string {
  const cells = rows.map((row) => [
    row.target,
    row.route,
    String(row.connections),
    Math.round(row.measurement.requestsPerSecond).toLocaleString('en-GB'),
    row.measurement.latencyMs.p50.toFixed(0),
    row.measurement.latencyMs.p95.toFixed(0),
    row.measurement.latencyMs.p99.toFixed(0),
    `${row.measurement.errors}/${row.measurement.non2xx}`,
    row.throughputRatio === null ? '–' : row.throughputRatio.toFixed(2),
    row.p99Ratio === null ? '–' : row.p99Ratio.toFixed(2),
    row.measurement.cpu ? row.measurement.cpu.serverMs.toFixed(2) : '–',
    // Only a target on a PostgreSQL server has its database in processes of their own.
    row.measurement.cpu && row.target === 'postgres' ? row.measurement.cpu.databaseMs.toFixed(2) : '–',
  ]);
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...cells.map((line) => line[column]?.length ?? 0)),
  );
  // Text columns left-aligned, figures right-aligned.
  const line = (values: string[]) =>
    values.map((value, column) =>
      column < 2 ? value.padEnd(widths[column] ?? 0) : value.padStart(widths[column] ?? 0),
    );
  return [line(HEADERS), widths.map((width) => '-'.repeat(width)), ...cells.map(line)]
    .map((values) => `| ${values.join(' | ')} |`)
    .join('\n');
}

export interface RunRecord {
  startedAt: string;
  finishedAt: string;
  settings: Omit<BenchSettings, 'databaseUrl'> & { postgres: boolean };
  targets: { name: TargetName; database: string }[];
  /** One row per target and route (the median round's). */
  rows: ResultRow[];
  /** Every round's measurement, when there was more than one. */
  rounds?: MeasuredRow[];
}

/** Writes bench/results/<ISO timestamp>.json (colons made dashes so the name is valid everywhere). */
export async function writeRecord(directory: string, record: RunRecord): Promise<string> {
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, `${record.startedAt.replaceAll(':', '-')}.json`);
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
  await writeFile(file, `${JSON.stringify({ machine, ...record }, null, 2)}\n`);
  return file;
}
