import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../app/api/api-error';
import { createI18n } from '../../i18n/i18n';
import { CATALOGUES } from '../../locales/catalogues';
import { registryFieldOf, registryProblemsOf } from './registry-problems';

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const en = CATALOGUES.en.registry.errors;
const FIELDS = ['facilityIds', 'validUntil', 'status'] as const;

const refusal = (status: number, code: string, errors: { path: string; code: string }[] = []) =>
  new ApiError(
    status,
    { code, errors: errors.map((error) => ({ ...error, message: 'server English' })) },
    null,
  );

describe('a refusal of the registry API, in the reader’s words', () => {
  it('puts a list’s line on the list’s field, and nothing else on a field', () => {
    expect(registryFieldOf('/body/facilityIds/3', FIELDS)).toBe('facilityIds');
    expect(registryFieldOf('/body/validUntil', FIELDS)).toBe('validUntil');
    expect(registryFieldOf('/body/facilityIds/3/name', FIELDS)).toBeNull();
    expect(registryFieldOf('/params/id', FIELDS)).toBeNull();
    expect(registryFieldOf('/body/reasons', FIELDS)).toBeNull();
  });

  it('says each field’s first error by its code, and asks to check the fields above the form', () => {
    const problems = registryProblemsOf(
      refusal(400, 'request.validation', [
        { path: '/body/facilityIds/0', code: 'unknown_facility' },
        { path: '/body/facilityIds/1', code: 'format' },
        { path: '/body/validUntil', code: 'before_valid_from' },
      ]),
      FIELDS,
      t,
      'en',
    );
    expect(problems).toEqual({
      fields: { facilityIds: en.unknownFacility, validUntil: en.endBeforeStart },
      form: en.checkFields,
    });
  });

  it('says a refusal of the whole request above the form, by its code', () => {
    const lifecycle = refusal(409, 'accreditation.transition_not_allowed', [
      { path: '/body/status', code: 'transition_not_allowed' },
    ]);
    expect(registryProblemsOf(lifecycle, [], t, 'en')).toEqual({ fields: {}, form: en.transitionNotAllowed });
    expect(registryProblemsOf(lifecycle, FIELDS, t, 'en').fields).toEqual({
      status: en.transitionNotAllowed,
    });
    expect(registryProblemsOf(refusal(409, 'practitioner.already_suspended'), [], t, 'en').form).toBe(
      en.alreadySuspended,
    );
    expect(registryProblemsOf(refusal(404, 'not_found'), [], t, 'en').form).toBe(en.gone);
    expect(registryProblemsOf(refusal(403, 'auth.forbidden'), [], t, 'en').form).toBe(en.notAllowed);
    expect(registryProblemsOf(new NetworkError('POST', '/x'), [], t, 'en').form).toBe(
      CATALOGUES.en.errors.network,
    );
  });
});
