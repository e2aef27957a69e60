// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import path from 'node:path';
import tseslint from 'typescript-eslint';

/**
 * Architecture (import boundaries), enforced with `no-restricted-imports` over every folder of src/.
 * Layers, each importing only from the layers below it (docs/architecture.md draws them):
 *
 *   server.ts, services.ts, config.ts   wiring (nothing imports server.ts)
 *   http/                               yoga app, plugins, routes, transports
 *   scheduler/                          background delivery of scheduled messages (calls resolvers)
 *   schema/                             Pothos types; calls resolvers
 *   resolvers/                          provider-neutral logic; no GraphQL libraries
 *   context.ts, loaders.ts              the per-request context and its DataLoaders
 *   subscriptions/                      ingest, bus, event log, streams; no GraphQL schema
 *   providers/index.ts, registry.ts,    the provider list and what runs it; seed/ (the demo writes
 *     runtimes.ts, oauth.ts; seed/      built-in workspaces through the builtin index)
 *   providers/<name>/                   one folder per provider; no GraphQL
 *   providers/*.ts, features/, kit/;    the neutral model and the shared provider kit; Switchboard's own
 *     connections/ store/ files/ unfurl/  storage and helpers
 *   db/ errors.ts log.ts                the base
 *
 * And across the provider folders: nothing outside a provider folder imports more than its index.ts,
 * and provider folders do not import each other (the shared kit lives in providers/kit/).
 *
 * Relative paths are matched at any depth (`../schema`, `../../schema/x.js`, ...).
 */

/**
 * The layer of a file of src/, by its path relative to src/ (forward slashes). Higher layers may import
 * lower ones and their own; nothing imports upwards.
 * @param {string} file
 */
function layerOf(file) {
  if (/^(server|services|config)\.ts$/.test(file)) return { rank: 9, name: 'wiring (server/services/config)' };
  if (file.startsWith('http/')) return { rank: 8, name: 'http' };
  if (file.startsWith('schema/')) return { rank: 7, name: 'schema' };
  if (file.startsWith('scheduler/')) return { rank: 7, name: 'scheduler' };
  if (file.startsWith('resolvers/')) return { rank: 6, name: 'resolvers' };
  if (/^(context|loaders)\.ts$/.test(file)) return { rank: 5, name: 'context' };
  if (file.startsWith('subscriptions/')) return { rank: 4, name: 'subscriptions' };
  if (/^providers\/(index|registry|runtimes|oauth)\.ts$/.test(file) || file.startsWith('seed/')) return { rank: 3, name: 'provider list' };
  if (/^providers\/(?!features\/|kit\/)[^/]+\//.test(file)) return { rank: 2, name: 'a provider folder' };
  if (/^(providers|connections|store|files|unfurl)\//.test(file)) return { rank: 1, name: 'model and storage' };
  return { rank: 0, name: 'base (db, errors, log)' };
}

/** The provider folder a file of src/ belongs to, or null. @param {string} file */
const providerFolderOf = (file) => /^providers\/(?!features\/|kit\/)([^/]+)\//.exec(file)?.[1] ?? null;

/**
 * One rule for the whole architecture: imports flow down the layers of layerOf(), and nothing outside a
 * provider folder imports more than that folder's index.ts (provider folders never import each other).
 */
const boundaries = {
  rules: {
    layers: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const src = path.resolve(import.meta.dirname, 'src');
        const from = path.relative(src, context.filename).split(path.sep).join('/');
        if (from.startsWith('..')) return {};
        const check = (/** @type {any} */ node) => {
          const spec = node.source?.value;
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const target = path
            .relative(src, path.resolve(path.dirname(context.filename), spec))
            .split(path.sep)
            .join('/')
            .replace(/\.js$/, '.ts');
          if (target.startsWith('..')) return;
          const [source, dest] = [layerOf(from), layerOf(target)];
          if (dest.rank > source.rank) {
            context.report({ node, message: `Upward import: ${source.name} (src/${from}) must not import ${dest.name} (src/${target}).` });
          }
          const folder = providerFolderOf(target);
          if (folder && providerFolderOf(from) !== folder && target !== `providers/${folder}/index.ts`) {
            context.report({ node, message: `Import the ${folder} provider only through src/providers/${folder}/index.ts, not src/${target}.` });
          }
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

const graphqlPackages = (/** @type {string} */ message) => [
  { regex: '^graphql(/.*)?$', message },
  { regex: '^graphql-yoga(/.*)?$', message },
  { regex: '^@pothos/', message },
];

const NO_GRAPHQL =
  'Only schema/ and http/ speak GraphQL: providers, resolvers, subscriptions and the layers below them do not import graphql, graphql-yoga or @pothos/*.';

export default defineConfig(
  globalIgnores(['node_modules/', 'testkit/gql/**', '.data/', 'scratch/**', 'coverage/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    files: ['**/*.ts', '**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },

  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    rules: { 'boundaries/layers': 'error' },
  },

  {
    files: ['src/**/*.ts'],
    ignores: ['src/schema/**', 'src/http/**', 'src/server.ts', 'src/services.ts', 'src/config.ts', 'src/scheduler/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: graphqlPackages(NO_GRAPHQL) }] },
  },
);
