import type { ProfileField, ProfileValues } from '../../../contracts/registry-organisations.ts';
import { addDays } from '../../platform/calendar-days.ts';
import type { Tx } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { csoProfiles, csoProfileVersions } from '../registry/schema.ts';
import type { DemoRegistryContext } from './demo-registry.ts';

// The complete profiles of the demo's two organisations, each with its history: Bridges was first
// described with 31 staff and has grown to 38 since (version 2), Open Doors has its version 1. Every
// name, person, address and number is invented; the e-mail addresses are at example.org.

const REGISTRY = 'Meridia Register of Associations (fictional)';

const BRIDGES: ProfileValues = {
  mandate: 'service_provider',
  legalName: 'Bridges — Association for Dialogue and Return',
  otherNames: {
    ar: 'جسور — جمعية الحوار والعودة',
    fr: 'Passerelles — Association pour le dialogue et le retour',
    ru: 'Мосты — Ассоциация диалога и возвращения',
  },
  registrationNumber: 'MER-ASSOC-2019-0412',
  registrationRegistry: REGISTRY,
  country: null,
  regionsServed: ['Central Meridia', 'Northern Coast', 'Port Aldane'],
  expertise: ['psychologist', 'social_worker', 'mentor', 'family_liaison'],
  interventionTypes: ['education', 'psychosocial_counselling', 'mentoring', 'family_engagement'],
  languages: ['ar', 'fr', 'en', 'ru'],
  staffCount: 38,
  contacts: [
    {
      name: 'Nadia Okafor',
      role: 'Programme coordinator',
      email: 'nadia.okafor@example.org',
      phone: '+000 555 0142',
    },
    { name: 'Dmitri Volkov', role: 'Family liaison lead', email: 'dmitri.volkov@example.org', phone: null },
  ],
};

const OPEN_DOORS: ProfileValues = {
  mandate: 'service_provider',
  legalName: 'Open Doors Youth Circle',
  otherNames: { es: 'Círculo Juvenil Puertas Abiertas' },
  registrationNumber: 'MER-ASSOC-2024-1187',
  registrationRegistry: REGISTRY,
  country: null,
  regionsServed: ['Port Aldane'],
  expertise: ['mentor', 'teacher_trainer'],
  interventionTypes: ['mentoring', 'sport'],
  languages: ['es', 'en'],
  staffCount: 9,
  contacts: [{ name: 'Lucía Romero', role: 'Coordinator', email: 'lucia.romero@example.org', phone: null }],
};

const FIRST_FIELDS: ProfileField[] = [
  'mandate',
  'legalName',
  'otherNames',
  'registrationNumber',
  'registrationRegistry',
  'regionsServed',
  'expertise',
  'interventionTypes',
  'languages',
  'staffCount',
  'contacts',
];

/** The two demo profiles and their versions, dated from the demo's "today". */
export async function seedDemoProfiles(tx: Tx, tenantId: string, context: DemoRegistryContext) {
  const day = (offset: number) => new Date(`${addDays(context.today, offset)}T09:00:00Z`);
  const bridges = context.organisationId('bridges');
  const pending = context.organisationId('pending');
  const bridgesCoordinator = context.userId('coordinator.bridges');
  await tx.insert(csoProfiles).values([
    { ...BRIDGES, organisationId: bridges, tenantId, updatedAt: day(-60) },
    { ...OPEN_DOORS, organisationId: pending, tenantId, updatedAt: day(-45) },
  ]);
  const version = (
    organisationId: string,
    number: number,
    profile: ProfileValues,
    changedFields: ProfileField[],
    changedBy: string,
    changedAt: Date,
  ) => ({
    id: uuidv7(),
    tenantId,
    organisationId,
    version: number,
    profile,
    changedFields,
    changedBy,
    changedAt,
  });
  await tx
    .insert(csoProfileVersions)
    .values([
      version(bridges, 1, { ...BRIDGES, staffCount: 31 }, FIRST_FIELDS, bridgesCoordinator, day(-430)),
      version(bridges, 2, BRIDGES, ['staffCount'], bridgesCoordinator, day(-60)),
      version(pending, 1, OPEN_DOORS, FIRST_FIELDS, context.userId('coordinator.pending'), day(-45)),
    ]);
}
