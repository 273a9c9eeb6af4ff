import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { JobLog } from '../../notifications/reminders/reminder-job.ts';
import { runStalenessRound } from './run-staleness-round.ts';

export interface StalenessJob {
  /** Runs no further round and waits for the one in progress. */
  stop(): Promise<void>;
}

/** Six hours: staleness is counted in days, so a few rounds a day are plenty. */
export const STALENESS_INTERVAL_MS = 6 * 3_600_000;

/**
 * Runs the staleness round now and then in this process, as the reminder job runs its rounds
 * (main.ts starts both; buildApp neither): the first a minute after start, then one interval after
 * each ends. Rounds of several processes may overlap; that is safe (run-staleness-round.ts).
 */
export function startStalenessJob(options: {
  db: Database;
  config: Pick<Config, 'knowledge'>;
  log: JobLog;
  intervalMs?: number;
  firstRoundAfterMs?: number;
}): StalenessJob {
  const intervalMs = options.intervalMs ?? STALENESS_INTERVAL_MS;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | undefined;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(runRound, delay);
    timer.unref();
  };
  const runRound = () => {
    round = runStalenessRound(options.db, options.config, new Date())
      .then(
        (report) => {
          for (const failure of report.failures) {
            options.log.error(
              { tenantId: failure.tenantId, err: failure.error },
              'staleness round failed for a tenant',
            );
          }
          options.log.info(
            {
              tenants: report.tenants,
              flagged: report.flagged,
              archived: report.archived,
              searchesForgotten: report.searchesForgotten,
            },
            'staleness round done',
          );
        },
        (error: unknown) => options.log.error({ err: error }, 'staleness round failed'),
      )
      .finally(() => {
        round = undefined;
        schedule(intervalMs);
      });
  };
  schedule(options.firstRoundAfterMs ?? Math.min(intervalMs, 60_000));
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
