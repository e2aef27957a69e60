import { availableParallelism } from 'node:os';
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
    // Test files are independent (each has its own databases, fakes on port 0, random Redis channels), so they
    // run in parallel. Vitest's default is one worker fewer than the cores: on CI's 2-core machine that is
    // one, and the whole suite ran file after file while a core waited. A file also waits much of its time
    // on PostgreSQL, the fakes' sockets and timers, so a worker per core keeps both busy.
    maxWorkers: Math.max(2, availableParallelism()),
    // Migrates one PGlite and one PostgreSQL database before the files run; test databases start as copies.
    globalSetup: ['testkit/global-setup.ts'],
    testTimeout: 30_000,
    // Every request logs a line at info; the suite makes thousands. Tests that check logs set their level.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    hookTimeout: 60_000,
  },
});
