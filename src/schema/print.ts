import { printSubgraphSchema } from '@apollo/subgraph';
import { printSchema } from 'graphql';
import { schema, subgraphSchema } from './index.js';

/** The committed SDL: generated from the code, never edited by hand. */
export function printSchemaFile(): string {
  return `# Generated from src/schema by \`npm run schema:print\`. Do not edit: a test fails when this file drifts.\n\n${printSchema(schema)}\n`;
}

/**
 * The committed subgraph SDL (subgraph.graphql): the same schema with Federation's directives (@link, @key),
 * as `_service { sdl }` answers it; what a gateway's composition takes.
 */
export function printSubgraphFile(): string {
  return (
    '# Generated from src/schema by `npm run schema:print`: the Apollo Federation v2 subgraph SDL, for composition.\n' +
    `# Do not edit: a test fails when this file drifts.\n\n${printSubgraphSchema(subgraphSchema)}\n`
  );
}
