import { and, eq } from 'drizzle-orm';
import type { ReminderStep } from '../../../contracts/notifications.ts';
import { addDays } from '../../platform/calendar-days.ts';
import type { Tx } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { notifications } from '../notifications/schema.ts';
import { registryPublication } from '../registry/public-register/schema.ts';
import { practitioners } from '../registry/schema.ts';
import type { DemoRegistryContext } from './demo-registry.ts';

// The demo tenant publishes its register of accredited organisations, so that anyone can read it at
// /public/registry/demo (Bridges appears; Open Doors, still under review, does not). demo-b has no
// registry demo and so no row: its register stays private, as every register is until published.
//
// And coordinator.bridges has the reminders the reminder round sent about Yasmin Haddad's vetting
// clearance before it ran out two months ago (the round itself finds nothing in the demo today:
// nothing else ends within 60 days): the 60-day one read, the 30- and 7-day ones not yet.

const YASMIN_VETTING_ENDED = -60;
const REMINDERS: { step: ReminderStep; read: boolean }[] = [
  { step: 60, read: true },
  { step: 30, read: false },
  { step: 7, read: false },
];

/** Called once, by seedDemoRegistry, after the registry demo is in. */
export async function seedDemoPublicRegister(tx: Tx, tenantId: string, context: DemoRegistryContext) {
  await tx.insert(registryPublication).values({
    tenantId,
    isPublic: true,
    changedBy: context.userId('director.central'),
  });

  const [yasmin] = await tx
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(
      and(
        eq(practitioners.organisationId, context.organisationId('bridges')),
        eq(practitioners.displayName, 'Yasmin Haddad'),
      ),
    );
  if (!yasmin) throw new Error('the registry demo has no Yasmin Haddad to remind about');
  const dueOn = addDays(context.today, YASMIN_VETTING_ENDED);
  for (const { step, read } of REMINDERS) {
    // Sent at 08:00 on the step's day; ids are time-ordered, so the list shows the latest first.
    const createdAt = new Date(`${addDays(dueOn, -step)}T08:00:00Z`);
    await tx.insert(notifications).values({
      id: uuidv7(createdAt.getTime()),
      tenantId,
      recipientUserId: context.userId('coordinator.bridges'),
      kind: 'vetting_expiring',
      subjectType: 'practitioner',
      subjectId: yasmin.id,
      dueOn,
      daysBefore: step,
      createdAt,
      readAt: read ? new Date(createdAt.getTime() + 3 * 3_600_000) : null,
      // The demo configures no mail server: these were shown in the app only.
      emailStatus: 'not_configured',
    });
  }
}
