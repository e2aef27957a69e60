import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateComplexity } from '../../src/http/query-limits.js';
import { decodeGlobalId, encodeGlobalId } from '../../src/providers/ids.js';
import { subgraphSchema } from '../../src/schema/index.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { demoDirectory, type DemoDirectory } from '../../testkit/demo.js';
import { demoReferences, type DemoReferences } from '../../testkit/federation/demo-references.js';

/**
 * Switchboard as a Federation v2 subgraph, seen by a black-box client over HTTP: `_service { sdl }` and
 * `_entities(representations:)` with the same auth, limits and error codes as any query, resolving references
 * exactly like node(id) (never wider), batched. Documents are plain strings: they use fields only the
 * subgraph schema has, and codegen reads the public schema.
 */

const SERVICE = 'query Service { _service { sdl } }';

const ENTITIES = `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Workspace { id name }
      ... on Channel { id name }
      ... on Message { id text }
      ... on User { id name }
      ... on ScheduledMessage { id text }
      ... on Attachment { id filename }
    }
  }
`;

const NODES = 'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }';

const MESSAGES_WITH_AUTHORS = `
  query MessageEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Message { id text author { name } reactions { emoji users { name } } channel { name } }
    }
  }
`;

const NESTED_REPLIES = `
  query NestedReplies($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Message { children(first: 100) { nodes { children(first: 100) { nodes { id } } } } }
    }
  }
`;

type Entity = { __typename: string; id: string; name?: string; text?: string; filename?: string } | null;

const ref = (typename: string, id: string) => ({ __typename: typename, id });

describe('Switchboard as a subgraph: _service and _entities over HTTP (built-in workspace)', () => {
  let app: TestApp;
  let demo: DemoDirectory;
  let refs: DemoReferences;

  beforeAll(async () => {
    app = await startTestApp('pglite');
    demo = await demoDirectory(app);
    refs = await demoReferences(app, demo);
  });
  afterAll(() => app?.close());

  const entities = (apiKey: string | null, representations: unknown[], document = ENTITIES) =>
    app.gql<{ _entities: Entity[] }>(apiKey, document, { representations });

  it('_service answers the committed subgraph SDL, to an authenticated caller only', async () => {
    const result = await app.gql<{ _service: { sdl: string } }>('demo-carol', SERVICE);
    expect(result.errors).toBeUndefined();
    const committed = readFileSync(new URL('../../subgraph.graphql', import.meta.url), 'utf8');
    expect(committed.endsWith(`\n\n${result.data!._service.sdl}\n`)).toBe(true);
    expect(result.data!._service.sdl).toContain('type Message implements Node\n  @key(fields: "id")');

    const anonymous = await app.gql(null, SERVICE);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0].extensions?.code).toBe('NOT_AUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();
  });

  it('_entities needs an API key like every query', async () => {
    const result = await entities(null, [ref('Message', refs.generalThread)]);
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('NOT_AUTHENTICATED');
  });

  it('resolves every entity type by its global id', async () => {
    const representations = [
      ref('Workspace', demo.acmeId),
      ref('Channel', demo.channel.general),
      ref('Message', refs.generalThread),
      ref('User', demo.user['Bob Martinez']),
      ref('ScheduledMessage', refs.aliceScheduled),
      ref('Attachment', refs.attachment.anywhere),
    ];
    const result = await entities('demo-alice', representations);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((entity) => entity && { __typename: entity.__typename, id: entity.id })).toEqual(representations.map(({ __typename, id }) => ({ __typename, id })));
    expect(result.data!._entities[0]).toMatchObject({ name: 'Acme' });
    expect(result.data!._entities[1]).toMatchObject({ name: 'general' });
  });

  it('answers a reference the viewer cannot see with null and no error, exactly like nodes(ids)', async () => {
    const acme = decodeGlobalId(demo.acmeId);
    const unknownMessage = encodeGlobalId({ typename: 'Message', provider: 'builtin', workspaceId: acme.workspaceId, nativeId: randomUUID() });
    const representations = [
      ref('Message', refs.generalThread), // #general: carol is a member
      ref('Message', refs.leadershipMessage), // #leadership: carol is not
      ref('Channel', demo.channel.leadership),
      ref('Channel', demo.globexChannelId), // Globex: carol has no user there
      ref('Workspace', demo.globexId),
      ref('ScheduledMessage', refs.aliceScheduled), // private to its author
      ref('Message', unknownMessage), // does not exist at all
      ref('Channel', demo.channel.general),
    ];
    const asCarol = await entities('demo-carol', representations);
    expect(asCarol.status).toBe(200);
    expect(asCarol.errors).toBeUndefined();
    const ids = asCarol.data!._entities.map((entity) => entity?.id ?? null);
    expect(ids).toEqual([refs.generalThread, null, null, null, null, null, null, demo.channel.general]);
    // Nothing in the answer tells an invisible object from a missing one.
    expect(JSON.stringify(asCarol)).not.toMatch(/leadership|Globex|not found|NOT_FOUND/i);

    const nodes = await app.gql<{ nodes: Array<{ id: string } | null> }>('demo-carol', NODES, {
      ids: representations.map((representation) => representation.id),
    });
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data!.nodes.map((node) => node?.id ?? null)).toEqual(ids);

    // alice is in #leadership and in Globex, and wrote the scheduled message: she sees all that exists.
    const asAlice = await entities('demo-alice', representations);
    expect(asAlice.data!._entities.map((entity) => entity?.id ?? null)).toEqual(
      representations.map((representation) => (representation.id === unknownMessage ? null : representation.id)),
    );
  });

  it('answers malformed representations with VALIDATION_ERROR at their index, resolving the others', async () => {
    const result = await entities('demo-carol', [
      ref('Message', refs.generalThread),
      ref('Ticket', 'T-1'),
      ref('Message', demo.channel.general),
      { __typename: 'Message' },
      ref('Message', 'not-an-id'),
      ref('Event', refs.generalThread),
    ]);
    expect(result.status).toBe(200);
    expect(result.data!._entities.map((entity) => entity?.id ?? null)).toEqual([refs.generalThread, null, null, null, null, null]);
    const errors = (result.errors ?? []).map((error) => ({ path: error.path, code: error.extensions?.code, message: error.message }));
    expect(errors.map(({ path, code }) => ({ path, code }))).toEqual(
      [1, 2, 3, 4, 5].map((index) => ({ path: ['_entities', index], code: 'VALIDATION_ERROR' })),
    );
    expect(errors[0].message).toContain('"Ticket" is not an entity of this subgraph');
    expect(errors[1].message).toContain('expected the id of a Message');
    expect(errors[2].message).toContain('representations[3].id must be the global id of a Message');
    expect(errors[3].message).toContain('is not a valid Switchboard id');
    expect(errors[4].message).toContain('"Event" is not an entity of this subgraph');
  });

  it('batches references: 500 message references cost the same SQL statements as 5', async () => {
    expect(refs.messages.length).toBeGreaterThanOrEqual(500);
    const statementsFor = async (count: number) => {
      const representations = refs.messages.slice(0, count).map((id) => ref('Message', id));
      app.takeStatementCount();
      const result = await entities('demo-alice', representations, MESSAGES_WITH_AUTHORS);
      const statements = app.takeStatementCount();
      expect(result.errors).toBeUndefined();
      const resolved = result.data!._entities;
      expect(resolved).toHaveLength(count);
      expect(resolved.every((entity) => entity !== null)).toBe(true);
      return statements;
    };
    const few = await statementsFor(5);
    const many = await statementsFor(500);
    expect(many).toBe(few);
    // Measured: API key, memberships (naming the viewer's user), messages with the viewer's access to their
    // channels, authors and reactors, channels.
    expect(many).toBe(5);
  });

  it('counts the representations list in the query cost by its length', async () => {
    const document = parse(NESTED_REPLIES);
    const representations = (count: number) => refs.messages.slice(0, count).map((id) => ref('Message', id));
    // Per message: children 1 + 100 × (nodes 1 + children (1 + 100 × (nodes 1 + id 1))) = 20,201.
    expect(estimateComplexity(subgraphSchema, document, { representations: representations(5) })).toBe(1 + 5 * 20_201);
    expect(estimateComplexity(subgraphSchema, document, { representations: representations(500) })).toBe(1 + 500 * 20_201);

    const small = await entities('demo-alice', representations(5), NESTED_REPLIES);
    expect(small.errors).toBeUndefined();
    const large = await entities('demo-alice', representations(500), NESTED_REPLIES);
    expect(large.status).toBe(400);
    expect(large.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION_ERROR' } });
    expect(large.errors?.[0].message).toContain('Query is too complex: estimated 10,100,501 objects');
  });
});
