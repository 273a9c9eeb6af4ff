import { describe, expect, it } from 'vitest';
import type { PlatformInfo } from '../../../contracts/platform';
import { isPlatformInfo } from './platform-api';

const valid: PlatformInfo = {
  name: 'Pathways',
  version: '0.1.0',
  environment: 'production',
  demoData: false,
  languages: ['en', 'ar'],
};

describe('isPlatformInfo', () => {
  it('accepts a response matching the contract', () => {
    expect(isPlatformInfo(valid)).toBe(true);
    expect(isPlatformInfo({ ...valid, environment: 'test', demoData: true, languages: [] })).toBe(true);
  });

  it.each([
    ['null', null],
    ['an array', [valid]],
    ['a string demoData', { ...valid, demoData: 'true' }],
    ['an unknown environment', { ...valid, environment: 'staging' }],
    ['a missing version', { ...valid, version: undefined }],
    ['non-string languages', { ...valid, languages: ['en', 7] }],
  ])('rejects %s', (_case, value) => {
    expect(isPlatformInfo(value)).toBe(false);
  });
});
