import { describe, expect, it } from 'vitest';
import { matchesTimeZone, timeZoneChoices, timeZoneFilter, timeZoneNames } from './time-zones';

describe('time zones', () => {
  it('lists the runtime’s zones with UTC, sorted, once each', () => {
    const names = timeZoneNames();
    expect(names).toContain('Africa/Tunis');
    expect(names).toContain('UTC');
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps a facility’s stored zone among the choices even when the runtime does not list it', () => {
    expect(timeZoneChoices('Africa/Tunis')).toHaveLength(timeZoneNames().length);
    const choices = timeZoneChoices('Etc/Not_Listed_Here');
    expect(choices).toContain('Etc/Not_Listed_Here');
    expect(choices).toHaveLength(timeZoneNames().length + 1);
  });

  it('finds zones by any words of their name, without case, accents or underscores', () => {
    expect(matchesTimeZone('America/Argentina/Buenos_Aires', 'buenos aires')).toBe(true);
    expect(matchesTimeZone('America/Argentina/Buenos_Aires', 'Argentina Aires')).toBe(true);
    expect(matchesTimeZone('America/Bogota', 'Bogotá')).toBe(true);
    expect(matchesTimeZone('Africa/Tunis', 'africa/tun')).toBe(true);
    expect(matchesTimeZone('Africa/Tunis', 'paris')).toBe(false);
    expect(matchesTimeZone('Africa/Tunis', '  ')).toBe(true);
  });

  it('filters the select’s options up to its limit', () => {
    const options = ['Africa/Tunis', 'Europe/Paris', 'Europe/Prague', 'Europe/Podgorica'].map((zone) => ({
      value: zone,
      label: zone,
    }));
    expect(
      timeZoneFilter({ options, search: 'europe', limit: 2 }).map(
        (option) => 'value' in option && option.value,
      ),
    ).toEqual(['Europe/Paris', 'Europe/Prague']);
    expect(timeZoneFilter({ options, search: 'tunis', limit: 10 })).toHaveLength(1);
  });
});
