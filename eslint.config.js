// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Architecture (import boundaries), enforced with `no-restricted-imports`:
 *
 *   providers      -> knows nothing about GraphQL: no graphql / graphql-yoga / @pothos,
 *                     and no imports from schema/, resolvers/, subscriptions/ or server.
 *   resolvers      -> plain functions over providers: no graphql / graphql-yoga / @pothos,
 *                     and no imports from schema/.
 *   subscriptions  -> event plumbing: no @pothos, no imports from schema/ or resolvers/.
 *
 * Relative paths are matched at any depth (`../schema`, `../../schema/x.js`, ...).
 */

/** @param {string} dir @param {string} message */
const relativeTo = (dir, message) => ({
  regex: `^(\\.\\./)+${dir}(/.*|\\.js|\\.ts)?$`,
  message,
});

const graphqlPackages = (/** @type {string} */ message) => [
  { regex: '^graphql(/.*)?$', message },
  { regex: '^graphql-yoga(/.*)?$', message },
  { regex: '^@pothos/', message },
];

const PROVIDERS_MSG =
  'Providers are transport-agnostic: they must not depend on GraphQL (graphql, graphql-yoga, @pothos/*) or on the schema/resolvers/subscriptions/server layers.';
const RESOLVERS_MSG =
  'Resolvers must not depend on GraphQL libraries (graphql, graphql-yoga, @pothos/*) or on schema/; the schema layer calls resolvers, not the other way round.';
const SUBSCRIPTIONS_MSG =
  'Subscriptions must not depend on @pothos/*, schema/ or resolvers/; the schema layer wires subscriptions in.';

export default defineConfig(
  globalIgnores(['node_modules/', 'testkit/gql/**', '.data/', 'dist/', 'scratch/**', 'coverage/']),

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
    files: ['src/providers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...graphqlPackages(PROVIDERS_MSG),
            relativeTo('schema', PROVIDERS_MSG),
            relativeTo('resolvers', PROVIDERS_MSG),
            relativeTo('subscriptions', PROVIDERS_MSG),
            relativeTo('server', PROVIDERS_MSG),
          ],
        },
      ],
    },
  },

  {
    files: ['src/resolvers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...graphqlPackages(RESOLVERS_MSG), relativeTo('schema', RESOLVERS_MSG)],
        },
      ],
    },
  },

  {
    files: ['src/subscriptions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@pothos/', message: SUBSCRIPTIONS_MSG },
            relativeTo('schema', SUBSCRIPTIONS_MSG),
            relativeTo('resolvers', SUBSCRIPTIONS_MSG),
          ],
        },
      ],
    },
  },
);
