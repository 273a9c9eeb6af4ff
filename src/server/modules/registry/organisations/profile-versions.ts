import { and, desc, eq, max } from 'drizzle-orm';
import type { ProfileField, ProfileValues } from '../../../../contracts/registry-organisations.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { users } from '../../identity/schema.ts';
import { csoProfileVersions } from '../schema.ts';

// The profile's history (db/migrations/0013_profile_details.sql): numbered versions, added to and
// never changed. Numbers are taken while the organisation's row is locked (update-profile.ts), so
// two changes at once number one after the other; the unique constraint is the last word.

export type ProfileVersionRow = typeof csoProfileVersions.$inferSelect & { changerName: string | null };

export async function nextVersionNumber(tx: Tx, organisationId: string): Promise<number> {
  const [row] = await tx
    .select({ last: max(csoProfileVersions.version) })
    .from(csoProfileVersions)
    .where(eq(csoProfileVersions.organisationId, organisationId));
  return (row?.last ?? 0) + 1;
}

export async function insertProfileVersion(
  tx: Tx,
  version: {
    tenantId: string;
    organisationId: string;
    version: number;
    profile: ProfileValues;
    changedFields: ProfileField[];
    changedBy: string | null;
  },
): Promise<void> {
  await tx.insert(csoProfileVersions).values({ id: uuidv7(), ...version });
}

/** The organisation's versions, newest first, with the display name of who made each. */
export async function profileVersionsOf(tx: Tx, organisationId: string): Promise<ProfileVersionRow[]> {
  const rows = await tx
    .select({ version: csoProfileVersions, changerName: users.displayName })
    .from(csoProfileVersions)
    .leftJoin(
      users,
      and(eq(users.tenantId, csoProfileVersions.tenantId), eq(users.id, csoProfileVersions.changedBy)),
    )
    .where(eq(csoProfileVersions.organisationId, organisationId))
    .orderBy(desc(csoProfileVersions.version));
  return rows.map((row) => ({ ...row.version, changerName: row.changerName }));
}
