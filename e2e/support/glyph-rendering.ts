import type { Locator } from 'playwright-core';
import type { BrowserElement, BrowserGlobals } from './browser-globals.ts';

/** How the characters of an element's text come out when drawn in that element's own font. */
export interface GlyphRendering {
  /** The distinct non-space characters drawn, in order of appearance. */
  characters: string[];
  /** How many different bitmaps they produced: equal to `characters.length` when every glyph is real. */
  distinctBitmaps: number;
  /** Characters that left no ink at all. */
  blank: string[];
}

/**
 * Why bitmaps: when no installed font has a glyph for a character, Chromium draws the `.notdef`
 * glyph of the first font, the same box ("tofu") for every such character. So N different characters
 * drawn as N different bitmaps were drawn from real glyphs, and missing fonts collapse them into one
 * bitmap. Widths alone do not tell (every Chinese character and a tofu box can both be 1 em wide), and
 * `document.fonts.check()` answers true for fonts that are not installed at all. Canvas text goes
 * through the same font matching and fallback as the page's own text.
 */
export function glyphRenderingOf(element: Locator, sample?: string): Promise<GlyphRendering> {
  return element.evaluate((node: BrowserElement, sampleText: string | undefined) => {
    const { document, getComputedStyle } = globalThis as unknown as BrowserGlobals;
    const style = getComputedStyle(node);
    const text = sampleText ?? node.textContent ?? '';
    const characters = [...new Set(Array.from(text).filter((character) => character.trim() !== ''))];
    const size = 64;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas context');
    context.font = `32px ${style.fontFamily}`;
    context.direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
    context.textAlign = 'center';
    const bitmaps = new Set<string>();
    const blank: string[] = [];
    for (const character of characters) {
      context.clearRect(0, 0, size, size);
      context.fillText(character, size / 2, 44);
      const alpha = context.getImageData(0, 0, size, size).data.filter((_, index) => index % 4 === 3);
      const bitmap = Array.from(alpha, (value) => (value > 127 ? '1' : '0')).join('');
      if (!bitmap.includes('1')) blank.push(character);
      bitmaps.add(bitmap);
    }
    return { characters, distinctBitmaps: bitmaps.size, blank };
  }, sample);
}
