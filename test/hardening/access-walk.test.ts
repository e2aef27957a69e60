import {
  getNamedType,
  graphql as execute,
  isAbstractType,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestContext } from '../../src/context.js';
import type { ChannelRecord, MessageRecord } from '../../src/providers/model.js';
import { encodeGlobalId, decodeGlobalId } from '../../src/providers/ids.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { ENTITY_TYPES } from '../../src/schema/federation.js';
import { subgraphSchema as schema } from '../../src/schema/index.js';
import { findAccountByApiKey } from '../../src/store/api-keys.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { demoDirectory, type DemoDirectory } from '../../testkit/demo.js';

/**
 * Issue 15, item 1: a former member kept reading a private channel through a scheduled message
 * (`scheduledMessages { channel { messages … } }`), because ScheduledMessage.channel loaded the channel
 * without an access check. Every object a field returns now passes the access check of its type.
 *
 * Dave is in the private #vault-7f3a, follows a thread there, schedules two messages there (one of which
 * later FAILS), links to a message of it from #general, then leaves; alice keeps posting. The test then
 * walks every object-typed field of the schema that a query can reach, as dave — from every root field,
 * from node(id)/nodes(ids) of everything in the channel, events included — and checks that nothing of the
 * channel comes back: not its id, name or messages, not what was posted before or after he left.
 *
 * The walk runs on the schema the server answers (the public one plus Federation's `_entities`), so a
 * reference a gateway resolves is walked like node(id). Every provider's types are in it (Teams included);
 * the data is the built-in workspace's.
 */

const HOUR = 3_600_000;
const CHANNEL_NAME = 'vault-7f3a';
const BEFORE = 'VAULTBEFORE rocket plans';
const AFTER = 'VAULTAFTER rocket launch date';
/** The walk's depth below each entry point; past it (or on a type already on the path) only leaves are read. */
const DEPTH = 6;
/** The depth below node(id), nodes(ids:) and _entities, where every id names something of the channel. */
const ID_ENTRY_DEPTH = 2;

interface Walk {
  document: string;
  covered: Set<string>;
}

/** Arguments a field needs to be walked (the first page of 3 for connections, a search for the markers). */
function argumentsOf(field: GraphQLField<unknown, unknown>): string {
  const args: string[] = [];
  for (const arg of field.args) {
    if (arg.name === 'first') args.push('first: 3');
    else if (arg.name === 'query' && isNonNullType(arg.type)) args.push('query: "rocket"');
    else if (isNonNullType(arg.type)) throw new Error(`no value for required argument ${field.name}(${arg.name}:)`);
  }
  return args.length > 0 ? `(${args.join(', ')})` : '';
}

/**
 * A selection set that reads every field of `type`, recursing into object-typed fields up to `depth`. Under an
 * interface (Node) each type's fields get an alias of their own, since the same name has other types there.
 */
function selectAll(type: GraphQLNamedType, depth: number, path: string[], covered: Set<string>, aliased = false): string {
  if (isAbstractType(type)) {
    const fragments = schema.getPossibleTypes(type).map((possible) => `... on ${possible.name} ${selectAll(possible, depth, path, covered, true)}`);
    return `{ __typename ${fragments.join(' ')} }`;
  }
  const object = type as GraphQLObjectType;
  const parts: string[] = ['__typename'];
  const name = (field: string) => (aliased ? `${object.name}_${field}: ${field}` : field);
  for (const field of Object.values(object.getFields())) {
    const named = getNamedType(field.type);
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.name !== 'query')) continue; // reached through the entry points instead
    if (isLeafType(named)) {
      parts.push(`${name(field.name)}${argumentsOf(field)}`);
      continue;
    }
    covered.add(`${object.name}.${field.name}`);
    const expand = depth > 0 && !path.includes(named.name);
    parts.push(`${name(field.name)}${argumentsOf(field)} ${expand ? selectAll(named, depth - 1, [...path, named.name], covered) : leaves(named)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** Only the leaf fields (its ids and scalars): enough to see what a field returned. */
function leaves(type: GraphQLNamedType, aliased = false): string {
  if (isAbstractType(type)) return `{ __typename ${schema.getPossibleTypes(type).map((possible) => `... on ${possible.name} ${leaves(possible, true)}`).join(' ')} }`;
  const fields = Object.values((type as GraphQLObjectType).getFields()).filter(
    (field) => (isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type))) && !field.args.some((arg) => isNonNullType(arg.type)),
  );
  return `{ __typename ${fields.map((field) => (aliased ? `${type.name}_${field.name}: ${field.name}` : field.name)).join(' ')} }`;
}

/** Every object-typed field of every type a query can reach, as "Type.field". */
function reachableObjectFields(): Set<string> {
  const fields = new Set<string>();
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    if (isAbstractType(type)) {
      for (const possible of schema.getPossibleTypes(type)) visit(possible);
      return;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isLeafType(named)) continue;
      fields.add(`${type.name}.${field.name}`);
      visit(named);
    }
  };
  visit(schema.getQueryType()!);
  return fields;
}

/** A JSON value written as a GraphQL literal (object keys unquoted). */
function toGraphQLValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toGraphQLValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value).map(([key, inner]) => `${key}: ${toGraphQLValue(inner)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Where in a result a string shows up, as paths like `workspaces.0.scheduledMessages.nodes.1.channel.name` (first 3). */
function pathsHolding(value: unknown, secret: string, path = '', found: string[] = []): string[] {
  if (found.length >= 3) return found;
  if (typeof value === 'string') {
    if (value.includes(secret)) found.push(path || '(root)');
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) pathsHolding(inner, secret, path ? `${path}.${key}` : key, found);
  }
  return found;
}

describe('no object reaches a viewer who may not see it', () => {
  let app: TestApp;
  let demo: DemoDirectory;
  const forbidden: string[] = [CHANNEL_NAME, BEFORE, AFTER];
  const entryIds: string[] = [];
  /** Native ids of the channel and of a message posted there after dave left. */
  const hidden = { channel: '', message: '', root: '' };

  const as = async <T = Record<string, unknown>>(key: string, query: string, variables?: Record<string, unknown>) => {
    const result = await app.gql<T>(key, query, variables);
    if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  };
  const send = async (key: string, channelId: string, text: string, parentId?: string) => {
    const data = await as<{ sendMessage: { message: { id: string }; userErrors: unknown[] } }>(
      key,
      'mutation S($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { code message } } }',
      { input: { channelId, text, parentId } },
    );
    if (data.sendMessage.userErrors.length) throw new Error(JSON.stringify(data.sendMessage.userErrors));
    return data.sendMessage.message.id;
  };
  const schedule = async (channelId: string, text: string, at: Date) => {
    const data = await as<{ scheduleMessage: { scheduledMessage: { id: string } | null; userErrors: unknown[] } }>(
      'demo-dave',
      'mutation S($input: ScheduleMessageInput!) { scheduleMessage(input: $input) { scheduledMessage { id } userErrors { code message } } }',
      { input: { channelId, text, scheduledFor: at.toISOString() } },
    );
    if (!data.scheduleMessage.scheduledMessage) throw new Error(JSON.stringify(data.scheduleMessage.userErrors));
    return data.scheduleMessage.scheduledMessage.id;
  };

  beforeAll(async () => {
    app = await startTestApp('pglite');
    demo = await demoDirectory(app);
    const created = await as<{ createChannel: { channel: { id: string } } }>(
      'demo-alice',
      'mutation C($input: CreateChannelInput!) { createChannel(input: $input) { channel { id } userErrors { message } } }',
      { input: { workspaceId: demo.acmeId, name: CHANNEL_NAME, type: 'PRIVATE' } },
    );
    const vault = created.createChannel.channel.id;
    forbidden.push(vault);
    entryIds.push(vault);
    await as('demo-alice', 'mutation I($input: InviteToChannelInput!) { inviteToChannel(input: $input) { userErrors { message } } }', {
      input: { channelId: vault, userIds: [demo.user['Dave Okafor'] ?? Object.entries(demo.user).find(([name]) => name.startsWith('Dave'))![1]] },
    });
    const root = await send('demo-alice', vault, `${BEFORE}: the root`);
    const daveReply = await send('demo-dave', vault, `${BEFORE}: dave's reply`, root);
    await as('demo-alice', 'mutation P($input: MessageInput!) { pinMessage(input: $input) { userErrors { message } } }', { input: { messageId: root } });
    await schedule(vault, 'dave note for tomorrow', new Date(Date.now() + 24 * HOUR));
    await schedule(vault, 'dave note due soon', new Date(Date.now() + 60_000));
    await send('demo-dave', demo.channel.general, `see http://switchboard.test/messages/${root}`);
    await as('demo-dave', 'mutation L($input: ChannelInput!) { leaveChannel(input: $input) { userErrors { message } } }', { input: { channelId: vault } });
    const afterRoot = await send('demo-alice', vault, `${AFTER}: a new root`);
    const afterReply = await send('demo-alice', vault, `${AFTER}: in dave's thread`, root);
    await as('demo-alice', 'mutation R($input: ReactionInput!) { addReaction(input: $input) { userErrors { message } } }', { input: { messageId: afterRoot, emoji: '🚀' } });
    hidden.channel = decodeGlobalId(vault).nativeId;
    hidden.message = decodeGlobalId(afterRoot).nativeId;
    hidden.root = decodeGlobalId(root).nativeId;
    // The due one fails now: dave is no longer a member.
    await new Scheduler(app.started.services).runDue(new Date(Date.now() + HOUR));
    // The root's id is in dave's own link (his text); what it names must still not come back.
    entryIds.push(root);
    for (const id of [daveReply, afterRoot, afterReply]) {
      forbidden.push(id);
      entryIds.push(id);
    }
    // Every event of the channel, by id (Event is a Node).
    const { workspaceId } = decodeGlobalId(demo.acmeId);
    const events = await app.started.services.database.db
      .selectFrom('event_log')
      .select('id')
      .where('channel_id', '=', decodeGlobalId(vault).nativeId)
      .execute();
    expect(events.length).toBeGreaterThan(5);
    for (const event of events) entryIds.push(encodeGlobalId({ typename: 'Event', provider: 'builtin', workspaceId, nativeId: event.id }));
  }, 120_000);
  afterAll(() => app?.close());

  it('walks every object-typed field a query can reach, and none shows dave anything of the channel he left', async () => {
    const covered = new Set<string>();
    const query = schema.getQueryType()!;
    const walks: Walk[] = [];
    for (const field of Object.values(query.getFields())) {
      const named = getNamedType(field.type);
      if (isLeafType(named)) continue;
      covered.add(`Query.${field.name}`);
      // Entries by id into the channel answer null as a whole, so a shallow selection proves as much there;
      // under an interface or union every possible type is expanded, which at full depth is megabytes.
      const depth = isAbstractType(named) ? ID_ENTRY_DEPTH : DEPTH;
      const selection = selectAll(named, depth, [named.name], covered);
      if (field.name === 'node' || field.name === 'channel' || field.name === 'message') {
        // One lookup per id of the channel: node takes any; channel and message their own kind.
        for (const id of entryIds) {
          const kind = decodeGlobalId(id).typename;
          if (field.name === 'node' || kind.toLowerCase() === field.name) walks.push({ document: `{ ${field.name}(id: ${JSON.stringify(id)}) ${selection} }`, covered });
        }
      } else if (field.name === '_entities') {
        // Every id of the channel as a reference of its own type, as a gateway sends them.
        const representations = entryIds
          .map((id) => ({ __typename: decodeGlobalId(id).typename, id }))
          .filter((representation) => ENTITY_TYPES.includes(representation.__typename));
        walks.push({ document: `{ _entities(representations: ${toGraphQLValue(representations)}) ${selection} }`, covered });
      } else if (field.name === 'nodes') {
        walks.push({ document: `{ nodes(ids: ${JSON.stringify(entryIds)}) ${selection} }`, covered });
      } else if (field.name === 'workspace') {
        walks.push({ document: `{ workspace(id: ${JSON.stringify(demo.acmeId)}) ${selection} }`, covered });
      } else {
        walks.push({ document: `{ ${field.name}${argumentsOf(field)} ${selection} }`, covered });
      }
    }
    // Every object-typed field reachable from Query is in some walk.
    expect([...reachableObjectFields()].filter((field) => !covered.has(field))).toEqual([]);

    const dave = (await findAccountByApiKey(app.started.services.database.db, 'demo-dave'))!;
    let answered = 0;
    for (const walk of walks) {
      const result = await execute({ schema, source: walk.document, contextValue: createRequestContext(app.started.services, dave) });
      const leaks = forbidden.flatMap((secret) => pathsHolding(result.data ?? null, secret).map((path) => `${secret} at ${path}`));
      expect(leaks, `walk ${walk.document.slice(0, 100)}…`).toEqual([]);
      expect(result.data, `${walk.document.slice(0, 100)}…: ${JSON.stringify(result.errors?.slice(0, 2))}`).toBeTruthy();
      if (result.data) answered += 1;
    }
    // The walks answered (a walk that fails whole would prove nothing).
    expect(answered).toBe(walks.length);
  }, 300_000);

  it('even a provider whose lists include the channel cannot show it: the schema checks every object it returns', async () => {
    const provider = app.started.services.registry.open({ provider: 'builtin', workspaceId: decodeGlobalId(demo.acmeId).workspaceId });
    const [channel] = (await provider.loadChannels([hidden.channel])) as ChannelRecord[];
    const [message] = (await provider.loadMessages([hidden.message])) as MessageRecord[];
    const edge = <T>(node: T) => ({ cursor: 'x', node });
    const readState = provider.readState!;
    const threads = provider.threadSubscriptions!;
    const search = provider.search!;
    const real = {
      listChannels: provider.listChannels.bind(provider),
      listInbox: provider.listInbox.bind(provider),
      listUnreadChannels: readState.listUnreadChannels.bind(readState),
      listFollowedThreads: threads.listFollowedThreads.bind(threads),
      searchMessages: search.searchMessages.bind(search),
    };
    // A provider with holes: every list for dave also names the channel he left, or a message in it.
    const patched = {
      listChannels: async (...args: Parameters<typeof provider.listChannels>) => {
        const page = await real.listChannels(...args);
        return { ...page, edges: [edge(channel), ...page.edges] };
      },
      listInbox: async (...args: Parameters<typeof provider.listInbox>) => {
        const page = await real.listInbox(...args);
        return { ...page, edges: [edge(message), ...page.edges] };
      },
    };
    const patchedParts = [
      [readState, {
        listUnreadChannels: async (...args: Parameters<typeof readState.listUnreadChannels>) => {
          const page = await real.listUnreadChannels(...args);
          return { ...page, edges: [edge({ channel, unreadCount: 3 }), ...page.edges] };
        },
      }],
      [threads, {
        listFollowedThreads: async (...args: Parameters<typeof threads.listFollowedThreads>) => {
          const page = await real.listFollowedThreads(...args);
          const state = { rootId: hidden.root, subscription: 'SUBSCRIBED' as const, unreadReplyCount: 1, lastActivityAt: new Date() };
          return { ...page, edges: [edge(state), ...page.edges] };
        },
      }],
      [search, {
        searchMessages: async (...args: Parameters<typeof search.searchMessages>) => {
          const results = await real.searchMessages(...args);
          return { ...results, hits: [{ message, score: 1, highlights: [message.text], context: [message] }, ...results.hits] };
        },
      }],
    ] as Array<[object, Record<string, unknown>]>;
    for (const [part, methods] of patchedParts) Object.assign(part, methods);
    Object.assign(provider, patched);
    try {
      const dave = (await findAccountByApiKey(app.started.services.database.db, 'demo-dave'))!;
      const query = schema.getQueryType()!;
      for (const entry of ['workspaces', 'messages']) {
        const field = query.getFields()[entry];
        const named = getNamedType(field.type);
        const document = `{ ${entry}${argumentsOf(field)} ${selectAll(named, 4, [named.name], new Set())} }`;
        const result = await execute({ schema, source: document, contextValue: createRequestContext(app.started.services, dave) });
        expect(result.data, JSON.stringify(result.errors?.slice(0, 2))).toBeTruthy();
        const leaks = forbidden.flatMap((secret) => pathsHolding(result.data ?? null, secret).map((path) => `${secret} at ${path}`));
        expect(leaks).toEqual([]);
      }
    } finally {
      for (const key of Object.keys(patched)) delete (provider as unknown as Record<string, unknown>)[key];
      for (const [part, methods] of patchedParts) for (const key of Object.keys(methods)) delete (part as Record<string, unknown>)[key];
    }
  }, 300_000);

  it('dave still sees his own scheduled messages (channel null now) and alice still sees the channel', async () => {
    const dave = await as<{ workspace: { scheduledMessages: { nodes: Array<{ text: string; status: string; channel: { id: string } | null }> } } }>(
      'demo-dave',
      `query W($id: ID!) { workspace(id: $id) { scheduledMessages(first: 10, statuses: [PENDING, FAILED]) { nodes { text status channel { id } } } } }`,
      { id: demo.acmeId },
    );
    const mine = dave.workspace.scheduledMessages.nodes.filter((node) => node.text.startsWith('dave note'));
    expect(mine.map((node) => node.status).sort()).toEqual(['FAILED', 'PENDING']);
    expect(mine.every((node) => node.channel === null)).toBe(true);
    const alice = await as<{ channel: { name: string; messages: { nodes: Array<{ text: string }> } } }>(
      'demo-alice',
      'query C($id: ID!) { channel(id: $id) { name messages(first: 5) { nodes { text } } } }',
      { id: forbidden[3] },
    );
    expect(alice.channel.name).toBe(CHANNEL_NAME);
    expect(alice.channel.messages.nodes.some((node) => node.text.startsWith(AFTER))).toBe(true);
  });
});
