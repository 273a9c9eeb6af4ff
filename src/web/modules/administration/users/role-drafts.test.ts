import { describe, expect, it } from 'vitest';
import { checkDrafts, draftsOf, type RoleDraft, requestsOf } from './role-drafts';
import { IDS } from './user-test-data';

const line = (role: RoleDraft['role'], placeId = ''): RoleDraft => ({
  key: `${role}-${placeId}`,
  role,
  placeId,
});

describe('the lines of the roles editor', () => {
  it('become requests naming the one kind of place each role is held at', () => {
    expect(
      requestsOf([
        line('director', IDS.central),
        line('cso_practitioner', IDS.bridges),
        line('analyst', 'stale'),
      ]),
    ).toEqual([
      { role: 'director', facilityId: IDS.central },
      { role: 'cso_practitioner', organisationId: IDS.bridges },
      { role: 'analyst' },
    ]);
  });

  it('come from an account’s roles with their places', () => {
    const drafts = draftsOf([
      { role: 'director', scope: 'facility', facilityId: IDS.central, organisationId: null },
      { role: 'analyst', scope: 'tenant', facilityId: null, organisationId: null },
    ]);
    expect(drafts.map(({ role, placeId }) => [role, placeId])).toEqual([
      ['director', IDS.central],
      ['analyst', ''],
    ]);
    expect(new Set(drafts.map((draft) => draft.key)).size).toBe(2);
  });

  it('are checked for a missing role, a missing place and the same role twice at one place', () => {
    const problems = checkDrafts([
      line(''),
      line('director'),
      line('director', IDS.central),
      line('director', IDS.women),
      line('director', IDS.central),
      line('analyst'),
      line('analyst'),
    ]);
    expect([...problems]).toEqual([
      [0, 'roleRequired'],
      [1, 'placeRequired'],
      [4, 'duplicate'],
      [6, 'duplicate'],
    ]);
  });
});
