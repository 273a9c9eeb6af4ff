import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../app/api/api-error';
import { createI18n } from '../../i18n/i18n';
import { CATALOGUES } from '../../locales/catalogues';
import { placeProblemsOf } from './place-problems';

const { t } = createI18n('en');
const en = CATALOGUES.en.places.errors;

const refusal = (status: number, code: string, errors: { path: string; code: string }[] = []) =>
  new ApiError(
    status,
    { code, errors: errors.map((error) => ({ ...error, message: 'server English' })) },
    null,
  );

describe('refusals of the organisation and facility API in the reader’s words', () => {
  it('puts each field error next to its field, and asks to check them above the form', () => {
    const problems = placeProblemsOf(
      refusal(400, 'request.validation', [
        { path: '/body/timeZone', code: 'unknown_time_zone' },
        { path: '/body/organisationId', code: 'unknown_organisation' },
        { path: '/body/capacity', code: 'maximum' },
        { path: '/body/name', code: 'pattern' },
        { path: '/body/kind', code: 'enum' },
        { path: '/body/colour', code: 'unknown_field' },
      ]),
      t,
      'en',
      'facility',
    );
    expect(problems.fields).toEqual({
      timeZone: en.timeZoneUnknown,
      organisationId: en.organisationUnknown,
      capacity: 'Enter a whole number from 1 to 100,000, or leave the field empty.',
      name: en.nameFormat,
      kind: en.kindRequired,
    });
    expect(problems.form).toBe(en.checkFields);
  });

  it('names a taken organisation name and a taken facility code', () => {
    expect(
      placeProblemsOf(
        refusal(409, 'organisation.name_taken', [{ path: '/body/name', code: 'taken' }]),
        t,
        'en',
        'organisation',
      ).fields,
    ).toEqual({ name: en.nameTaken });
    expect(
      placeProblemsOf(
        refusal(409, 'facility.code_taken', [{ path: '/body/code', code: 'taken' }]),
        t,
        'en',
        'facility',
      ).fields,
    ).toEqual({ code: en.codeTaken });
  });

  it('says a refusal, a vanished record or a failure above the form, never the server’s English', () => {
    expect(placeProblemsOf(refusal(400, 'request.validation'), t, 'en', 'facility').form).toBe(en.invalid);
    expect(placeProblemsOf(refusal(403, 'auth.forbidden'), t, 'en', 'facility').form).toBe(en.notAllowed);
    expect(placeProblemsOf(refusal(403, 'auth.csrf'), t, 'en', 'facility').form).toBe(
      CATALOGUES.en.errors.csrf,
    );
    expect(placeProblemsOf(refusal(404, 'not_found'), t, 'en', 'organisation').form).toBe(
      en.organisationGone,
    );
    expect(placeProblemsOf(refusal(404, 'not_found'), t, 'en', 'facility').form).toBe(en.facilityGone);
    expect(placeProblemsOf(new NetworkError('POST', '/x'), t, 'en', 'facility').form).toBe(
      CATALOGUES.en.errors.network,
    );
  });
});
