import type { DueDiligenceKind } from '../../../contracts/registry-review.ts';
import { addDays } from '../../platform/calendar-days.ts';
import type { Tx } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { dueDiligenceChecks } from '../registry/due-diligence/schema.ts';
import type { DemoRegistryContext } from './demo-registry.ts';

// The demonstration due diligence of the Meridia tenant, checked by the Central Prison's security
// officer: Bridges passed all five checks in the weeks before its accreditation (a year ago);
// Open Doors, under review, has its registration and references checked, and its sanctions
// screening still to do. Every register, referee and list named here is invented; the notes are
// in the languages the officers work in.

type DemoCheck = [DueDiligenceKind, daysFromToday: number, evidence: string];

const BRIDGES: DemoCheck[] = [
  [
    'registration_verified',
    -390,
    'Extract of the Meridia Register of Associations, no. MER-ASSOC-2019-0412, in force; statutes of 2019 consulted.',
  ],
  [
    'references_checked',
    -385,
    'Deux références écrites : la mairie de Port-Lumière et le Centre social Al-Amal ; entretien téléphonique avec chacune.',
  ],
  [
    'human_rights_commitment',
    -384,
    'Signed commitment to human rights and non-violence, dated and signed by the board chair; code of conduct read with the coordinator.',
  ],
  [
    'funding_declared',
    -380,
    'تم الاطلاع على الحسابات السنوية لعام 2024 وقائمة المانحين؛ لا يوجد تمويل غير معلن.',
  ],
  [
    'sanctions_screened',
    -378,
    'Board members and the association screened against the national list and the UN consolidated list (fictional copies): no match.',
  ],
];

const OPEN_DOORS: DemoCheck[] = [
  [
    'registration_verified',
    -30,
    'Extracto del Registro de Asociaciones de Meridia, n.º MER-ASSOC-2024-1187, vigente.',
  ],
  [
    'references_checked',
    -25,
    'Reference from the Youth Sports League of Meridia (fictional); the second referee is yet to answer and is not needed.',
  ],
];

/** Adds the demo's due diligence checks; called once, by the registry demo, with its context. */
export async function seedDemoDueDiligence(tx: Tx, tenantId: string, context: DemoRegistryContext) {
  const checkedBy = context.userId('security.central');
  const rows = (organisationId: string, checks: DemoCheck[]) =>
    checks.map(([kind, daysFromToday, evidence]) => ({
      id: uuidv7(),
      tenantId,
      organisationId,
      kind,
      result: 'satisfied' as const,
      evidence,
      checkedOn: addDays(context.today, daysFromToday),
      checkedBy,
    }));
  await tx
    .insert(dueDiligenceChecks)
    .values([
      ...rows(context.organisationId('bridges'), BRIDGES),
      ...rows(context.organisationId('pending'), OPEN_DOORS),
    ]);
}
