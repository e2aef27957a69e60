import { writeFileSync } from 'node:fs';
import { printSchemaFile, printSubgraphFile } from '../src/schema/print.js';

/** Writes schema.graphql and subgraph.graphql from the code (`npm run schema:print`); a test fails when either drifts. */
writeFileSync(new URL('../schema.graphql', import.meta.url), printSchemaFile());
writeFileSync(new URL('../subgraph.graphql', import.meta.url), printSubgraphFile());
process.stdout.write('schema.graphql and subgraph.graphql written\n');
