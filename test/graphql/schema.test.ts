import { readFileSync } from 'node:fs';
import { parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaFile } from '../../src/schema/print.js';

describe('schema.graphql', () => {
  it('matches the schema built from the code (run `npm run schema:print` after changing src/schema)', () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printSchemaFile());
  });

  it('keeps the public contract names of the design sketch', () => {
    // Compared without descriptions, which put every described argument on a line of its own.
    const sdl = print(visit(parse(printSchemaFile()), { enter: (node) => ('description' in node && node.description ? { ...node, description: undefined } : undefined) }));
    for (const name of [
      'interface Node',
      'type Workspace implements Node',
      'type Channel implements Node',
      'type Message implements Node',
      'type User implements Node',
      'type Event implements Node',
      'enum ErrorCode',
      'type UserError',
      'sendMessage(input: SendMessageInput!): SendMessagePayload!',
      'events(filter: EventFilter, after: String): Event!',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
