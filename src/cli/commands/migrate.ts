import { migrate } from '../../server/platform/db/migrate.ts';
import { describeDatabase, withDatabase } from './with-database.ts';

export async function runMigrate() {
  await withDatabase(async (db, config) => {
    const report = await migrate(db);
    const applied = report.applied.length;
    for (const name of report.applied) console.log(`applied ${name}`);
    console.log(
      `migrate: ${applied} applied, ${report.total - applied} already applied, on ${describeDatabase(config)}`,
    );
  });
}
