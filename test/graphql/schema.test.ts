import { readFileSync } from 'node:fs';
import { parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaFile, printSubgraphFile } from '../../src/schema/print.js';

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

describe('subgraph.graphql', () => {
  it('matches the subgraph SDL built from the code (run `npm run schema:print` after changing src/schema)', () => {
    const committed = readFileSync(new URL('../../subgraph.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printSubgraphFile());
  });

  it('declares the entities by their global id, and no federation fields of its own', () => {
    const sdl = printSubgraphFile();
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])');
    expect(sdl).toContain('type PageInfo\n  @shareable\n{');
    for (const type of ['Workspace', 'Channel', 'Message', 'User', 'ScheduledMessage', 'Attachment']) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Node\\s+@key\\(fields: "id"\\)`));
    }
    // _service and _entities are Federation's own: the SDL a gateway composes leaves them out.
    expect(sdl).not.toContain('_entities');
    expect(sdl).not.toContain('_service');
  });

  it('leaves the public schema without federation fields', () => {
    const sdl = printSchemaFile();
    expect(sdl).not.toMatch(/_entities|_service|_Any|@key|@link|@shareable/);
  });
});
