import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { capacityProblem, codeProblem, nameProblem, normaliseCode, readCapacity } from './check-place';

const { t } = createI18n('en');

describe('checking a place before sending', () => {
  it('wants a name of 1 to 200 characters, counted as characters, without control characters', () => {
    expect(nameProblem('  ', t)).toBe('Enter a name.');
    expect(nameProblem(' Central Prison ', t)).toBeUndefined();
    expect(nameProblem('😀'.repeat(200), t)).toBeUndefined();
    expect(nameProblem('x'.repeat(201), t)).toBe('Use at most 200 characters.');
    expect(nameProblem('Central\tPrison', t)).toContain('control characters');
  });

  it('takes a code in capitals, digits and dashes, of at most 20, not starting with a dash', () => {
    expect(normaliseCode(' north-2 ')).toBe('NORTH-2');
    expect(codeProblem('north-2', t)).toBeUndefined();
    expect(codeProblem('', t)).toBe('Enter a code.');
    for (const code of ['-NORTH', 'NORTH 2', 'NORD_2', 'A'.repeat(21), 'ÉCOLE']) {
      expect(codeProblem(code, t), code).toContain('capital letters A to Z');
    }
    expect(codeProblem('A'.repeat(20), t)).toBeUndefined();
  });

  it('reads a capacity as a whole number from 1 to 100 000, or none, with Arabic-Indic digits too', () => {
    expect(readCapacity('')).toEqual({ ok: true, value: null });
    expect(readCapacity(' 350 ')).toEqual({ ok: true, value: 350 });
    expect(readCapacity('٣٥٠')).toEqual({ ok: true, value: 350 });
    expect(readCapacity('۱۲۰۰')).toEqual({ ok: true, value: 1200 });
    expect(readCapacity('100000')).toEqual({ ok: true, value: 100_000 });
    for (const text of ['0', '100001', '-5', '3.5', '1,200', 'many', '1e3']) {
      expect(readCapacity(text), text).toEqual({ ok: false });
    }
    expect(capacityProblem('0', t)).toBe('Enter a whole number from 1 to 100,000, or leave the field empty.');
  });
});
