import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { createApiKey } from '../store/api-keys.js';
import { DemoBuilder, type SeedUser } from './demo-builder.js';
import { seedDemoPins } from './demo-pins.js';
import { seedDemoReadState } from './demo-read-state.js';
import { seedDemoScheduled } from './demo-scheduled.js';
import { grantDemoAdmin } from './demo-connections.js';
import { SCRIPTS } from './demo-text.js';

/**
 * The demo workspace: two workspaces with users, channels, threaded conversations, mentions, reactions
 * and attachments, so a fresh Switchboard has something to show.
 *
 * The data set is built in memory by ./demo-builder.ts; this file says what it holds and writes it.
 */

export interface DemoSeedSummary {
  workspaces: number;
  users: number;
  channels: number;
  messages: number;
  reactions: number;
  mentions: number;
  attachments: number;
  apiKeys: Array<{ handle: string; name: string; key: string }>;
}

const BATCH = 250;

const PEOPLE = [
  { handle: 'alice', name: 'Alice Chen' },
  { handle: 'bob', name: 'Bob Martinez' },
  { handle: 'carol', name: 'Carol Nguyen' },
  { handle: 'dave', name: 'Dave Okafor' },
] as const;

/** True when nothing has been set up yet: no workspace and no account. */
export async function isStoreEmpty(db: Kysely<Database>): Promise<boolean> {
  const workspace = await db.selectFrom('workspaces').select('id').limit(1).executeTakeFirst();
  const account = await db.selectFrom('accounts').select('id').limit(1).executeTakeFirst();
  return !workspace && !account;
}

/** Advisory-lock key of the seed ("sbseed" in ASCII). */
const SEED_LOCK = 0x7362_7365_6564n;

/**
 * Fills an empty store with the demo workspaces in one transaction. Returns null, writing nothing, when
 * the store already holds data.
 */
export async function seedDemo(db: Kysely<Database>, now = new Date()): Promise<DemoSeedSummary | null> {
  const b = new DemoBuilder(now);

  const accounts = PEOPLE.map((person) => ({
    id: randomUUID(), name: person.name, email: `${person.handle}@acme.test`, created_at: b.ago(70),
  }));
  const accountOf = new Map(PEOPLE.map((person, i) => [person.handle, accounts[i].id]));

  // Acme: the main workspace.
  const acme = b.workspace('Acme', 60);
  const roles = { alice: 'OWNER', bob: 'ADMIN', carol: 'MEMBER', dave: 'MEMBER' } as const;
  const acmeUsers = new Map<string, SeedUser>();
  for (const person of PEOPLE) {
    const email = `${person.handle}@acme.test`;
    acmeUsers.set(person.handle, b.user(acme, person.handle, person.name, roles[person.handle], accountOf.get(person.handle)!, email));
  }
  acmeUsers.set('switchbot', b.user(acme, 'switchbot', 'Switchbot', 'BOT', null, null));
  const [alice, bob, carol, dave, bot] = ['alice', 'bob', 'carol', 'dave', 'switchbot'].map((h) => acmeUsers.get(h)!);
  const everyone = [alice, bob, carol, dave];

  const general = b.channel({
    workspaceId: acme, name: 'general', topic: 'general', type: 'PUBLIC', creator: alice, members: [...everyone, bot],
    description: 'Company-wide announcements', createdDaysAgo: 59, activeDays: [35, 0],
  });
  const daveJoined = b.ago(40);
  const engineering = b.channel({
    workspaceId: acme, name: 'engineering', topic: 'engineering', type: 'PUBLIC', creator: alice,
    members: [alice, bob, dave, bot], description: 'Building the product', createdDaysAgo: 58, activeDays: [36, 0],
    joinedLater: new Map([[dave, daveJoined]]),
  });
  const oncall = b.channel({
    workspaceId: acme, name: 'engineering-oncall', topic: 'oncall', type: 'PUBLIC', creator: bob, members: [bob, alice],
    description: 'Pages, hand-offs and runbooks', parentId: engineering.id, createdDaysAgo: 50, activeDays: [34, 0],
  });
  const random = b.channel({
    workspaceId: acme, name: 'random', topic: 'random', type: 'PUBLIC', creator: alice, members: [...everyone],
    description: 'Non-work banter', createdDaysAgo: 58, activeDays: [35, 0],
  });
  const leadership = b.channel({
    workspaceId: acme, name: 'leadership', topic: 'leadership', type: 'PRIVATE', creator: alice, members: [alice, bob],
    createdDaysAgo: 55, activeDays: [35, 0],
  });
  const dm = b.channel({
    workspaceId: acme, name: 'alice,carol', topic: 'dm', type: 'DIRECT', creator: alice, members: [alice, carol],
    createdDaysAgo: 45, activeDays: [30, 0],
  });
  const oldProjects = b.channel({
    workspaceId: acme, name: 'old-projects', topic: 'oldprojects', type: 'PUBLIC', creator: alice, members: [...everyone],
    description: 'Retired projects', createdDaysAgo: 59, activeDays: [57, 31], archivedDaysAgo: 29,
  });

  b.system(engineering, null, daveJoined, 'dave joined #engineering', { type: 'USER_JOINED', userId: dave.id });
  b.system(random, bob, b.ago(38), 'bob renamed the channel from #watercooler to #random', {
    type: 'CHANNEL_RENAMED', oldChannelName: 'watercooler',
  });
  b.system(oldProjects, alice, b.ago(29), 'alice archived #old-projects', { type: 'CHANNEL_ARCHIVED' });

  b.converse(general, 140, 0.05);
  b.converse(engineering, 140, 0.08);
  b.converse(oncall, 40);
  b.converse(random, 80);
  b.converse(leadership, 35);
  b.converse(dm, 35);
  b.converse(oldProjects, 25);
  const acmeChannels = new Map([general, engineering, random].map((c) => [c.name, c]));
  for (const script of SCRIPTS) b.script(script, acmeChannels, acmeUsers);

  // Globex: a second workspace that alice and dave also belong to.
  const globex = b.workspace('Globex', 21);
  const gAlice = b.user(globex, 'alice', 'Alice Chen', 'OWNER', accountOf.get('alice')!, 'alice@acme.test');
  const gDave = b.user(globex, 'dave', 'Dave Okafor', 'MEMBER', accountOf.get('dave')!, 'dave@acme.test');
  const erin = b.user(globex, 'erin', 'Erin Walsh', 'MEMBER', null, 'erin@globex.test');
  for (const name of ['general', 'partnerships']) {
    const channel = b.channel({
      workspaceId: globex, name, topic: 'globex', type: 'PUBLIC', creator: gAlice, members: [gAlice, gDave, erin],
      createdDaysAgo: 20, activeDays: [18, 0],
    });
    b.converse(channel, name === 'general' ? 18 : 14);
  }

  b.decorate();
  const messageRows = b.messageRows();
  const mentionRows = b.mentionRows();

  let pinMessages = 0; // written by seedDemoPins: its system messages and notes
  const seeded = await db.transaction().execute(async (trx) => {
    // Instances starting together on one empty PostgreSQL take turns: the first seeds, the rest find data.
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    if (!(await isStoreEmpty(trx))) return false;
    await trx.insertInto('accounts').values(accounts).execute();
    for (const person of PEOPLE) await createApiKey(trx, accountOf.get(person.handle)!, `demo-${person.handle}`, 'demo key');
    await trx.insertInto('workspaces').values(b.workspaces).execute();
    await trx.insertInto('users').values(b.userRows).execute();
    await trx.insertInto('channels').values(b.channelRows).execute();
    await trx.insertInto('channel_members').values(b.memberRows).execute();
    await inBatches(messageRows, (rows) => trx.insertInto('messages').values(rows).execute());
    await inBatches(mentionRows, (rows) => trx.insertInto('message_mentions').values(rows).execute());
    await inBatches(b.reactionRows, (rows) => trx.insertInto('reactions').values(rows).execute());
    await inBatches(b.attachmentRows, (rows) => trx.insertInto('attachments').values(rows).execute());
    // Before the read state: its positions count these messages too.
    pinMessages = await seedDemoPins(trx, now); // pins and link previews (./demo-pins.ts)
    await seedDemoReadState(trx); // unreads and followed threads (./demo-read-state.ts)
    await seedDemoScheduled(trx, now); // alice's pending scheduled message (./demo-scheduled.ts)
    await grantDemoAdmin(trx); // demo-alice may connect provider workspaces (./demo-connections.ts)
    await trx
      .insertInto('settings')
      .values({ key: 'demo_mode', value: 'true' })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'true' }))
      .execute();
    return true;
  });
  if (!seeded) return null;

  return {
    workspaces: b.workspaces.length,
    users: b.userRows.length,
    channels: b.channelRows.length,
    messages: messageRows.length + pinMessages,
    reactions: b.reactionRows.length,
    mentions: mentionRows.length,
    attachments: b.attachmentRows.length,
    apiKeys: PEOPLE.map((person) => ({ handle: person.handle, name: person.name, key: `demo-${person.handle}` })),
  };
}

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}
