import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type SwitchboardDatabase } from '../../../src/db/database.js';
import { BuiltinProvider } from '../../../src/providers/builtin/provider.js';
import type { MessageRecord } from '../../../src/providers/model.js';
import type { Page } from '../../../src/providers/paging.js';
import { forward, keys, pageIds, post } from '../../../testkit/contract/contract-support.js';
import { runProviderContract, type ContractFixture } from '../../../testkit/contract/provider-contract.js';
import { createTestDatabase, STORES, type StoreKind } from '../../../testkit/databases.js';

interface BuiltinWorkspace {
  fixture: ContractFixture;
  database: SwitchboardDatabase;
}

/**
 * A fresh database holding the contract's workspace (owner, member, outsider; a public channel with all
 * three and a private one without the outsider) and a second workspace with one message that the first
 * must never see. Everything is written with plain inserts, not through the provider under test.
 */
async function openBuiltinWorkspace(kind: StoreKind): Promise<BuiltinWorkspace> {
  const testDatabase = await createTestDatabase(kind);
  const database = await openDatabase(testDatabase.target);
  const cleanup = async () => {
    await database.close();
    await testDatabase.drop();
  };
  try {
    const { db } = database;
    const account = await db
      .insertInto('accounts')
      .values({ name: 'Olga Owner', email: 'olga@contract.test' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const workspace = await db.insertInto('workspaces').values({ name: 'Contract Co' }).returning('id').executeTakeFirstOrThrow();
    const person = (name: string, displayName: string, role: 'OWNER' | 'MEMBER', accountId: string | null = null) => ({
      workspace_id: workspace.id,
      account_id: accountId,
      name,
      display_name: displayName,
      email: `${name}@contract.test`,
      role,
    });
    const [owner, member, outsider] = await db
      .insertInto('users')
      .values([
        person('olga', 'Olga Owner', 'OWNER', account.id),
        person('mina', 'Mina Member', 'MEMBER'),
        person('otto', 'Otto Outsider', 'MEMBER'),
      ])
      .returning('id')
      .execute();
    const channel = (name: string, type: 'PUBLIC' | 'PRIVATE') => ({
      workspace_id: workspace.id,
      parent_id: null,
      name,
      description: `The ${name} channel`,
      type,
      created_by: owner.id,
    });
    const [publicChannel, privateChannel] = await db
      .insertInto('channels')
      .values([channel('general', 'PUBLIC'), channel('secret-plans', 'PRIVATE')])
      .returning('id')
      .execute();
    await db
      .insertInto('channel_members')
      .values([
        { channel_id: publicChannel.id, user_id: owner.id, role: 'ADMIN' },
        { channel_id: publicChannel.id, user_id: member.id },
        { channel_id: publicChannel.id, user_id: outsider.id },
        { channel_id: privateChannel.id, user_id: owner.id, role: 'ADMIN' },
        { channel_id: privateChannel.id, user_id: member.id },
      ])
      .execute();

    const elsewhere = await db.insertInto('workspaces').values({ name: 'Elsewhere Inc' }).returning('id').executeTakeFirstOrThrow();
    const stranger = await db
      .insertInto('users')
      .values({ workspace_id: elsewhere.id, account_id: null, name: 'sven', display_name: 'Sven Stranger', email: null, role: 'OWNER' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const foreignChannel = await db
      .insertInto('channels')
      .values({ workspace_id: elsewhere.id, parent_id: null, name: 'general', description: null, type: 'PUBLIC', created_by: stranger.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const foreignMessage = await db
      .insertInto('messages')
      .values({
        workspace_id: elsewhere.id,
        channel_id: foreignChannel.id,
        author_id: stranger.id,
        content: 'not for the contract workspace',
        parent_id: null,
        thread_root_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const fixture: ContractFixture = {
      provider: new BuiltinProvider(db, workspace.id),
      owner: { accountId: account.id, userId: owner.id },
      member: { accountId: 'n/a', userId: member.id },
      outsider: { accountId: 'n/a', userId: outsider.id },
      memberHandle: 'mina',
      publicChannelId: publicChannel.id,
      privateChannelId: privateChannel.id,
      unknownIds: { user: randomUUID(), channel: randomUUID(), message: randomUUID() },
      otherWorkspaceMessageId: foreignMessage.id,
      cleanup,
    };
    return { fixture, database };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

for (const kind of STORES) {
  runProviderContract(`builtin on ${kind}`, async () => (await openBuiltinWorkspace(kind)).fixture);

  describe(`builtin provider on ${kind}: one SQL statement per batch`, () => {
    let workspace: BuiltinWorkspace;
    let channelIds: string[];

    /** Runs `work` and returns how many SQL statements it sent. */
    async function countStatements(work: () => Promise<unknown>): Promise<number> {
      const before = workspace.database.stats.statements;
      await work();
      return workspace.database.stats.statements - before;
    }

    beforeAll(async () => {
      workspace = await openBuiltinWorkspace(kind);
      const { fixture, database } = workspace;
      const extra = await database.db
        .insertInto('channels')
        .values(
          ['random', 'help', 'ops'].map((name) => ({
            workspace_id: fixture.provider.workspaceId,
            parent_id: null,
            name,
            description: null,
            type: 'PUBLIC' as const,
            created_by: fixture.owner.userId,
          })),
        )
        .returning('id')
        .execute();
      await database.db
        .insertInto('channel_members')
        .values(extra.map((row) => ({ channel_id: row.id, user_id: fixture.owner.userId })))
        .execute();
      channelIds = [fixture.publicChannelId, fixture.privateChannelId, ...extra.map((row) => row.id)];
    });

    afterAll(async () => {
      await workspace?.fixture.cleanup();
    });

    it('five channel timelines asked with the same page request are read in one statement', async () => {
      const { fixture } = workspace;
      const posted = new Map<string, MessageRecord[]>();
      for (const channelId of channelIds) {
        posted.set(channelId, [
          await post(fixture, fixture.owner, channelId, `older in ${channelId}`),
          await post(fixture, fixture.owner, channelId, `newer in ${channelId}`),
        ]);
      }

      let pages: Array<Page<MessageRecord> | Error> = [];
      const statements = await countStatements(async () => {
        pages = await fixture.provider.listChannelMessages(keys(channelIds, forward(10)));
      });
      expect(statements).toBe(1);
      expect(pages).toHaveLength(5);
      pages.forEach((page, index) => {
        const [older, newer] = posted.get(channelIds[index])!;
        expect(page).not.toBeInstanceOf(Error);
        expect(pageIds(page as Page<MessageRecord>)).toEqual([newer.id, older.id]);
      });
    });

    it('the descendants of three messages are read in one statement', async () => {
      const { fixture } = workspace;
      const roots: MessageRecord[] = [];
      const subtrees = new Map<string, string[]>();
      for (const n of [1, 2, 3]) {
        const root = await post(fixture, fixture.owner, fixture.publicChannelId, `root ${n}`);
        const child = await post(fixture, fixture.member, fixture.publicChannelId, `child ${n}`, { parentId: root.id });
        const grandchild = await post(fixture, fixture.owner, fixture.publicChannelId, `grandchild ${n}`, { parentId: child.id });
        roots.push(root);
        subtrees.set(root.id, [child.id, grandchild.id]);
      }

      let pages: Array<Page<MessageRecord> | Error> = [];
      const statements = await countStatements(async () => {
        pages = await fixture.provider.listDescendants(keys(roots.map((root) => root.id), forward(10)));
      });
      expect(statements).toBe(1);
      pages.forEach((page, index) => expect(pageIds(page as Page<MessageRecord>)).toEqual(subtrees.get(roots[index].id)));
    });

    it('a batch asking two different pages costs one statement per distinct page request', async () => {
      const { fixture } = workspace;
      const statements = await countStatements(() =>
        fixture.provider.listChannelMessages([...keys(channelIds.slice(0, 3), forward(1)), ...keys(channelIds.slice(3), forward(5))]),
      );
      expect(statements).toBe(2);
    });

    it('loading messages, users and channels by id costs one statement per batch, malformed ids included', async () => {
      const { fixture } = workspace;
      const message = await post(fixture, fixture.owner, fixture.publicChannelId, 'load me');
      const { provider, unknownIds } = fixture;
      expect(await countStatements(() => provider.loadMessages([message.id, unknownIds.message, 'junk', message.id]))).toBe(1);
      expect(await countStatements(() => provider.loadUsers([fixture.owner.userId, fixture.member.userId, 'junk']))).toBe(1);
      expect(await countStatements(() => provider.loadChannels(channelIds))).toBe(1);
      expect(await countStatements(() => provider.loadChannelAccess(fixture.outsider, channelIds))).toBe(1);
    });
  });
}
