import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { composeSupergraph, switchboardSubgraph } from '../../scripts/supergraph.js';
import { TICKETS_SDL } from '../../testkit/federation/tickets.js';

/**
 * Composition of the committed subgraph.graphql with other subgraphs (The Guild's composition, as Hive
 * Gateway does it), and `npm run supergraph`, the script README "Federation" tells a company to run.
 */

/** A company's Relay-style CRM subgraph: its own PageInfo, and contacts listing messages by id. */
const CRM_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])

type Contact @key(fields: "id") {
  id: ID!
  name: String!
  conversations(first: Int, after: String): ContactConversations!
}

type ContactConversations {
  nodes: [Message!]!
  pageInfo: PageInfo!
}

type PageInfo @shareable {
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
  endCursor: String
}

type Message @key(fields: "id", resolvable: false) {
  id: ID!
}

type Query {
  contact(id: ID!): Contact
}
`;

const SWITCHBOARD_URL = 'http://switchboard:4000/graphql';

describe('composing Switchboard with other subgraphs', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'switchboard-supergraph-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('composes with the tickets subgraph and with a Relay-style CRM subgraph that shares PageInfo', () => {
    const composition = composeSupergraph([
      switchboardSubgraph(SWITCHBOARD_URL),
      { name: 'tickets', sdl: TICKETS_SDL, url: 'http://tickets:4001/graphql' },
      { name: 'crm', sdl: CRM_SDL, url: 'http://crm:4002/graphql' },
    ]);
    expect(composition.errors).toBeUndefined();
    const sdl = composition.supergraphSdl!;
    expect(sdl).toContain('type PageInfo @join__type(graph: CRM) @join__type(graph: SWITCHBOARD)');
    expect(sdl).toContain('type Message implements Node @join__type(graph: CRM, key: "id", resolvable: false) @join__type(graph: SWITCHBOARD, key: "id")');
    expect(sdl).toContain(`SWITCHBOARD @join__graph(name: "switchboard", url: "${SWITCHBOARD_URL}")`);
  });

  it('refuses a subgraph that shares PageInfo without marking it @shareable, naming the fields', () => {
    const clash = CRM_SDL.replace('type PageInfo @shareable {', 'type PageInfo {');
    const composition = composeSupergraph([switchboardSubgraph(SWITCHBOARD_URL), { name: 'crm', sdl: clash, url: 'http://crm:4002/graphql' }]);
    expect(composition.supergraphSdl).toBeUndefined();
    expect(composition.errors).toContain(
      'Non-shareable field "PageInfo.hasNextPage" is resolved from multiple subgraphs: it is resolved from subgraphs "crm" and "switchboard" and defined as non-shareable in subgraph "crm"',
    );
  });

  it('npm run supergraph writes the supergraph, or prints the errors and exits 1', async () => {
    const tickets = join(scratch, 'tickets.graphql');
    const out = join(scratch, 'supergraph.graphql');
    writeFileSync(tickets, TICKETS_SDL);
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/supergraph.ts', ...args], { cwd: new URL('../..', import.meta.url) });

    const written = await run('--switchboard', SWITCHBOARD_URL, '--out', out, `tickets=${tickets}@http://tickets:4001/graphql`);
    expect(written.stdout).toContain(`${out} written: switchboard, tickets`);
    expect(readFileSync(out, 'utf8')).toContain('TICKETS @join__graph(name: "tickets", url: "http://tickets:4001/graphql")');

    const broken = join(scratch, 'broken.graphql');
    writeFileSync(broken, CRM_SDL.replace('type PageInfo @shareable {', 'type PageInfo {'));
    const failed = await run('--out', join(scratch, 'never.graphql'), `crm=${broken}@http://crm:4002/graphql`).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('Composition failed:');
    expect(() => readFileSync(join(scratch, 'never.graphql'))).toThrow();
  });
});
