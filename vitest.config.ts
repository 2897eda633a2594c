import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * graphql as Node resolves it for the server (`main`: CommonJS), not Vite's `module` entry: Apollo
 * is loaded by Node and builds its schema with that copy, and the server's own code (compiled
 * reads validate documents against Apollo's schema) must use the same one, as under tsx.
 */
const GRAPHQL = createRequire(new URL('./server/package.json', import.meta.url)).resolve('graphql');

// One runner for the workspace. `node` holds unit tests beside the code and the API/integration
// tests in tests/api; both get a migrated template database from the global setup (PGlite by
// default, the PostgreSQL server named by DATABASE_URL otherwise). `e2e` drives Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: [{ find: /^graphql$/, replacement: GRAPHQL }] },
        test: {
          name: 'node',
          include: [
            'server/src/**/*.test.ts',
            'tests/api/**/*.test.ts',
            'tests/faults/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          environment: 'node',
          globalSetup: ['tests/setup/global-db.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
