import { Command } from 'commander';
import { VERSION } from '../server/version.ts';
import { runAuditVerify } from './commands/audit-verify.ts';
import { runMigrate } from './commands/migrate.ts';
import { runSeed } from './commands/seed.ts';
import { runServe } from './commands/serve.ts';
import { runStart } from './commands/start.ts';
import { exitWithError } from './exit.ts';

const program = new Command('pathways')
  .description('Pathways: rehabilitation and reintegration, with civil society, under a framework of trust.')
  .version(VERSION)
  .showHelpAfterError();

program
  .command('serve')
  .description('migrate the database, load the demo data on a first start outside production, and listen')
  .action(runServe);

program
  .command('start')
  .description('build the web app if its build is missing or stale, then serve (what "npm start" runs)')
  .action(runStart);

program.command('migrate').description('apply pending database migrations and exit').action(runMigrate);

program
  .command('seed')
  .description('load data into the database')
  .requiredOption('--demo', 'load the demonstration tenants and facilities (refused in production)')
  .action(runSeed);

const audit = program.command('audit').description('the tamper-evident audit trail');
audit
  .command('verify')
  .description(
    "walk each tenant's audit chain and check every entry; exit 0 when intact, 1 when broken, 2 when not verified",
  )
  .option('--tenant <slug>', 'verify only the chain of this tenant')
  .action(runAuditVerify);

program.parseAsync().catch(exitWithError);
