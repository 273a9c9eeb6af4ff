import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../../app/api/api-error';
import { createI18n } from '../../../i18n/i18n';
import { CATALOGUES } from '../../../locales/catalogues';
import { accountProblemsOf } from './account-problems';

const en = CATALOGUES.en.administration.users.errors;
const { t } = createI18n('en');
const refusal = (status: number, code: string, errors: { path: string; code: string }[] = []) =>
  new ApiError(
    status,
    { code, errors: errors.map((error) => ({ ...error, message: 'server words' })) },
    null,
  );

describe('a refusal of the administration API, in the reader’s words', () => {
  it('puts each field error next to its field, and each role error on its line', () => {
    const problems = accountProblemsOf(
      refusal(400, 'request.validation', [
        { path: '/body/username', code: 'pattern' },
        { path: '/body/password', code: 'too_short' },
        { path: '/body/organisationId', code: 'unknown_organisation' },
        { path: '/body/roles/2/role', code: 'duplicate' },
        { path: '/body/roles/2/organisationId', code: 'wrong_scope' },
        { path: '/body/roles/0/facilityId', code: 'required' },
      ]),
      t,
      'en',
      'create',
    );
    expect(problems.fields).toEqual({
      username: en.usernameFormat,
      password: 'Use at least 12 characters.',
      organisationId: en.organisationUnknown,
    });
    expect([...problems.roles]).toEqual([
      [2, { role: en.roleDuplicate, place: en.wrongScope }],
      [0, { place: en.facilityRequired }],
    ]);
    expect(problems.form).toBe(en.checkFields);
  });

  it('says refusals of the whole request above the form', () => {
    expect(accountProblemsOf(refusal(409, 'user.self_deactivation'), t, 'en', 'change').form).toBe(
      en.selfDeactivation,
    );
    expect(accountProblemsOf(refusal(403, 'auth.forbidden'), t, 'en', 'change').form).toBe(en.notAllowed);
    expect(accountProblemsOf(refusal(404, 'not_found'), t, 'en', 'create').form).toBe(en.notAllowed);
    expect(accountProblemsOf(refusal(404, 'not_found'), t, 'en', 'change').form).toBe(en.gone);
    expect(accountProblemsOf(refusal(400, 'request.validation'), t, 'en', 'create').form).toBe(en.invalid);
    expect(accountProblemsOf(new NetworkError('POST', '/x'), t, 'en', 'create').form).toBe(
      CATALOGUES.en.errors.network,
    );
    expect(accountProblemsOf(refusal(403, 'auth.csrf'), t, 'en', 'create').form).toBe(
      CATALOGUES.en.errors.csrf,
    );
  });
});
