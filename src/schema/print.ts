import { printSchema } from 'graphql';
import { schema } from './index.js';

/** The committed SDL: generated from the code, never edited by hand. */
export function printSchemaFile(): string {
  return `# Generated from src/schema by \`npm run schema:print\`. Do not edit: a test fails when this file drifts.\n\n${printSchema(schema)}\n`;
}
