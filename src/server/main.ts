import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { seedDemo } from './modules/demo/seed-demo.ts';
import { markFirstStart } from './modules/installation/repository.ts';
import { type StalenessJob, startStalenessJob } from './modules/knowledge/staleness/staleness-job.ts';
import { smtpMailer } from './modules/notifications/reminders/mailer.ts';
import { type ReminderJob, startReminderJob } from './modules/notifications/reminders/reminder-job.ts';
import type { Config } from './platform/config/config.ts';
import { resolveSecretKey } from './platform/config/secret-key.ts';
import type { Database } from './platform/db/database.ts';
import { expectDurableCommits } from './platform/db/durability.ts';
import { migrate, readMigrations } from './platform/db/migrate.ts';
import { openDatabase } from './platform/db/open-database.ts';
import { VERSION } from './version.ts';

export interface RunningServer {
  app: FastifyInstance;
  address: string;
  demoLoaded: boolean;
  /** Stops taking requests and the reminder job, finishes requests and a round in flight, then closes the database. */
  stop(): Promise<void>;
}

/**
 * Starts Pathways: opens and migrates the database, loads the demo data on the first start
 * outside production, and listens. Throws (with a message for the operator) when it cannot.
 */
export async function startServer(config: Config): Promise<RunningServer> {
  const secretKey = await resolveSecretKey(config);
  const db = await openDatabase(config, { warn: (object, message) => console.warn(message, object) });
  let app: FastifyInstance | undefined;
  try {
    const migrations = await readMigrations();
    await migrate(db);
    await expectDurableCommits(db);
    const demoLoaded = await loadDemoOnFirstStart(db, config);
    app = await buildApp({ config, db, secretKey, migrations, version: VERSION });
    const address = await app.listen({ host: config.host, port: config.port });
    const running = app;
    const reminders = startReminders(config, db, running);
    const staleness = startStaleness(config, db, running);
    let stopping: Promise<void> | undefined;
    return {
      app: running,
      address,
      demoLoaded,
      stop: () => {
        stopping ??= Promise.allSettled([reminders?.stop(), staleness?.stop(), running.close()])
          .then(rethrowFirstFailure)
          .finally(() => db.close());
        return stopping;
      },
    };
  } catch (error) {
    await app?.close();
    await db.close();
    throw error;
  }
}

/** The reminder job (notifications), unless this process is configured to run none. */
function startReminders(config: Config, db: Database, app: FastifyInstance): ReminderJob | undefined {
  if (config.reminderIntervalMinutes === 0) return undefined;
  return startReminderJob({
    db,
    mailer: config.smtp ? smtpMailer(config.smtp) : null,
    intervalMs: config.reminderIntervalMinutes * 60_000,
    log: app.log.child({ job: 'reminders' }),
  });
}

/** The knowledge hub's staleness round, in the processes that run background jobs (as reminders). */
function startStaleness(config: Config, db: Database, app: FastifyInstance): StalenessJob | undefined {
  if (config.reminderIntervalMinutes === 0) return undefined;
  return startStalenessJob({ db, config, log: app.log.child({ job: 'knowledge-staleness' }) });
}

function rethrowFirstFailure(outcomes: PromiseSettledResult<unknown>[]) {
  for (const outcome of outcomes) if (outcome.status === 'rejected') throw outcome.reason;
}

async function loadDemoOnFirstStart(db: Database, config: Config): Promise<boolean> {
  const firstStart = await db.unsafeAsOwner(markFirstStart);
  if (!firstStart || config.environment === 'production') return false;
  await seedDemo(db, config.environment);
  return true;
}
