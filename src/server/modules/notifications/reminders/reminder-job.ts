import type { Database } from '../../../platform/db/database.ts';
import type { Mailer } from './mailer.ts';
import { type RoundReport, runReminderRound } from './run-reminder-round.ts';

export interface JobLog {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface ReminderJobOptions {
  db: Database;
  /** The SMTP transport, or null: e-mails are then marked `not_configured`. The job closes it when it stops. */
  mailer: Mailer | null;
  intervalMs: number;
  /** When the first round runs after start (default: one minute, or the interval if shorter). */
  firstRoundAfterMs?: number;
  clock?: () => Date;
  log: JobLog;
}

export interface ReminderJob {
  /** Runs no further round, asks the one in progress to stop early, and waits for it to end. */
  stop(): Promise<void>;
}

/**
 * Runs a reminder round now and then, in this process: the first soon after start, then one
 * `intervalMs` after each ends (so rounds never overlap in one process; across processes they may,
 * and that is safe). The timer is unref'd: it never keeps the process alive. Started by the server
 * (main.ts) only, never by buildApp, so tests run rounds themselves unless they start a job.
 */
export function startReminderJob(options: ReminderJobOptions): ReminderJob {
  const { db, mailer, intervalMs, log } = options;
  const clock = options.clock ?? (() => new Date());
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | undefined;
  let stopped: Promise<void> | undefined;

  const schedule = (delay: number) => {
    if (stopping.signal.aborted) return;
    timer = setTimeout(runRound, delay);
    timer.unref();
  };
  const runRound = () => {
    round = runReminderRound(db, clock(), mailer, { signal: stopping.signal })
      .then(
        (report) => logRound(log, report),
        (error: unknown) => log.error({ err: error }, 'reminder round failed'),
      )
      .finally(() => {
        round = undefined;
        schedule(intervalMs);
      });
  };
  schedule(options.firstRoundAfterMs ?? Math.min(intervalMs, 60_000));

  return {
    stop() {
      stopped ??= (async () => {
        stopping.abort();
        clearTimeout(timer);
        await round;
        mailer?.close();
      })();
      return stopped;
    },
  };
}

/** Counts and tenant ids only: no names, no addresses. */
function logRound(log: JobLog, report: RoundReport) {
  for (const failure of report.failures) {
    log.error(
      { tenantId: failure.tenantId, stage: failure.stage, err: failure.error },
      'reminder round failed for a tenant',
    );
  }
  log.info(
    {
      tenants: report.tenants,
      created: report.created,
      email: report.email,
      failures: report.failures.length,
    },
    'reminder round done',
  );
}
