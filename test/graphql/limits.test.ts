import { buildSchema, getIntrospectionQuery, parse, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS, estimateComplexity, queryLimitsPlugin, type QueryLimits } from '../../src/http/query-limits.js';


// A miniature of the Switchboard schema: Relay connections, a recursive
// Message.children connection, plain lists and a `last`-paged list.
const sdl = /* GraphQL */ `
  interface Node {
    id: ID!
  }
  type Query {
    channels(first: Int, last: Int, after: String, before: String): ChannelConnection!
    message(id: ID!): Message
    node(id: ID!): Node
  }
  type Channel implements Node {
    id: ID!
    name: String!
    messages(first: Int, after: String): MessageConnection!
  }
  type Message implements Node {
    id: ID!
    body: String!
    author: User!
    reactions: [Reaction!]!
    latestReplies(last: Int): [Message!]!
    children(first: Int, after: String): MessageConnection!
  }
  type User {
    id: ID!
    name: String!
  }
  type Reaction {
    emoji: String!
    user: User!
  }
  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }
  type ChannelConnection {
    nodes: [Channel!]!
    pageInfo: PageInfo!
  }
  type MessageEdge {
    cursor: String!
    node: Message!
  }
  type MessageConnection {
    nodes: [Message!]!
    edges: [MessageEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
`;

// Nested objects use function properties, which graphql's default resolver
// calls with the field arguments; only the Query root needs real resolvers.
const author = { id: 'u1', name: 'Ada' };
const pageInfo = { hasNextPage: false, endCursor: null };

function message(id: string) {
  return {
    __typename: 'Message', // lets graphql's default type resolver resolve Node
    id,
    body: `body of ${id}`,
    author,
    reactions: [{ emoji: '👍', user: author }],
    latestReplies: ({ last }: { last?: number | null }) => messageList(`${id}.r`, last ?? 1),
    children: ({ first }: { first?: number | null }) => connection(messageList(id, first ?? 2)),
  };
}

function messageList(prefix: string, count: number) {
  return Array.from({ length: Math.min(count, 3) }, (_, i) => message(`${prefix}.${i + 1}`));
}

function connection<T>(nodes: T[]) {
  return { nodes, edges: nodes.map((node, i) => ({ cursor: String(i), node })), pageInfo, totalCount: nodes.length };
}

function buildTestSchema(): GraphQLSchema {
  const schema = buildSchema(sdl);
  const channel = {
    id: 'c1',
    name: 'general',
    messages: ({ first }: { first?: number | null }) => connection(messageList('m', first ?? 2)),
  };
  const resolvers: Record<string, GraphQLFieldResolver<unknown, unknown, { id?: string }>> = {
    channels: () => ({ nodes: [channel], pageInfo }),
    message: (_root, { id }) => message(id!),
    node: (_root, { id }) => message(id!),
  };
  const fields = schema.getQueryType()!.getFields();
  for (const [name, resolve] of Object.entries(resolvers)) fields[name]!.resolve = resolve;
  return schema;
}

const schema = buildTestSchema();

interface GraphQLResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

function server(limits: Partial<QueryLimits> = {}) {
  const yoga = createYoga({ schema, plugins: [queryLimitsPlugin(limits)], logging: false });
  return async function run(
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
    // The GraphQL-over-HTTP media type, under which yoga answers validation
    // errors with 400; legacy application/json clients get 200 instead.
    accept = 'application/graphql-response+json',
  ): Promise<GraphQLResponse> {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
  };
}

const estimate = (query: string, variables?: Record<string, unknown>, limits?: QueryLimits, operationName?: string) =>
  estimateComplexity(schema, parse(query), variables, limits, operationName);

/** `message { children(first: N) { nodes { ... levels deep ... { id } } } }` */
function nestedChildren(levels: number, first: string | number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `children(first: ${first}) { nodes { ${inner} } }`;
  return `message(id: "m1") { ${inner} }`;
}

function aliasedMessages(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `m${i}: message(id: "m${i}") { id }`).join(' ')} }`;
}

describe('queryLimitsPlugin', () => {
  it('lets a normal query through and returns its data', async () => {
    const run = server();
    const { status, body } = await run(/* GraphQL */ `
      {
        channels(first: 20) {
          nodes {
            name
            messages(first: 2) {
              nodes { id author { name } reactions { emoji } }
            }
          }
        }
      }
    `);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data).toEqual({
      channels: {
        nodes: [
          {
            name: 'general',
            messages: {
              nodes: [
                { id: 'm.1', author: { name: 'Ada' }, reactions: [{ emoji: '👍' }] },
                { id: 'm.2', author: { name: 'Ada' }, reactions: [{ emoji: '👍' }] },
              ],
            },
          },
        ],
      },
    });
  });

  it('accepts a query exactly at the depth limit', async () => {
    const run = server({ maxDepth: 5 });
    // message 1 > children 2 > nodes 3 > author 4 > name 5
    const { status, body } = await run(`{ message(id: "m1") { children(first: 1) { nodes { author { name } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it('rejects a query one level too deep with the depth message and code VALIDATION_ERROR', async () => {
    const run = server({ maxDepth: 5 });
    // message 1 > children 2 > nodes 3 > children 4 > nodes 5 > id 6
    const { status, body } = await run(`{ ${nestedChildren(2, 1)} }`);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Query is too deep: depth 6 exceeds the limit of 5.',
        extensions: { code: 'VALIDATION_ERROR' },
      }),
    ]);
  });

  it('counts depth through fragments and inline fragments', async () => {
    const run = server({ maxDepth: 5 });
    const { status, body } = await run(/* GraphQL */ `
      { node(id: "m1") { ... on Message { ...Deep } } }
      fragment Deep on Message { children { nodes { children { nodes { id } } } } }
    `);
    expect(status).toBe(400);
    expect(body.errors?.map((e) => e.message)).toEqual(['Query is too deep: depth 6 exceeds the limit of 5.']);
  });

  it('reports fragment cycles through graphql-js instead of recursing forever', async () => {
    const run = server();
    const { status, body } = await run(/* GraphQL */ `
      { message(id: "m1") { ...A } }
      fragment A on Message { children { nodes { ...B } } }
      fragment B on Message { id ...A }
    `);
    expect(status).toBe(400);
    expect(body.errors?.some((e) => e.message.startsWith('Cannot spread fragment "A" within itself'))).toBe(true);
  });

  it('rejects recursive children nested 6 levels with first: 100 as too complex', async () => {
    const run = server();
    // Depth is only 14, so this is the complexity limit at work:
    // c1 = 1 + 100 × (1 + 1), c(k) = 1 + 100 × (1 + c(k-1)), total = 1 + c6.
    const { status, body } = await run(`{ ${nestedChildren(6, 100)} }`);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message:
          'Query is too complex: estimated 2,020,202,020,202 objects exceeds the limit of 1,000,000. ' +
          'Ask for smaller pages (first/last) or fewer nested levels.',
        extensions: { code: 'VALIDATION_ERROR' },
      }),
    ]);
  });

  it('re-checks complexity for new variables even when yoga has cached the validation of the document', async () => {
    const query = `query Nested($n: Int) { ${nestedChildren(3, '$n')} }`;
    const tooComplex =
      'Query is too complex: estimated 2,222 objects exceeds the limit of 1,000. ' +
      'Ask for smaller pages (first/last) or fewer nested levels.';
    // n = 2: 30 objects; n = 10: 2,222 objects. Both orders matter: the cache
    // may hold the passing result or the result carrying the complexity error.
    for (const order of [[2, 10, 2], [10, 2, 10]]) {
      const run = server({ maxComplexity: 1_000 });
      for (const n of order) {
        const { status, body } = await run(query, { n });
        expect({ n, status, messages: body.errors?.map((e) => e.message) }).toEqual(
          n === 2 ? { n, status: 200, messages: undefined } : { n, status: 400, messages: [tooComplex] },
        );
      }
    }
  });

  it('estimates only the operation named by operationName', async () => {
    const run = server({ maxComplexity: 1_000 });
    const document = `query Cheap { message(id: "m1") { id } } query Expensive { ${nestedChildren(3, 100)} }`;
    const cheap = await run(document, undefined, 'Cheap');
    const expensive = await run(document, undefined, 'Expensive');
    expect(cheap.body).toEqual({ data: { message: { id: 'm1' } } });
    expect(expensive.status).toBe(400);
    expect(expensive.body.errors?.[0]?.message).toMatch(/^Query is too complex: estimated 2,020,202 objects/);
  });

  it('answers limit errors with the same HTTP status as graphql-js validation errors', async () => {
    const run = server({ maxDepth: 5, maxComplexity: 1_000 });
    const unknownField = `{ message(id: "m1") { nope } }`;
    const tooDeep = `{ ${nestedChildren(2, 1)} }`;
    const tooComplex = `{ channels(first: 100) { nodes { messages(first: 100) { nodes { id } } } } }`;
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      const statuses = await Promise.all(
        [unknownField, tooDeep, tooComplex].map(async (query) => (await run(query, undefined, undefined, accept)).status),
      );
      expect(statuses).toEqual(accept === 'application/json' ? [200, 200, 200] : [400, 400, 400]);
    }
  });

  it('lets the GraphiQL introspection query through even with a tiny depth limit', async () => {
    const run = server({ maxDepth: 2 });
    const { status, body } = await run(getIntrospectionQuery());
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data).toHaveProperty('__schema.queryType.name', 'Query');
  });

  it('accepts exactly maxAliases aliased fields', async () => {
    const run = server();
    const { status, body } = await run(aliasedMessages(30));
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it('rejects a document with more than maxAliases aliased fields', async () => {
    const run = server();
    const { status, body } = await run(aliasedMessages(31));
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Query has too many aliases: 31 aliased fields exceed the limit of 30.',
        extensions: { code: 'VALIDATION_ERROR' },
      }),
    ]);
  });

  it('rejects invalid limits when the plugin is created', () => {
    expect(() => queryLimitsPlugin({ maxDepth: -1 })).toThrow(RangeError);
    expect(() => queryLimitsPlugin({ maxComplexity: Number.NaN })).toThrow(RangeError);
  });
});

describe('estimateComplexity', () => {
  it('multiplies each connection by its page size and counts the nodes list once', () => {
    // 1 + 20 × (nodes 1 + messages 1 + 20 × (nodes 1 + id 1 + author 1 + name 1))
    const query = `{ channels(first: 20) { nodes { messages(first: 20) { nodes { id author { name } } } } } }`;
    expect(estimate(query)).toBe(1 + 20 * (1 + 1 + 20 * (1 + 1 + 1 + 1)));
    expect(estimate(query)).toBe(1641);
  });

  it('uses defaultPageSize without first, multiplies latestReplies(last:) and counts plain lists once', () => {
    const query = /* GraphQL */ `
      {
        channels {
          pageInfo { hasNextPage }
          nodes {
            name
            messages(first: 5) {
              totalCount
              nodes {
                body
                reactions { emoji user { name } }
                latestReplies(last: 3) { id author { name } }
              }
            }
          }
        }
      }
    `;
    // reactions      = 1 + (emoji 1 + user (1 + name 1))           = 4
    // latestReplies  = 1 + 3 × (id 1 + author (1 + name 1))         = 10
    // message node   = 1 + (body 1 + reactions 4 + latestReplies 10) = 16
    // messages       = 1 + 5 × (totalCount 1 + nodes 16)            = 86
    // channel node   = 1 + (name 1 + messages 86)                    = 88
    // channels       = 1 + 20 × (pageInfo (1 + 1) + nodes 88)        = 1801
    expect(estimate(query)).toBe(1801);
  });

  it('clamps page sizes to maxPageSize and honours custom limits', () => {
    expect(estimate(`{ channels(first: 1000) { nodes { id } } }`)).toBe(1 + 100 * 2);
    expect(estimate(`{ channels(first: 0) { nodes { id } } }`)).toBe(1);
    const limits = { ...DEFAULT_QUERY_LIMITS, defaultPageSize: 10, maxPageSize: 50 };
    expect(estimate(`{ channels { nodes { id } } }`, undefined, limits)).toBe(1 + 10 * 2);
    expect(estimate(`{ channels(first: 80) { nodes { id } } }`, undefined, limits)).toBe(1 + 50 * 2);
    // With both first and last the larger bounds the page.
    expect(estimate(`{ channels(first: 3, last: 7) { nodes { id } } }`)).toBe(1 + 7 * 2);
  });

  it('takes the multiplier from variables, variable defaults and the default page size', () => {
    const query = `query ($n: Int) { channels(first: $n) { nodes { id } } }`;
    expect(estimate(query, { n: 5 })).toBe(1 + 5 * 2);
    expect(estimate(query, { n: 50 })).toBe(1 + 50 * 2);
    expect(estimate(query, { n: 5000 })).toBe(1 + 100 * 2);
    expect(estimate(query, {})).toBe(1 + 20 * 2);
    expect(estimate(query, { n: null })).toBe(1 + 20 * 2);
    expect(estimate(`query ($n: Int = 7) { channels(first: $n) { nodes { id } } }`, {})).toBe(1 + 7 * 2);
  });

  it('counts fragments where they are spread, including a fragment spread twice', () => {
    const withFragments = /* GraphQL */ `
      {
        a: message(id: "1") { ...MessageParts }
        b: message(id: "2") { ...MessageParts }
      }
      fragment MessageParts on Message { id children(first: 10) { nodes { ...Leaf } } }
      fragment Leaf on Message { id body }
    `;
    const inlined = /* GraphQL */ `
      {
        a: message(id: "1") { id children(first: 10) { nodes { id body } } }
        b: message(id: "2") { id children(first: 10) { nodes { id body } } }
      }
    `;
    // MessageParts = id 1 + children (1 + 10 × (nodes 1 + Leaf 2)) = 32; each message = 33.
    expect(estimate(withFragments)).toBe(66);
    expect(estimate(inlined)).toBe(66);
  });

  it('estimates nested double fragment spreads without expanding every path', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^40 paths if expanded naively.
    let document = `{ message(id: "1") { ...F0 } } fragment F40 on Message { id }`;
    for (let i = 0; i < 40; i++) {
      document += ` fragment F${i} on Message { id a: children { nodes { ...F${i + 1} } } b: children { nodes { ...F${i + 1} } } }`;
    }
    const started = performance.now();
    expect(estimate(document)).toBeGreaterThan(1e60);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('resolves fields inside inline fragments on an interface', () => {
    // node 1 + (id 1 + children (1 + 2 × (nodes 1 + id 1)))
    expect(estimate(`{ node(id: "1") { id ... on Message { children(first: 2) { nodes { id } } } } }`)).toBe(7);
  });

  it('returns the most expensive operation unless one is named', () => {
    const document = `query Cheap { message(id: "1") { id } } query Expensive { channels(first: 5) { nodes { id } } }`;
    expect(estimate(document)).toBe(11);
    expect(estimate(document, undefined, undefined, 'Cheap')).toBe(2);
  });
});
