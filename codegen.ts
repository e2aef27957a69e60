import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: typed documents for tests and benchmarks, and the typed client package (client/).
 *
 * - `schema.graphql` is the committed SDL produced by `npm run schema:print`.
 * - Operations are written with `graphql(...)` from `testkit/gql/index.js` in
 *   test/, testkit/ and bench/; the generated client lives in `testkit/gql/` and is committed
 *   (CI checks that `npm run codegen` leaves it unchanged).
 */
const scalars = {
  DateTime: 'string',
  URL: 'string',
  EmailAddress: 'string',
  File: 'File',
};

const config: CodegenConfig = {
  schema: './schema.graphql',
  // Emit `./graphql.js`-style relative imports (ESM + NodeNext need the extension).
  importExtension: '.js',
  // Still generate the client (with an empty document map) when no operations exist yet.
  ignoreNoDocuments: true,
  generates: {
    'testkit/gql/': {
      // limits.test.ts runs against a miniature schema of its own, not this one.
      documents: ['test/**/*.ts', 'testkit/**/*.ts', 'bench/**/*.ts', '!testkit/gql/**', '!test/graphql/limits.test.ts'],
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
      },
    },
    // The typed client for frontends (client/, an npm workspace): its curated operations, and the schema
    // facts its cache configurations are built from.
    'client/src/generated/': {
      documents: ['client/src/operations.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: { useTypeImports: true, enumsAsTypes: true, scalars, dedupeFragments: true },
    },
    'client/src/generated/schema-facts.ts': {
      documents: [],
      plugins: ['./client/codegen/schema-facts.js'],
    },
  },
};

export default config;
