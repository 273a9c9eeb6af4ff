import { describe, expect, expectTypeOf, it } from 'vitest';
import * as serverPolicy from '../../../../server/modules/administration/users/policy';
import * as server from '../../../../server/modules/administration/users/schemas';
import * as serverRoles from '../../../../server/modules/identity/roles';
import { COORDINATOR_GRANTS, scopeKindOf } from './role-grants';
import type * as web from './user-types';
import { USERNAME_PATTERN } from './user-types';

// The user administration API's schemas are still the server's own (not in src/contracts), so the web
// app writes their shapes out in user-types.ts and mirrors two rules in role-grants.ts. This file
// holds them together: a drift fails type-checking (expectTypeOf) or this test. It reads the server's
// files; the browser bundle never imports them.

describe('the web app’s copy of the user administration API', () => {
  it('reads and sends exactly what the server does', () => {
    expectTypeOf<server.ManagedUser>().toEqualTypeOf<web.ManagedUser>();
    expectTypeOf<server.ManagedUserPage>().toEqualTypeOf<web.ManagedUserPage>();
    expectTypeOf<server.CreateUserRequest>().toEqualTypeOf<web.CreateUserRequest>();
    expectTypeOf<server.UpdateUserRequest>().toEqualTypeOf<web.UpdateUserRequest>();
    expectTypeOf<server.RoleRequest>().toEqualTypeOf<web.RoleRequest>();
  });

  it('gives each role the server’s kind of place', () => {
    for (const role of serverRoles.ROLES)
      expect([role, scopeKindOf(role)]).toEqual([role, serverRoles.scopeOf(role)]);
  });

  it('offers coordinators the roles the server lets them give', () => {
    expect(COORDINATOR_GRANTS).toEqual(serverPolicy.COORDINATOR_GRANTS);
  });

  it('checks usernames by the server’s rule', () => {
    const serverPattern = new RegExp(
      (server.CreateUserRequest.properties.username as unknown as { pattern: string }).pattern,
    );
    for (const name of [
      'ab',
      'amal.nasser',
      'a-b_c.d',
      'x'.repeat(64),
      'A',
      'a',
      '.ab',
      'ab.',
      'Ab',
      'x'.repeat(65),
      'ab cd',
    ]) {
      expect([name, USERNAME_PATTERN.test(name)]).toEqual([
        name,
        serverPattern.test(name) && name.length <= 64,
      ]);
    }
  });
});
