import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedOutlookApp, graphCallsOf, seedMailbox } from '../../../bench/calls/outlook.js';
import { BenchInbox, ThreadTreeByDescendants } from '../../../testkit/documents.js';
import type { TestApp } from '../../../testkit/app.js';
import { startFakeGraph, type FakeGraph } from '../../../testkit/fakes/graph/index.js';

/**
 * The Graph requests of the bench's two queries (`npm run bench -- calls`, bench/calls/outlook.ts) on the
 * bench's mailbox (8 conversations of 4 mails in Inbox and Archive, 6 folders), counted by the fake Graph: a
 * `$batch` is one HTTP request, as in limits.md 5c. Counts, never time. The tree runs first on a cold
 * connection, so it also pays for the well-known folders (inside its folder pages' `$batch`).
 */
describe('Outlook Graph requests per GraphQL query (the bench rows)', () => {
  let fake: FakeGraph;
  let app: TestApp;
  let workspaceId: string;

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Outlook calls' });
    const seed = seedMailbox(fake);
    ({ app } = await connectedOutlookApp(seed));
    const listed = await app.gql<{ workspaces: Array<{ id: string; provider: string }> }>('bench-outlook', 'query { workspaces { id provider } }');
    workspaceId = listed.data!.workspaces.find((workspace) => workspace.provider === 'OUTLOOK')!.id;
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  it('thread tree on a cold connection: 3 requests, the minimum (folder list, one $batch of folder pages + well-known folders, one $batch of conversations)', async () => {
    const measured = await graphCallsOf(fake, async () => {
      const result = await app.gql('bench-outlook', print(ThreadTreeByDescendants), { workspaceId });
      expect(result.errors).toBeUndefined();
      return result.data;
    });
    expect(measured.requests).toBe(3);
    expect(measured.byRoute).toEqual({ 'mail.folders.list': 1, $batch: 2, 'mail.folder.messages.list': 6, 'mail.folder.get': 2, 'mail.messages.list': 8 });
    // The 32 mails of the folder pages with their authors, and below them their descendants with theirs: each
    // root has 3 (8 × 3) and each first reply 2 (8 × 2), so 32 + 40 authors: the trees are whole.
    expect((JSON.stringify(measured.data).match(/"author":/g) ?? []).length).toBe(72);
  });

  it('unified inbox: 2 requests (the inbox call, then one $batch of the conversations and the page\'s folders)', async () => {
    const measured = await graphCallsOf(fake, async () => {
      const result = await app.gql('bench-outlook', print(BenchInbox));
      expect(result.errors).toBeUndefined();
      return result.data;
    });
    // limits.md's minimum is 1 (the inbox call), but each record carries its place in its reply tree (parentId,
    // threadRootId, replyCount, hasChildren), drawn from its conversation's `conversationId eq` call, and those
    // ids are known only from the inbox call's answer (a `$batch` cannot feed one item's answer into another's
    // URL): 2 is the floor while records carry their tree fields eagerly (README, "What a read costs").
    expect(measured.requests).toBe(2);
    expect(measured.byRoute).toEqual({ 'mail.messages.list': 9, $batch: 1, 'mail.folder.get': 2 });
    // The unified inbox mixes in the built-in workspace of the test app; the mailbox's 32 mails are all on the page.
    const nodes = (measured.data as { messages: { nodes: Array<{ workspace: { name: string }; channel: { name: string } }> } }).messages.nodes.filter((node) => node.workspace.name.startsWith('Alice Chen'));
    expect(nodes).toHaveLength(32);
    expect(new Set(nodes.map((node) => node.channel.name))).toEqual(new Set(['Inbox', 'Archive']));
  });
});
