import { type Static, Type } from 'typebox';

/**
 * What `GET /api/v1/platform` answers, without signing in: enough for the web app to name the
 * platform, show its version and warn when the data is a demonstration.
 * Shared by the server (response schema) and the web app (type only): import nothing from src/web here.
 */
export const PlatformInfo = Type.Object({
  name: Type.String(),
  version: Type.String(),
  environment: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')]),
  demoData: Type.Boolean(),
  languages: Type.Array(Type.String()),
});

export type PlatformInfo = Static<typeof PlatformInfo>;
