import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../testkit/gql/index.js';
import { ThreadTreeByDescendants } from '../../testkit/documents.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { demoDirectory, type DemoDirectory } from '../../testkit/demo.js';
import { post } from '../../testkit/providers/posting.js';
import { itWith, PROVIDER_TABLE, REACTIONS, SHARED_WORKSPACE, useProviderFixture, type ProviderFixture } from '../../testkit/providers/table.js';
import type { Handle } from '../../testkit/providers/world.js';

/**
 * Thread trees through GraphQL, on every provider: replies sit under their parent (on a FLAT provider, a
 * reply to a reply joins its root's thread), each with its author and reactors.
 *
 * The number of SQL statements a thread-tree query costs must depend on the query's depth, not on how
 * many channels, messages, replies, authors or reactions it returns. These counts are the regression
 * guard for DataLoader batching in the built-in workspace.
 */

const ThreadTreeByChildren = graphql(`
  query ThreadTreeByChildren($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      channels(first: 20) {
        nodes {
          name
          messages(first: 20) {
            nodes {
              ...TreeMessage
              children(first: 3) {
                nodes {
                  ...TreeMessage
                  children(first: 3) {
                    nodes {
                      ...TreeMessage
                      children(first: 3) {
                        nodes {
                          ...TreeMessage
                          children(first: 3) { nodes { ...TreeMessage } }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  fragment TreeMessage on Message {
    id
    text
    author { name }
    reactions { emoji count viewerHasReacted users { name } }
  }
`);

const AddThread = graphql(`
  mutation AddThread($input: SendMessageInput!) {
    sendMessage(input: $input) { message { id } userErrors { code message } }
  }
`);

const React = graphql(`
  mutation ThreadTreeReact($input: ReactionInput!) {
    addReaction(input: $input) { userErrors { code message } }
  }
`);

const OneThread = graphql(`
  query OneThread($id: ID!) {
    message(id: $id) {
      id
      replyCount
      author { name }
      children(first: 10) { nodes { id author { name } } }
      descendants(first: 10) {
        nodes { id text parent { id } threadRoot { id } author { name } reactions { count users { name } } }
      }
    }
  }
`);

type Tree = { id: string; children?: { nodes: Tree[] } };

describe.each(PROVIDER_TABLE)('thread trees on $name', (entry) => {
  let f: ProviderFixture;
  useProviderFixture(entry, (fixture) => {
    f = fixture;
  });

  /** On a mailbox, bob's, carol's and dave's messages are their mail to alice (`post`). */
  const send = (handle: Handle, text: string, parentId: string | null = null) => post(f, handle, f.channel.general, text, parentId ? { parentId } : {});

  it('a thread shows each reply under its parent with its author, oldest first', async () => {
    const root = await send('alice', 'Where do we keep the runbooks?');
    const answer = await send('bob', 'In the wiki', root);
    const followUp = await send('carol', 'Which page?', answer);
    const last = await send('dave', 'Ops / Runbooks', root);

    const thread = (await f.app.gql(f.key.alice, OneThread, { id: root })).data!.message!;
    expect(thread).toMatchObject({ id: root, replyCount: 3, author: { name: 'Alice Chen' } });
    // A reply to a reply stays under it on a TREE provider; on a FLAT one it joins the root's thread.
    const followUpParent = entry.capabilities.threadModel === 'TREE' ? answer : root;
    expect(thread.descendants.nodes.map((node) => [node.id, node.parent?.id, node.threadRoot?.id, node.author?.name])).toEqual([
      [answer, root, root, 'Bob Martinez'],
      [followUp, followUpParent, root, 'Carol Nguyen'],
      [last, root, root, 'Dave Okafor'],
    ]);
    const children = thread.children.nodes.map((node) => node.id);
    expect(children).toEqual(entry.capabilities.threadModel === 'TREE' ? [answer, last] : [answer, followUp, last]);
  });

  itWith(entry, [SHARED_WORKSPACE, REACTIONS], 'a reply in a thread shows its reactors', async () => {
    const root = await send('alice', 'Who reviews the runbooks?');
    const answer = await send('bob', 'I do', root);
    const reacted = await f.app.gql(f.key.dave, React, { input: { messageId: answer, emoji: '👍' } });
    expect(reacted.data?.addReaction.userErrors).toEqual([]);
    const thread = (await f.app.gql(f.key.alice, OneThread, { id: root })).data!.message!;
    expect(thread.descendants.nodes.map((node) => [node.id, node.reactions])).toEqual([[answer, [{ count: 1, users: [{ name: 'Dave Okafor' }] }]]]);
  });

  it('the workspace-wide thread-tree query answers every root of every channel with its whole tree', async () => {
    const result = await f.app.gql(f.key.alice, ThreadTreeByDescendants, { workspaceId: f.acmeId });
    expect(result.errors).toBeUndefined();
    const channels = result.data!.workspace!.channels.nodes;
    expect(channels.length).toBeGreaterThanOrEqual(4);
    const roots = channels.flatMap((channel) => channel.messages.nodes);
    // Every world has 20 roots or more in #general and a few in each other channel, some with replies.
    expect(roots.length).toBeGreaterThan(25);
    const replies = roots.flatMap((root) => root.descendants.nodes);
    expect(replies.length).toBeGreaterThan(5);
    for (const root of roots) {
      const inTree = new Set([root.id, ...root.descendants.nodes.map((node) => node.id)]);
      for (const reply of root.descendants.nodes) expect(inTree.has(reply.parent!.id), 'every reply hangs off its own tree').toBe(true);
    }
  });
});

function countMessages(nodes: Tree[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countMessages(node.children?.nodes ?? []), 0);
}

describe('thread-tree statement counts on the built-in workspace', () => {
  let app: TestApp;
  let naive: TestApp;
  let demo: DemoDirectory;

  beforeAll(async () => {
    app = await startTestApp('pglite');
    naive = await startTestApp('pglite', { loaderOptions: { batch: false, cache: false } });
    demo = await demoDirectory(app);
  });
  afterAll(async () => {
    await app?.close();
    await naive?.close();
  });

  async function statementsFor<T>(target: TestApp, document: TypedDocumentNode<T, { workspaceId: string }>, workspaceId: string) {
    target.takeStatementCount();
    const result = await target.gql('demo-alice', document, { workspaceId });
    expect(result.errors).toBeUndefined();
    return { statements: target.takeStatementCount(), data: result.data! };
  }

  it('nested children four levels deep cost the same statements as the flattened tree: the levels are one read', async () => {
    const { statements, data } = await statementsFor(app, ThreadTreeByChildren, demo.acmeId);
    const channels = data.workspace!.channels.nodes;
    const messages = channels.flatMap((channel) => channel.messages.nodes as Tree[]);
    // The demo data is big enough that a per-message resolver would cost hundreds of statements.
    expect(channels.length).toBeGreaterThanOrEqual(6);
    expect(countMessages(messages)).toBeGreaterThan(150);
    // Auth, memberships (which name the workspace and the viewer's user there), channel page, message pages
    // of all channels, the four levels of replies below them in one statement (the first `children` reads
    // the levels its selection nests: src/schema/child-tree.ts, listChildTrees), and the users of every
    // level: 6, the minimum, as for `descendants`. 12, then 11, then 9 when each level was a statement.
    expect(statements).toBe(6);
  });

  it('the statement count stays the same when the workspace grows', async () => {
    const before = (await statementsFor(app, ThreadTreeByChildren, demo.acmeId)).statements;
    // Grow: a new root with a reply chain and reactions in several channels.
    const reply = async (channelId: string, text: string, parentId: string | null): Promise<string> => {
      const sent = await app.gql('demo-alice', AddThread, { input: { channelId, text, parentId } });
      expect(sent.data?.sendMessage.userErrors).toEqual([]);
      return sent.data!.sendMessage.message!.id;
    };
    for (const name of ['general', 'engineering', 'random']) {
      let parentId: string | null = null;
      for (let depth = 0; depth < 4; depth += 1) parentId = await reply(demo.channel[name], `growth ${name} ${depth}`, parentId);
    }
    const after = (await statementsFor(app, ThreadTreeByChildren, demo.acmeId)).statements;
    expect(after).toBe(before);
  });

  it('a tree read in one go pages every level as reading it level by level does', async () => {
    // A root with three replies, each with two replies, each with one: pages of 2, then 1, then 1 cut every
    // level, so hasNextPage and the reply left out (not expanded) must come out as a level-by-level read has them.
    const send = async (text: string, parentId: string | null): Promise<string> => {
      const sent = await app.gql('demo-alice', AddThread, { input: { channelId: demo.channel.random, text, parentId } });
      return sent.data!.sendMessage.message!.id;
    };
    const root = await send('paging root', null);
    for (let a = 0; a < 3; a += 1) {
      const first = await send(`level 1 ${a}`, root);
      for (let b = 0; b < 2; b += 1) await send(`level 3 ${a}.${b}`, await send(`level 2 ${a}.${b}`, first));
    }
    type Level = { pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; nodes: Array<{ id: string; text: string; children?: Level }> };
    const page = (first: number, after: string | null, inner = '') =>
      `children(first: ${first}${after ? `, after: "${after}"` : ''}) { pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id text ${inner} } }`;
    const nested = (after: string | null) => `query($id: ID!) { message(id: $id) { ${page(2, after, page(1, null, page(1, null)))} } }`;
    const oneLevel = async (id: string, first: number): Promise<Level> => {
      const { data } = await app.gql<{ message: { children: Level } }>('demo-alice', `query($id: ID!) { message(id: $id) { ${page(first, null)} } }`, { id });
      return data!.message.children;
    };
    // Every page of the tree, compared with the same page read on its own.
    const check = async (level: Level, below: number[]) => {
      for (const node of level.nodes) {
        if (below.length === 0) continue;
        const { children, ...rest } = node;
        expect(rest.text).toMatch(/^level/);
        const alone = await oneLevel(node.id, below[0]);
        expect({ pageInfo: children!.pageInfo, nodes: children!.nodes.map(({ id, text }) => ({ id, text })) }).toEqual(alone);
        await check(children!, below.slice(1));
      }
    };
    for (const after of [null, 'second page']) {
      const cursor = after && (await app.gql<{ message: { children: Level } }>('demo-alice', nested(null), { id: root })).data!.message.children.pageInfo.endCursor;
      app.takeStatementCount();
      const { data, errors } = await app.gql<{ message: { children: Level } }>('demo-alice', nested(cursor), { id: root });
      expect(errors).toBeUndefined();
      // API key, memberships, the root with the viewer's access to its channel, the tree: one statement for
      // three levels.
      expect(app.takeStatementCount()).toBe(4);
      const top = data!.message.children;
      expect(top.nodes.length).toBe(after ? 1 : 2);
      expect(top.pageInfo.hasNextPage).toBe(!after);
      expect(top.pageInfo.hasPreviousPage).toBe(!!after);
      await check(top, [1, 1]);
    }
  });

  it('whole trees through descendants cost a handful of statements', async () => {
    const { statements, data } = await statementsFor(app, ThreadTreeByDescendants, demo.acmeId);
    const replies = data.workspace!.channels.nodes.flatMap((channel) =>
      channel.messages.nodes.flatMap((message) => message.descendants.nodes),
    );
    // Whole trees of 20 roots in each channel: far more replies than statements (the exact number moves
    // with the messages other tests in this file add).
    expect(replies.length).toBeGreaterThan(50);
    // Auth, memberships (naming the workspace and the viewer's user there), channels, their messages, the
    // reply trees, and one statement for the users of roots and replies together: the minimum, 6 (9, then 8
    // before the memberships statement carried the workspace and the viewer).
    expect(statements).toBe(6);
  });

  it('recursive children cannot become a denial of service: a huge tree is refused before any read', async () => {
    let nested = '{ id }';
    for (let level = 0; level < 5; level += 1) nested = `{ id children(first: 50) { nodes ${nested} } }`;
    const query = `query Huge($id: ID!) { workspace(id: $id) { channels(first: 100) { nodes { messages(first: 100) { nodes ${nested} } } } } }`;
    app.takeStatementCount();
    const result = await app.gql('demo-alice', query, { id: demo.acmeId });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions?.code).toBe('VALIDATION_ERROR');
    expect(result.errors?.[0].message).toMatch(/^Query is too complex: estimated [\d,]+ objects exceeds the limit of 1,000,000\./);
    // At most the API-key lookup ran; no provider read did.
    expect(app.takeStatementCount()).toBeLessThanOrEqual(1);
  });

  it('without batching the same query costs statements per message (the naive resolver)', async () => {
    const naiveDemo = await demoDirectory(naive);
    const batched = (await statementsFor(app, ThreadTreeByChildren, demo.acmeId)).statements;
    const unbatched = (await statementsFor(naive, ThreadTreeByChildren, naiveDemo.acmeId)).statements;
    expect(unbatched).toBeGreaterThan(batched * 10);
  });
});
