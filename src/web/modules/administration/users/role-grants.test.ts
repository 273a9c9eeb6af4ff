import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../../contracts/identity';
import { caseManagerSession } from '../../../testing/fake-api';
import { grantsOf } from './role-grants';
import { adminSession, coordinatorSession, IDS } from './user-test-data';

describe('what the signed-in user may give', () => {
  it('lets an administrator give every role, anywhere in the tenant', () => {
    expect(grantsOf(adminSession())).toEqual({ tenantWide: true, roles: [...ROLES], organisationIds: [] });
  });

  it('lets a coordinator give the practitioner role at the organisations they coordinate', () => {
    expect(grantsOf(coordinatorSession())).toEqual({
      tenantWide: false,
      roles: ['cso_practitioner'],
      organisationIds: [IDS.bridges],
    });
  });

  it('lets anyone else give nothing', () => {
    expect(grantsOf(caseManagerSession())).toEqual({ tenantWide: false, roles: [], organisationIds: [] });
  });
});
