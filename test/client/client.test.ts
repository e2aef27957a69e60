import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { generate } from '@graphql-codegen/cli';
import { Client as UrqlClient, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelPageDocument, connectionFields, possibleTypes, ThreadTreeDocument, typenameOfId, typesWithoutId } from '../../client/src/index.js';
import { switchboardCacheConfig } from '../../client/src/apollo.js';
import { switchboardGraphcache } from '../../client/src/urql.js';
import { listen, type RunningServer } from '../../src/http/listen.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { demoDirectory, type DemoDirectory } from '../../testkit/demo.js';

/**
 * @switchboard/client (the npm workspace in client/): a tiny app compiles against it, its cache configurations
 * really merge pages of a running Switchboard in Apollo Client and urql graphcache, and codegen pointed at a
 * running Switchboard (as client/README.md says) produces types an app compiles with.
 */

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const tsc = join(root, 'node_modules/.bin/tsc');

describe('@switchboard/client', () => {
  let test: TestApp;
  let server: RunningServer;
  let demo: DemoDirectory;
  beforeAll(async () => {
    test = await startTestApp('pglite');
    server = await listen(test.app, test.started.services, 0, '127.0.0.1');
    demo = await demoDirectory(test);
  });
  afterAll(async () => {
    await server?.close();
    await test?.close();
  });

  const fetchAsAlice: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), authorization: 'Bearer demo-alice' } });

  it('compiles a tiny app (Apollo Client, urql, fetch, EventSource) against the package with tsc', async () => {
    const result = await run(tsc, ['-p', join(here, 'fixture/tsconfig.json')], { cwd: root }).catch((error: { stdout: string; stderr: string }) => error);
    expect(result.stdout + result.stderr).toBe('');
  }, 120_000);

  it('knows the schema facts caches need: the types behind Node, the types without an id, every connection', () => {
    expect(possibleTypes.Node).toEqual(['Attachment', 'Channel', 'Event', 'Message', 'ScheduledMessage', 'User', 'Workspace']);
    expect(typesWithoutId).toEqual(expect.arrayContaining(['ReactionGroup', 'Capabilities', 'LinkPreview', 'Thread', 'ChannelMessagesConnection', 'PageInfo', 'SendMessagePayload']));
    expect(typesWithoutId).not.toContain('Message');
    expect(connectionFields.Channel.messages).toEqual(['around']);
    expect(connectionFields.Workspace.threads).toEqual(['filter']);
    expect(connectionFields.Message.descendants).toEqual([]);
    expect(connectionFields.Query.messages).toEqual(['filter']);
    expect(switchboardGraphcache.keys.ReactionGroup({ __typename: 'ReactionGroup' })).toBeNull();
    expect(switchboardGraphcache.keys.Button({ __typename: 'Button', id: 'approve' })).toBeNull();
    expect(typenameOfId(demo.channel.general)).toBe('Channel');
    expect(typenameOfId('not an id')).toBeNull();
  });

  it('Apollo Client with switchboardCacheConfig merges channel pages (relayStylePagination) and reads message(id) from the cache', async () => {
    const apollo = new ApolloClient({
      link: new HttpLink({ uri: `http://127.0.0.1:${server.port}/graphql`, fetch: fetchAsAlice }),
      cache: new InMemoryCache(switchboardCacheConfig),
    });
    const first = await apollo.query({ query: ChannelPageDocument, variables: { channelId: demo.channel.general, first: 5 } });
    const page1 = first.data!.channel!.messages;
    expect(page1.edges).toHaveLength(5);
    // What fetchMore does: the next page from the network, merged by the field policy.
    await apollo.query({ query: ChannelPageDocument, variables: { channelId: demo.channel.general, first: 5, after: page1.pageInfo.endCursor }, fetchPolicy: 'network-only' });
    // Both pages merged under the list of the first query (the cursor arguments are not part of its key).
    const merged = apollo.cache.readQuery({ query: ChannelPageDocument, variables: { channelId: demo.channel.general, first: 5 } });
    expect(merged!.channel!.messages.edges).toHaveLength(10);
    expect(new Set(merged!.channel!.messages.edges.map((edge) => edge.node.id)).size).toBe(10);

    // A message the channel page brought answers message(id) from the cache, never fetched by id (redirect policy).
    const seen = page1.edges[1].node;
    const byId = apollo.cache.readQuery<{ message: { id: string; text: string } | null }>({
      query: gql`query CachedMessage($id: ID!) { message(id: $id) { id text } }`,
      variables: { id: seen.id },
    });
    expect(byId?.message).toEqual({ __typename: 'Message', id: seen.id, text: seen.text });
    apollo.stop();
  }, 60_000);

  it('urql graphcache with switchboardGraphcache merges pages (relayPagination) with no missing-key warnings', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const urql = new UrqlClient({
        url: `http://127.0.0.1:${server.port}/graphql`,
        fetch: fetchAsAlice,
        exchanges: [cacheExchange(switchboardGraphcache), fetchExchange],
      });
      const first = await urql.query(ChannelPageDocument, { channelId: demo.channel.general, first: 5 }).toPromise();
      expect(first.error).toBeUndefined();
      const cursor = first.data!.channel!.messages.pageInfo.endCursor;
      const second = await urql.query(ChannelPageDocument, { channelId: demo.channel.general, first: 5, after: cursor }).toPromise();
      expect(second.data!.channel!.messages.edges).toHaveLength(10); // relayPagination: pages merged
      const thread = await urql.query(ThreadTreeDocument, { messageId: first.data!.channel!.messages.edges[0].node.id }).toPromise();
      expect(thread.error).toBeUndefined();
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((warning) => /key|Invalid/i.test(warning))).toEqual([]);
  }, 60_000);

  it('codegen pointed at a running Switchboard (with an API key header) produces types an app compiles with', async () => {
    const dir = mkdtempSync(join(here, 'fixture/.codegen-'));
    try {
      writeFileSync(join(dir, 'operations.graphql'), 'query MyChannels { workspaces { name channels(first: 10) { nodes { id name unreadCount } } } }\n');
      await generate(
        {
          schema: { [`http://127.0.0.1:${server.port}/graphql`]: { headers: { Authorization: 'Bearer demo-alice' } } },
          documents: [join(dir, 'operations.graphql')],
          generates: { [join(dir, 'gql/')]: { preset: 'client', presetConfig: { fragmentMasking: false }, config: { useTypeImports: true, enumsAsTypes: true } } },
          silent: true,
        },
        true,
      );
      writeFileSync(
        join(dir, 'app.ts'),
        [
          "import { MyChannelsDocument, type MyChannelsQuery } from './gql/graphql';",
          'export const document = MyChannelsDocument;',
          'export const names = (data: MyChannelsQuery): number[] => data.workspaces.flatMap((w) => w.channels.nodes.map((c) => c.unreadCount));',
          '',
        ].join('\n'),
      );
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022', skipLibCheck: true, types: [] }, files: ['app.ts'] }),
      );
      const result = await run(tsc, ['-p', join(dir, 'tsconfig.json')], { cwd: root }).catch((error: { stdout: string; stderr: string }) => error);
      expect(result.stdout + result.stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
