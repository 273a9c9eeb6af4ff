// The few colours Pathways sets itself. Each text/background pair used on screen is listed in
// `TEXT_PAIRS` and checked for WCAG AA contrast (4.5:1) in palette.test.ts.

/** A deep, calm blue; shade 7 is the primary (links, buttons, focus ring). */
export const pathwaysBlue = [
  '#e7f2f7',
  '#cfe3ee',
  '#a3c9dd',
  '#74adcb',
  '#4d94ba',
  '#3582ad',
  '#1f6e99',
  '#175a7e',
  '#104765',
  '#0a354c',
] as const;

export const PRIMARY_SHADE = 7;

export const palette = {
  text: '#1a1b1e',
  textMuted: '#495057',
  surface: '#ffffff',
  surfaceMuted: '#f1f3f5',
  primary: pathwaysBlue[PRIMARY_SHADE],
  primaryStrong: pathwaysBlue[9],
  bannerText: '#1a1b1e',
  bannerSurface: '#fff4d6',
  bannerEdge: '#8a6100',
  // Errors: a deep red (Mantine's red 6 is 3.6:1 on white, too faint for text) on a pale red.
  error: '#b02a1e',
  errorSurface: '#fdeeec',
  infoSurface: '#e7f2f7',
} as const;

export type PaletteName = keyof typeof palette;

/** Foreground on background, as they meet on screen. */
export const TEXT_PAIRS: ReadonlyArray<readonly [PaletteName, PaletteName]> = [
  ['text', 'surface'],
  ['text', 'surfaceMuted'],
  ['textMuted', 'surface'],
  ['textMuted', 'surfaceMuted'],
  ['primary', 'surface'],
  ['primary', 'surfaceMuted'],
  ['primaryStrong', 'surface'],
  ['surface', 'primary'],
  ['bannerText', 'bannerSurface'],
  ['bannerEdge', 'bannerSurface'],
  ['error', 'surface'],
  ['error', 'errorSurface'],
  ['text', 'errorSurface'],
  ['text', 'infoSurface'],
  ['primary', 'infoSurface'],
];

/** WCAG 2.x contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort(
    (a, b) => b - a,
  );
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

function relativeLuminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
