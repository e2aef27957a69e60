import { writeFileSync } from 'node:fs';
import { printSchemaFile } from '../src/schema/print.js';

/** Writes schema.graphql from the code (`npm run schema:print`); a test fails when the file drifts. */
writeFileSync(new URL('../schema.graphql', import.meta.url), printSchemaFile());
process.stdout.write('schema.graphql written\n');
