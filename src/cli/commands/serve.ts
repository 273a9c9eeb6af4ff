import { startServer } from '../../server/main.ts';
import { DEMO_PASSWORD, DEMO_TENANTS } from '../../server/modules/demo/demo-tenants.ts';
import { loadConfig } from '../../server/platform/config/config.ts';
import { VERSION } from '../../server/version.ts';
import { describeDatabase } from './with-database.ts';

// How long in-flight requests get to finish after SIGTERM before the process gives up on them.
const SHUTDOWN_GRACE_MS = 10_000;

export async function runServe() {
  const config = loadConfig();
  const server = await startServer(config);
  console.log(`Pathways ${VERSION} is listening on ${server.address} (${config.environment})`);
  console.log(`Database: ${describeDatabase(config)}`);
  if (server.demoLoaded) {
    const tenants = DEMO_TENANTS.map((demo) => `${demo.tenant.slug} (${demo.facilities.length} facilities)`);
    console.log(`Demo data loaded: tenants ${tenants.join(', ')}.`);
    console.log(`Demo accounts (password ${DEMO_PASSWORD}, no second factor):`);
    for (const demo of DEMO_TENANTS) {
      for (const account of demo.accounts) {
        const roles = account.roles.map((assignment) => assignment.role).join(', ');
        console.log(`  ${demo.tenant.slug.padEnd(7)} ${account.username.padEnd(22)} ${roles}`);
      }
    }
  }

  const shutDown = (signal: string) => {
    console.log(`Pathways: ${signal} received; finishing requests in flight, then stopping.`);
    const timer = setTimeout(() => {
      console.error('Pathways: requests still running after the grace period; stopping anyway.');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Pathways: shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutDown('SIGTERM'));
  process.once('SIGINT', () => shutDown('SIGINT'));
}
