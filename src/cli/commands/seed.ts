import { assertDemoAllowed, seedDemo } from '../../server/modules/demo/seed-demo.ts';
import { loadConfig } from '../../server/platform/config/config.ts';
import { migrate } from '../../server/platform/db/migrate.ts';
import { describeDatabase, withDatabase } from './with-database.ts';

export async function runSeed() {
  assertDemoAllowed(loadConfig().environment);
  await withDatabase(async (db, config) => {
    await migrate(db);
    const summary = await seedDemo(db, config.environment);
    console.log(
      `seed: demo data loaded (tenants ${summary.tenants.join(', ')}; ${summary.facilities} facilities) ` +
        `on ${describeDatabase(config)}`,
    );
  });
}
