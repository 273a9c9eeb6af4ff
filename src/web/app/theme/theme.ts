import { type CSSVariablesResolver, createTheme } from '@mantine/core';
import { PRIMARY_SHADE, palette, pathwaysBlue } from './palette';

// The font stacks live in global.css (`--pw-font-family`), which changes them with the page language.
export const theme = createTheme({
  primaryColor: 'pathways',
  primaryShade: PRIMARY_SHADE,
  colors: { pathways: [...pathwaysBlue] },
  black: palette.text,
  fontFamily: 'var(--pw-font-family)',
  headings: { fontFamily: 'var(--pw-font-family)', fontWeight: '650' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  // Mantine shortens its transitions to nothing for users who ask for reduced motion.
  respectReducedMotion: true,
});

/** The palette as CSS custom properties, emitted in Mantine's own (nonce-carrying) style element. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {
    '--pw-color-text': palette.text,
    '--pw-color-text-muted': palette.textMuted,
    '--pw-color-surface': palette.surface,
    '--pw-color-surface-muted': palette.surfaceMuted,
    '--pw-color-primary': palette.primary,
    '--pw-color-primary-strong': palette.primaryStrong,
    '--pw-color-banner-text': palette.bannerText,
    '--pw-color-banner-surface': palette.bannerSurface,
    '--pw-color-banner-edge': palette.bannerEdge,
    '--pw-color-error': palette.error,
    '--pw-color-error-surface': palette.errorSurface,
    '--pw-color-info-surface': palette.infoSurface,
  },
  // Mantine's own error colour (field errors) is red 6, too faint on white: ours instead. Its
  // "dimmed" grey (input descriptions, 3.3:1 on white) becomes the text colour.
  light: { '--mantine-color-error': palette.error, '--mantine-color-dimmed': palette.text },
  dark: {},
});
