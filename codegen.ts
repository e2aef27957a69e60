import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: typed documents for tests and benchmarks.
 *
 * - `schema.graphql` is the committed SDL produced by `npm run schema:print`.
 * - Operations are written with `graphql(...)` from `testkit/gql/index.js` in
 *   test/, testkit/ and bench/; the generated client lives in `testkit/gql/` and is committed
 *   (CI checks that `npm run codegen` leaves it unchanged).
 */
const config: CodegenConfig = {
  schema: './schema.graphql',
  // limits.test.ts runs against a miniature schema of its own, not this one.
  documents: ['test/**/*.ts', 'testkit/**/*.ts', 'bench/**/*.ts', '!testkit/gql/**', '!test/graphql/limits.test.ts'],
  // Emit `./graphql.js`-style relative imports (ESM + NodeNext need the extension).
  importExtension: '.js',
  // Still generate the client (with an empty document map) when no operations exist yet.
  ignoreNoDocuments: true,
  generates: {
    'testkit/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          URL: 'string',
          EmailAddress: 'string',
          File: 'File',
        },
      },
    },
  },
};

export default config;
