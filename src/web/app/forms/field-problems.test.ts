import { describe, expect, it } from 'vitest';
import { bodyFieldOf, fieldProblemsOf } from './field-problems';

const FIELDS = ['name', 'code'] as const;
const error = (path: string, code: string) => ({ path, code, message: 'server English' });

describe('field errors of a refusal, sorted onto a form’s fields', () => {
  it('reads the field from a JSON pointer into the body, and nothing else', () => {
    expect(bodyFieldOf('/body/name', FIELDS)).toBe('name');
    expect(bodyFieldOf('/body/colour', FIELDS)).toBeNull();
    expect(bodyFieldOf('/body/name/0', FIELDS)).toBeNull();
    expect(bodyFieldOf('/querystring/name', FIELDS)).toBeNull();
    expect(bodyFieldOf('/bodyname', FIELDS)).toBeNull();
  });

  it('says each field’s first error in the form’s words and leaves out other paths', () => {
    const said = fieldProblemsOf(
      [
        error('/body/code', 'pattern'),
        error('/body/roles/0/role', 'duplicate'),
        error('/body/code', 'taken'),
        error('/body/name', 'required'),
        error('/body/colour', 'unknown_field'),
      ],
      FIELDS,
      (field, { code }) => `${field}:${code}`,
    );
    expect(said).toEqual({ code: 'code:pattern', name: 'name:required' });
  });

  it('finds nothing in a refusal without field errors', () => {
    expect(fieldProblemsOf([], FIELDS, () => 'said')).toEqual({});
  });
});
