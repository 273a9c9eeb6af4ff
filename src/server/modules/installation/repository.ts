import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { installation } from '../../platform/db/schema.ts';

export interface InstallationState {
  firstStartedAt: Date | null;
  demoDataLoadedAt: Date | null;
}

export async function readInstallation(tx: Tx): Promise<InstallationState> {
  const [row] = await tx
    .select({ firstStartedAt: installation.firstStartedAt, demoDataLoadedAt: installation.demoDataLoadedAt })
    .from(installation)
    .where(eq(installation.id, true));
  return row ?? { firstStartedAt: null, demoDataLoadedAt: null };
}

/** Records the first start; returns true only for the call that recorded it. */
export async function markFirstStart(tx: Tx): Promise<boolean> {
  const updated = await tx
    .update(installation)
    .set({ firstStartedAt: new Date() })
    .where(and(eq(installation.id, true), isNull(installation.firstStartedAt)))
    .returning({ id: installation.id });
  return updated.length > 0;
}

export async function markDemoDataLoaded(tx: Tx): Promise<void> {
  await tx.update(installation).set({ demoDataLoadedAt: new Date() }).where(eq(installation.id, true));
}
