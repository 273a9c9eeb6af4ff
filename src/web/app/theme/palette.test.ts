import { describe, expect, it } from 'vitest';
import { contrastRatio, palette, TEXT_PAIRS } from './palette';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // Mantine's default "dimmed" grey on white: too faint for body text, which is why we do not use it.
    expect(contrastRatio('#868e96', '#ffffff')).toBeLessThan(4.5);
  });
});

describe('the palette', () => {
  it.each(TEXT_PAIRS)('%s on %s meets WCAG AA for normal text (4.5:1)', (foreground, background) => {
    expect(contrastRatio(palette[foreground], palette[background])).toBeGreaterThanOrEqual(4.5);
  });

  it('makes the demo banner strongly legible (AAA, 7:1)', () => {
    expect(contrastRatio(palette.bannerText, palette.bannerSurface)).toBeGreaterThanOrEqual(7);
  });
});
