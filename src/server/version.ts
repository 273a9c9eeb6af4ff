import { readFileSync } from 'node:fs';

/** The version in package.json, shown by the API and the web app. */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
