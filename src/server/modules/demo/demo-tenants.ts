import type { OrganisationKind, Role } from '../identity/roles.ts';
import type { NewFacility, NewTenant } from '../tenancy/repository.ts';

// Demonstration data. Every prison service, organisation, facility, account and (later) person here
// is invented; the "Republic of Meridia" and the "Northern Province" are fictional places.

/** The password of every demo account (CONTRACT.md). Demo accounts have no second factor. */
export const DEMO_PASSWORD = 'Pathways-demo-2026';

export interface DemoOrganisation {
  /** How accounts below refer to it. */
  key: string;
  kind: OrganisationKind;
  name: string;
  /** For the prison service: the facilities (by code) it runs. */
  facilities?: string[];
}

/** A role and where it applies: a facility code, an organisation key, or the whole tenant. */
export type DemoRole =
  | { role: Role; facility: string }
  | { role: Role; organisation: string }
  | { role: Role };

export interface DemoAccount {
  username: string;
  displayName: string;
  organisation: string;
  roles: DemoRole[];
}

export interface DemoTenant {
  tenant: NewTenant;
  facilities: NewFacility[];
  organisations: DemoOrganisation[];
  accounts: DemoAccount[];
  /** Loads the civil society registry demo (demo-registry.ts), which names this tenant's places and people. */
  registry?: true;
}

const MERIDIA_FACILITIES = ['CENTRAL', 'WOMEN', 'JUVENILE', 'OPEN'];

export const DEMO_TENANTS: DemoTenant[] = [
  {
    tenant: {
      slug: 'demo',
      name: 'Meridia Prison Service (demonstration)',
      defaultLanguage: 'en',
      isDemo: true,
    },
    registry: true,
    facilities: [
      { code: 'CENTRAL', name: 'Central Prison', kind: 'men', timeZone: 'Africa/Tunis', capacity: 1200 },
      { code: 'WOMEN', name: "Women's Prison", kind: 'women', timeZone: 'Africa/Tunis', capacity: 240 },
      { code: 'JUVENILE', name: 'Juvenile Centre', kind: 'juvenile', timeZone: 'Africa/Tunis', capacity: 90 },
      { code: 'OPEN', name: 'Coastal Open Prison', kind: 'mixed', timeZone: 'Africa/Tunis', capacity: 300 },
    ],
    organisations: [
      {
        key: 'prison',
        kind: 'prison_service',
        name: 'Meridia Prison Service',
        facilities: MERIDIA_FACILITIES,
      },
      { key: 'probation', kind: 'probation_service', name: 'Meridia Probation and Reintegration Service' },
      // Accredited (the CSO registry, a later issue, records the accreditation itself).
      { key: 'bridges', kind: 'civil_society', name: 'Bridges · Passerelles · جسور · Мосты' },
      // Its accreditation is still under review.
      { key: 'pending', kind: 'civil_society', name: 'Open Doors Youth Circle · Círculo Puertas Abiertas' },
      { key: 'oversight', kind: 'oversight_body', name: 'National Preventive Mechanism of Meridia' },
      { key: 'operator', kind: 'operator', name: 'Pathways Platform Operations' },
    ],
    accounts: [
      {
        username: 'admin',
        displayName: 'Tomás Ferreira',
        organisation: 'operator',
        roles: [{ role: 'administrator' }],
      },
      {
        username: 'director.central',
        displayName: 'Amina Benali',
        organisation: 'prison',
        roles: [{ role: 'director', facility: 'CENTRAL' }],
      },
      {
        username: 'security.central',
        displayName: 'Karim Haddad',
        organisation: 'prison',
        roles: [{ role: 'security_officer', facility: 'CENTRAL' }],
      },
      {
        username: 'gate.central',
        displayName: 'Youssef Mansour',
        organisation: 'prison',
        roles: [{ role: 'gate_officer', facility: 'CENTRAL' }],
      },
      {
        username: 'case.central',
        displayName: 'Leïla Trabelsi',
        organisation: 'prison',
        roles: [{ role: 'case_manager', facility: 'CENTRAL' }],
      },
      {
        username: 'case.women',
        displayName: 'Salma Gharbi',
        organisation: 'prison',
        roles: [{ role: 'case_manager', facility: 'WOMEN' }],
      },
      {
        username: 'coordinator.bridges',
        displayName: 'Nadia Okafor',
        organisation: 'bridges',
        roles: [{ role: 'cso_coordinator', organisation: 'bridges' }],
      },
      {
        username: 'practitioner.bridges',
        displayName: 'Omar Said',
        organisation: 'bridges',
        roles: [{ role: 'cso_practitioner', organisation: 'bridges' }],
      },
      {
        username: 'coordinator.pending',
        displayName: 'Lucía Romero',
        organisation: 'pending',
        roles: [{ role: 'cso_coordinator', organisation: 'pending' }],
      },
      {
        username: 'probation',
        displayName: 'Farid Belkacem',
        organisation: 'probation',
        roles: [{ role: 'probation_officer' }],
      },
      {
        username: 'monitor',
        displayName: 'Hélène Dubois',
        organisation: 'oversight',
        roles: [{ role: 'oversight_monitor' }],
      },
      {
        username: 'editor',
        displayName: 'Chen Wei',
        organisation: 'bridges',
        roles: [{ role: 'knowledge_editor' }],
      },
      {
        username: 'analyst',
        displayName: 'Ingrid Larsen',
        organisation: 'operator',
        roles: [{ role: 'analyst' }],
      },
    ],
  },
  {
    tenant: {
      slug: 'demo-b',
      name: 'Northern Province Correctional Service (demonstration)',
      defaultLanguage: 'ru',
      isDemo: true,
    },
    facilities: [
      { code: 'NORTH-1', name: 'Northern Correctional Facility No. 1', kind: 'men', timeZone: 'Asia/Almaty' },
      { code: 'NORTH-W', name: "Northern Women's Facility", kind: 'women', timeZone: 'Asia/Almaty' },
    ],
    organisations: [
      {
        key: 'prison',
        kind: 'prison_service',
        name: 'Northern Province Correctional Service',
        facilities: ['NORTH-1', 'NORTH-W'],
      },
    ],
    accounts: [
      {
        username: 'b.admin',
        displayName: 'Айгерим Серикова',
        organisation: 'prison',
        roles: [{ role: 'administrator' }],
      },
      {
        username: 'b.case',
        displayName: 'Дмитрий Ковалёв',
        organisation: 'prison',
        roles: [{ role: 'case_manager', facility: 'NORTH-1' }],
      },
    ],
  },
];
