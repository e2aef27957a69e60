import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vitest would load graphql's ESM build while yoga and Pothos (loaded by Node) get the CommonJS one;
    // graphql-js then rejects the schema as coming "from another module or realm". One copy for all.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Migrates one PGlite and one PostgreSQL database before the files run; test databases start as copies.
    globalSetup: ['testkit/global-setup.ts'],
    testTimeout: 30_000,
    // Every request logs a line at info; the suite makes thousands. Tests that check logs set their level.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    hookTimeout: 60_000,
  },
});
