import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../contracts/audit';
import { ACTION_LABELS } from './audit-labels';

describe('the audit screens’ words', () => {
  it('name every action of the trail, in the contract’s order', () => {
    expect(Object.keys(ACTION_LABELS)).toEqual([...AUDIT_ACTIONS]);
  });
});
