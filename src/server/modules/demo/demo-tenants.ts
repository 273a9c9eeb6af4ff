import type { NewFacility, NewTenant } from '../tenancy/repository.ts';

// Demonstration data. Every prison service, facility and (later) person here is invented; the
// "Republic of Meridia" and the "Northern Province" are fictional places.

export interface DemoTenant {
  tenant: NewTenant;
  facilities: NewFacility[];
}

export const DEMO_TENANTS: DemoTenant[] = [
  {
    tenant: {
      slug: 'demo',
      name: 'Meridia Prison Service (demonstration)',
      defaultLanguage: 'en',
      isDemo: true,
    },
    facilities: [
      { code: 'CENTRAL', name: 'Central Prison', kind: 'men', timeZone: 'Africa/Tunis', capacity: 1200 },
      { code: 'WOMEN', name: "Women's Prison", kind: 'women', timeZone: 'Africa/Tunis', capacity: 240 },
      { code: 'JUVENILE', name: 'Juvenile Centre', kind: 'juvenile', timeZone: 'Africa/Tunis', capacity: 90 },
      { code: 'OPEN', name: 'Coastal Open Prison', kind: 'mixed', timeZone: 'Africa/Tunis', capacity: 300 },
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
  },
];
