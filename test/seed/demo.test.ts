import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { openDatabase, type SwitchboardDatabase } from '../../src/db/database.js';
import type { Database } from '../../src/db/tables.js';
import { mentionHandles } from '../../src/providers/builtin/format.js';
import { BuiltinProvider } from '../../src/providers/builtin/provider.js';
import { isStoreEmpty, seedDemo, type DemoSeedSummary } from '../../src/seed/demo.js';
import { DEMO_SCHEDULED_TEXT } from '../../src/seed/demo-scheduled.js';
import { provideDemoFiles } from '../../src/seed/demo-files.js';
import { FileStore } from '../../src/files/store.js';
import { findAccountByApiKey } from '../../src/store/api-keys.js';

const now = new Date('2025-06-02T12:00:00Z');

async function rows<T>(db: Kysely<Database>, query: RawBuilder<T>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

/** Id of a channel by workspace and channel name. */
function channelId(workspace: string, channel: string) {
  return sql`(select c.id from channels c join workspaces w on w.id = c.workspace_id
              where w.name = ${workspace} and c.name = ${channel})`;
}

describe('seedDemo', () => {
  let handle: SwitchboardDatabase;
  let db: Kysely<Database>;
  let summary: DemoSeedSummary;
  let emptyBefore: boolean;
  let statements: number;

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite', dataDir: null });
    db = handle.db;
    emptyBefore = await isStoreEmpty(db);
    const before = handle.stats.statements;
    const seeded = await seedDemo(db, now);
    if (!seeded) throw new Error('an empty store must be seeded');
    summary = seeded;
    statements = handle.stats.statements - before;
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
  });

  it('reports an empty store before seeding and a non-empty one after', async () => {
    expect(emptyBefore).toBe(true);
    expect(await isStoreEmpty(db)).toBe(false);
  });

  it('refuses to seed a store that already has data', async () => {
    await expect(seedDemo(db, now)).resolves.toBeNull();
    const [{ count }] = await rows<{ count: number }>(db, sql`select count(*)::int as count from workspaces`);
    expect(count).toBe(2);
  });

  it('writes in a few multi-row statements rather than one per row', () => {
    expect(statements).toBeLessThan(80);
  });

  it('turns demo mode on', async () => {
    const setting = await db.selectFrom('settings').select('value').where('key', '=', 'demo_mode').executeTakeFirst();
    expect(setting?.value).toBe('true');
  });

  it('returns a summary that matches the rows written', async () => {
    const [counts] = await rows<Record<string, number>>(
      db,
      sql`select (select count(*)::int from workspaces) as workspaces, (select count(*)::int from users) as users,
                 (select count(*)::int from channels) as channels, (select count(*)::int from messages) as messages,
                 (select count(*)::int from reactions) as reactions, (select count(*)::int from attachments) as attachments,
                 (select count(*)::int from message_mentions) as mentions`,
    );
    expect(summary).toMatchObject(counts);
    expect(summary.apiKeys.map((k) => k.key)).toEqual(['demo-alice', 'demo-bob', 'demo-carol', 'demo-dave']);
  });

  it('gives each demo account an API key that resolves to it', async () => {
    const expected = { alice: 'Alice Chen', bob: 'Bob Martinez', carol: 'Carol Nguyen', dave: 'Dave Okafor' };
    for (const [handle, name] of Object.entries(expected)) {
      const account = await findAccountByApiKey(db, `demo-${handle}`);
      expect(account).toMatchObject({ name, email: `${handle}@acme.test` });
    }
  });

  it('lets only demo-alice (the owner) connect workspaces: her key alone has the admin scope (demo-connections.ts)', async () => {
    const scopes = Object.fromEntries(
      await Promise.all(['alice', 'bob', 'carol', 'dave'].map(async (handle) => [handle, (await findAccountByApiKey(db, `demo-${handle}`))?.scopes])),
    );
    expect(scopes).toEqual({ alice: ['read', 'write', 'admin'], bob: ['read', 'write'], carol: ['read', 'write'], dave: ['read', 'write'] });
  });

  it('gives Acme its four people with their roles and the Switchbot bot', async () => {
    const users = await rows<{ name: string; role: string; is_bot: boolean; has_account: boolean }>(
      db,
      sql`select u.name, u.role, u.is_bot, u.account_id is not null as has_account
          from users u join workspaces w on w.id = u.workspace_id where w.name = 'Acme' order by u.name`,
    );
    expect(users).toEqual([
      { name: 'alice', role: 'OWNER', is_bot: false, has_account: true },
      { name: 'bob', role: 'ADMIN', is_bot: false, has_account: true },
      { name: 'carol', role: 'MEMBER', is_bot: false, has_account: true },
      { name: 'dave', role: 'MEMBER', is_bot: false, has_account: true },
      { name: 'switchbot', role: 'BOT', is_bot: true, has_account: false },
    ]);
  });

  it('keeps carol out of the private leadership channel', async () => {
    const members = await rows<{ name: string; type: string }>(
      db,
      sql`select u.name, c.type from channel_members cm join users u on u.id = cm.user_id
          join channels c on c.id = cm.channel_id where c.id = ${channelId('Acme', 'leadership')} order by u.name`,
    );
    expect(members).toEqual([
      { name: 'alice', type: 'PRIVATE' },
      { name: 'bob', type: 'PRIVATE' },
    ]);
  });

  it('nests engineering-oncall under engineering, with bob as its admin', async () => {
    const [row] = await rows<{ parent: string; admin: string }>(
      db,
      sql`select p.name as parent, u.name as admin from channels c join channels p on p.id = c.parent_id
          join channel_members cm on cm.channel_id = c.id and cm.role = 'ADMIN' join users u on u.id = cm.user_id
          where c.id = ${channelId('Acme', 'engineering-oncall')}`,
    );
    expect(row).toEqual({ parent: 'engineering', admin: 'bob' });
  });

  it('has reply trees exactly four levels deep in general and in engineering', async () => {
    const depths = await rows<{ name: string; depth: number }>(
      db,
      sql`select c.name, max(cardinality(m.ancestors))::int as depth from messages m join channels c on c.id = m.channel_id
          where c.id in (${channelId('Acme', 'general')}, ${channelId('Acme', 'engineering')}) group by c.name order by c.name`,
    );
    expect(depths).toEqual([
      { name: 'engineering', depth: 4 },
      { name: 'general', depth: 4 },
    ]);
  });

  it('records every reply with its root first in ancestors, its parent last, and a time after its parent', async () => {
    const [bad] = await rows<{ replies: number; broken: number; roots_broken: number }>(
      db,
      sql`select count(*) filter (where m.parent_id is not null)::int as replies,
                 count(*) filter (where m.parent_id is not null and (
                   m.ancestors[1] is distinct from m.thread_root_id
                   or m.ancestors[cardinality(m.ancestors)] is distinct from m.parent_id
                   or m.ancestors <> p.ancestors || p.id
                   or m.channel_id <> p.channel_id
                   or m.created_at <= p.created_at))::int as broken,
                 count(*) filter (where m.parent_id is null and (cardinality(m.ancestors) <> 0 or m.thread_root_id is not null))::int
                   as roots_broken
          from messages m left join messages p on p.id = m.parent_id`,
    );
    expect(bad.replies).toBeGreaterThan(100);
    expect(bad.broken).toBe(0);
    expect(bad.roots_broken).toBe(0);
  });

  it('only lets channel members author messages and react', async () => {
    const [row] = await rows<{ authors: number; reactors: number }>(
      db,
      sql`select
            (select count(*)::int from messages m where m.author_id is not null and not exists
              (select 1 from channel_members cm where cm.channel_id = m.channel_id and cm.user_id = m.author_id)) as authors,
            (select count(*)::int from reactions r join messages m on m.id = r.message_id where not exists
              (select 1 from channel_members cm where cm.channel_id = m.channel_id and cm.user_id = r.user_id)) as reactors`,
    );
    expect(row).toEqual({ authors: 0, reactors: 0 });
  });

  it('puts between 300 and 800 messages in Acme, all before now and after their channel was created', async () => {
    const [row] = await rows<{ count: number; too_late: number; too_early: number }>(
      db,
      sql`select count(*) filter (where w.name = 'Acme')::int as count,
                 count(*) filter (where m.created_at >= ${now} or m.updated_at >= ${now})::int as too_late,
                 count(*) filter (where m.created_at <= c.created_at)::int as too_early
          from messages m join channels c on c.id = m.channel_id join workspaces w on w.id = m.workspace_id`,
    );
    expect(row.count).toBeGreaterThanOrEqual(300);
    expect(row.count).toBeLessThanOrEqual(800);
    expect(row.too_late).toBe(0);
    expect(row.too_early).toBe(0);
  });

  it('stores a mention row for exactly the workspace handles mentionHandles finds', async () => {
    const messages = await rows<{ content: string; handles: string[]; mentioned: string[] }>(
      db,
      sql`select m.content,
                 array(select u.name from users u where u.workspace_id = m.workspace_id) as handles,
                 array(select u.name from message_mentions mm join users u on u.id = mm.user_id
                       where mm.message_id = m.id order by u.name) as mentioned
          from messages m`,
    );
    let mentions = 0;
    for (const message of messages) {
      const expected = mentionHandles(message.content).filter((h) => message.handles.includes(h)).sort();
      expect(message.mentioned).toEqual(expected);
      mentions += expected.length;
    }
    expect(mentions).toBeGreaterThan(20);
    const [bot] = await rows<{ count: number }>(
      db,
      sql`select count(*)::int as count from message_mentions mm join users u on u.id = mm.user_id
          join messages m on m.id = mm.message_id where u.name = 'switchbot' and m.channel_id = ${channelId('Acme', 'engineering')}`,
    );
    expect(bot.count).toBeGreaterThan(0);
  });

  it('records dave joining engineering and a channel rename as system messages', async () => {
    const [dave] = await rows<{ id: string }>(
      db,
      sql`select u.id from users u join workspaces w on w.id = u.workspace_id where w.name = 'Acme' and u.name = 'dave'`,
    );
    const events = await rows<{ content: string; author_id: string | null; system_event: Record<string, unknown> }>(
      db,
      sql`select content, author_id, system_event from messages where type = 'SYSTEM' order by created_at`,
    );
    expect(events).toContainEqual({
      content: 'dave joined #engineering',
      author_id: null,
      system_event: {
        type: 'USER_JOINED', userId: dave.id, actorId: null, channelName: 'engineering', oldChannelName: null, messageId: null,
      },
    });
    const renamed = events.find((e) => e.system_event.type === 'CHANNEL_RENAMED');
    expect(renamed?.system_event).toMatchObject({ channelName: 'random', oldChannelName: 'watercooler' });
  });

  it('keeps a deleted message as an empty tombstone above its replies', async () => {
    const tombstones = await rows<{ content: string; replies: number; updated: boolean }>(
      db,
      sql`select m.content, (select count(*)::int from messages r where r.parent_id = m.id) as replies,
                 m.updated_at = m.deleted_at as updated
          from messages m where m.deleted_at is not null`,
    );
    expect(tombstones).toEqual([{ content: '', replies: 1, updated: true }]);
  });

  it('adds edits, channel-visible replies, attachment metadata and an archived channel', async () => {
    const [row] = await rows<Record<string, number>>(
      db,
      sql`select (select count(*)::int from messages where edited_at > created_at and updated_at = edited_at) as edited,
                 (select count(*)::int from messages where also_sent_to_channel and parent_id is not null) as also_sent,
                 (select count(*)::int from attachments a join messages m on m.id = a.message_id
                   where a.storage_key is null and a.uploader_id = m.author_id and a.size_bytes > 0) as attachments,
                 (select count(*)::int from channels where archived_at is not null and name = 'old-projects') as archived,
                 (select count(*)::int from channels where type = 'DIRECT' and name = 'alice,carol') as direct`,
    );
    expect(row.edited).toBeGreaterThanOrEqual(3);
    expect(row.also_sent).toBeGreaterThanOrEqual(2);
    expect(row.attachments).toBeGreaterThanOrEqual(10);
    expect(row).toMatchObject({ archived: 1, direct: 1 });
  });

  it('gives Globex alice and dave on their Acme accounts, plus erin without one', async () => {
    const users = await rows<{ name: string; role: string; same_account: boolean | null }>(
      db,
      sql`select g.name, g.role, g.account_id = a.account_id as same_account
          from users g join workspaces w on w.id = g.workspace_id
          left join users a on a.name = g.name and a.workspace_id = (select id from workspaces where name = 'Acme')
          where w.name = 'Globex' order by g.name`,
    );
    expect(users).toEqual([
      { name: 'alice', role: 'OWNER', same_account: true },
      { name: 'dave', role: 'MEMBER', same_account: true },
      { name: 'erin', role: 'MEMBER', same_account: null },
    ]);
    const [messages] = await rows<{ count: number; replies: number }>(
      db,
      sql`select count(*)::int as count, count(m.parent_id)::int as replies
          from messages m join workspaces w on w.id = m.workspace_id where w.name = 'Globex'`,
    );
    expect(messages.count).toBeGreaterThanOrEqual(20);
    expect(messages.count).toBeLessThanOrEqual(40);
    expect(messages.replies).toBeGreaterThan(0);
  });

  it('leaves unread channels and followed threads with new replies for alice, bob and carol (demo-read-state.ts)', async () => {
    const [acme] = await rows<{ id: string }>(db, sql`select id from workspaces where name = 'Acme'`);
    const provider = new BuiltinProvider(db, acme.id);
    const people = await rows<{ name: string; id: string; account_id: string }>(
      db,
      sql`select name, id, account_id from users where workspace_id = ${acme.id} and account_id is not null order by name`,
    );
    const unread: Record<string, Record<string, number>> = {};
    const threads: Record<string, number[]> = {};
    for (const person of people) {
      const actor = { accountId: person.account_id, userId: person.id };
      const channels = await provider.readState.listUnreadChannels(actor, { limit: 100, cursor: null });
      unread[person.name] = Object.fromEntries(channels.edges.map((edge) => [edge.node.channel.name, edge.node.unreadCount]));
      const followed = await provider.threadSubscriptions.listFollowedThreads(actor, { limit: 100, cursor: null });
      expect(followed.edges.length).toBeGreaterThan(0);
      threads[person.name] = followed.edges.map((edge) => edge.node.unreadReplyCount).filter((count) => count > 0);
    }
    expect(unread).toEqual({
      alice: { engineering: 3, general: 5 },
      bob: { leadership: 1, random: 2 },
      carol: { 'alice,carol': 1, general: 2 },
      dave: {},
    });
    expect(threads).toEqual({ alice: [2, 2, 2], bob: [1], carol: [1, 1], dave: [] });
    const [carolInLeadership] = await rows<{ count: number }>(
      db,
      sql`select count(*)::int as count from thread_states ts join messages r on r.id = ts.root_id join users u on u.id = ts.user_id
          where u.name = 'carol' and r.channel_id = ${channelId('Acme', 'leadership')}`,
    );
    expect(carolInLeadership.count).toBe(0);
  });

  it("gives alice one pending scheduled message in #engineering, 30 days after the seed's now at 09:00 UTC", async () => {
    const scheduled = await rows<{ author: string; channel: string; content: string; status: string; scheduled_for: Date; due_at: Date }>(
      db,
      sql`select u.name as author, c.name as channel, s.content, s.status, s.scheduled_for, s.due_at
          from scheduled_messages s join users u on u.id = s.author_id join channels c on c.id = s.channel_id`,
    );
    expect(scheduled).toEqual([
      {
        author: 'alice',
        channel: 'engineering',
        content: DEMO_SCHEDULED_TEXT,
        status: 'PENDING',
        scheduled_for: new Date('2025-07-02T09:00:00Z'),
        due_at: new Date('2025-07-02T09:00:00Z'),
      },
    ]);
  });

  it('gives every attachment a real file of its type and its true size (demo-files.ts, run at start in demo mode)', async () => {
    const store = await FileStore.open(null);
    const magic: Record<string, string> = { 'image/png': '89504e47', 'image/jpeg': 'ffd8ff', 'application/pdf': '25504446' };
    try {
      // In a transaction rolled back at the end: the other tests see the seed as seedDemo wrote it.
      await db
        .transaction()
        .execute(async (trx) => {
          const stored = await provideDemoFiles(trx, store);
          expect(stored).toBe(summary.attachments);
          expect(await provideDemoFiles(trx, store)).toBe(0); // nothing left without bytes
          const files = await trx.selectFrom('attachments').select(['content_type', 'size_bytes', 'storage_key']).execute();
          for (const file of files) {
            const read = await store.read(file.storage_key!);
            expect(read?.sizeBytes).toBe(file.size_bytes);
            const head = await new Promise<Buffer>((resolve, reject) =>
              read!.open().once('readable', function (this: NodeJS.ReadableStream) {
                resolve(this.read(4) as Buffer);
              }).once('error', reject),
            );
            if (magic[file.content_type]) expect(head.toString('hex').startsWith(magic[file.content_type])).toBe(true);
          }
          throw new RollBack();
        })
        .catch((error: unknown) => {
          if (!(error instanceof RollBack)) throw error;
        });
    } finally {
      await store.close();
    }
    const [{ unstored }] = await rows<{ unstored: number }>(db, sql`select count(*)::int as unstored from attachments where storage_key is null`);
    expect(unstored).toBe(summary.attachments);
  });

  it('pins messages in #general and #engineering, each announced by a system message, and links notes to them (demo-pins.ts)', async () => {
    const pinned = await rows<{ channel: string; pinned_by: string; content: string; announced: number }>(
      db,
      sql`select c.name as channel, u.name as pinned_by, left(m.content, 20) as content,
                 (select count(*)::int from messages s where s.type = 'SYSTEM' and s.system_event->>'type' = 'MESSAGE_PINNED'
                     and s.system_event->>'messageId' = m.id::text) as announced
            from messages m join channels c on c.id = m.channel_id join users u on u.id = m.pinned_by
           where m.pinned_at is not null order by c.name, m.pinned_at`,
    );
    expect(pinned).toEqual([
      { channel: 'engineering', pinned_by: 'alice', content: 'Seeing elevated 5xx ', announced: 1 },
      { channel: 'engineering', pinned_by: 'dave', content: '@switchbot deploy `s', announced: 1 },
      { channel: 'general', pinned_by: 'alice', content: 'Welcome to **#genera', announced: 0 },
      { channel: 'general', pinned_by: 'bob', content: 'Team lunch on Friday', announced: 1 },
    ]);
    const previews = await rows<{ channel: string; author: string; state: string; linked: string | null; title: string | null }>(
      db,
      sql`select c.name as channel, u.name as author, lp.state, coalesce(lm_c.name, lc.name) as linked, lp.title
            from link_previews lp join messages m on m.id = lp.message_id join channels c on c.id = m.channel_id
            join users u on u.id = m.author_id
            left join messages lm on lm.id = lp.linked_message_id left join channels lm_c on lm_c.id = lm.channel_id
            left join channels lc on lc.id = lp.linked_channel_id
           order by m.created_at`,
    );
    expect(previews).toEqual([
      { channel: 'general', author: 'alice', state: 'READY', linked: null, title: 'The Acme Handbook' },
      { channel: 'engineering', author: 'alice', state: 'READY', linked: 'engineering', title: null },
      { channel: 'general', author: 'bob', state: 'READY', linked: 'engineering', title: null },
      { channel: 'general', author: 'alice', state: 'READY', linked: 'leadership', title: null },
    ]);
  });

  it('produces the same content and times when run again with the same now', async () => {
    const other = await openDatabase({ kind: 'pglite', dataDir: null });
    try {
      await seedDemo(other.db, now);
      const snapshot = (target: Kysely<Database>) =>
        rows<{ channel: string; author: string | null; content: string; created_at: Date; depth: number }>(
          target,
          // Links to messages and channels (demo-pins.ts) carry the ids they name, which are random uuids.
          sql`select c.name as channel, u.name as author, m.created_at, cardinality(m.ancestors) as depth,
                     regexp_replace(m.content, '/(messages|channels)/[A-Za-z0-9_-]{20,}', '/\\1/<id>', 'g') as content
              from messages m join channels c on c.id = m.channel_id left join users u on u.id = m.author_id
              order by m.created_at, c.name, m.content`,
        );
      expect(await snapshot(other.db)).toEqual(await snapshot(db));
    } finally {
      await other.close();
    }
  }, 60_000);
});

class RollBack extends Error {}
