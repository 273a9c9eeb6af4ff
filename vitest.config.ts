import { defineConfig } from 'vitest/config';

// Two projects: the web app's unit tests (DOM tests declare happy-dom themselves) and the server's
// tests, which get a freshly migrated template database (PGlite, or PostgreSQL when
// PATHWAYS_TEST_DB=postgres) that each test file copies for itself. Browser tests have their own
// config in e2e/.
export default defineConfig({
  test: {
    // Each server test file opens its own database; two at a time fit two cores and PGlite's memory.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'web',
          include: ['src/web/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['src/web/test-setup.ts'],
          // See test-setup.ts: under load a DOM test with several steps can outlast the default 5 s.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'server',
          include: ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
