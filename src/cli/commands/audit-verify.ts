import type { ChainBreak, ChainProgress, ChainReport } from '../../server/modules/audit/verify.ts';
import { AuditVerifyError, verifyAuditTrail } from '../../server/modules/audit/verify.ts';
import { ConfigError } from '../../server/platform/config/config.ts';
import { DataDirLockedError } from '../../server/platform/db/data-dir-lock.ts';
import { withDatabase } from './with-database.ts';

// Exit codes a scheduler or monitoring script can act on: 0 every chain verified intact, 1 a chain
// is broken (tampering or damage: investigate), 2 verification could not be done at all.
const INTACT = 0;
const BROKEN = 1;
const NOT_VERIFIED = 2;
const EXPECTED_FAILURES = [AuditVerifyError, ConfigError, DataDirLockedError];

export async function runAuditVerify(options: { tenant?: string }) {
  process.exitCode = await auditVerify(options.tenant);
}

async function auditVerify(tenantSlug: string | undefined): Promise<number> {
  const progress = terminalProgress();
  try {
    const reports = await withDatabase((db) =>
      verifyAuditTrail(db, {
        ...(tenantSlug === undefined ? {} : { tenantSlug }),
        ...(progress ? { onProgress: progress.show } : {}),
      }),
    );
    progress?.clear();
    return printReports(reports);
  } catch (error) {
    progress?.clear();
    if (EXPECTED_FAILURES.some((kind) => error instanceof kind)) {
      console.error(`pathways audit verify: ${(error as Error).message}`);
    } else {
      console.error('pathways audit verify: unexpected failure; the audit trail was not verified');
      console.error(error);
    }
    return NOT_VERIFIED;
  }
}

function printReports(reports: ChainReport[]): number {
  let events = 0;
  let firstBreak: { slug: string; broken: ChainBreak } | undefined;
  for (const { tenant, events: intact, broken } of reports) {
    events += intact;
    if (!broken) {
      console.log(`tenant ${tenant.slug}: ${intact} events, chain intact`);
      continue;
    }
    console.log(`tenant ${tenant.slug}: BROKEN at ${where(broken)}: ${broken.reason}`);
    firstBreak ??= { slug: tenant.slug, broken };
  }
  if (!firstBreak) {
    console.log(`audit chain ok: ${events} events`);
    return INTACT;
  }
  const broken = reports.filter((report) => report.broken).length;
  console.log(
    `audit chain broken: first bad event ${where(firstBreak.broken)} in tenant ${firstBreak.slug} ` +
      `(${broken} of ${reports.length} chains broken)`,
  );
  return BROKEN;
}

const where = (broken: ChainBreak) =>
  broken.eventId === null ? `seq ${broken.seq} (missing)` : `${broken.eventId} (seq ${broken.seq})`;

/** A one-line counter on stderr, only when a person is watching (never in logs or pipes). */
function terminalProgress() {
  if (!process.stderr.isTTY) return undefined;
  return {
    show({ tenant, verified, total }: ChainProgress) {
      process.stderr.write(`\r\x1b[Kaudit verify: tenant ${tenant.slug}, ${verified} of ${total} events`);
    },
    clear() {
      process.stderr.write('\r\x1b[K');
    },
  };
}
