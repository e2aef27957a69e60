import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEncryptionKey } from '../../../../src/connections/crypto.js';
import type { ConnectionSettings } from '../../../../src/connections/settings.js';
import { decodeGlobalId, encodeGlobalId } from '../../../../src/providers/ids.js';
import { PROVIDERS } from '../../../../src/providers/index.js';
import { withEmulatedScheduledMessages } from '../../../../src/providers/kit/scheduled/index.js';
import { requireFeature } from '../../../../src/providers/provider.js';
import { Scheduler } from '../../../../src/scheduler/scheduler.js';
import { startServices, type StartedServices } from '../../../../src/services.js';
import { startTestApp, type TestApp } from '../../../../testkit/app.js';
import { createTestDatabase, type TestDatabase } from '../../../../testkit/databases.js';
import { graphql } from '../../../../testkit/gql/index.js';
import { createWorldAccounts } from '../../../../testkit/providers/fixtures/accounts.js';
import { MEMORY, MemoryWorkspace, MemoryWorkspaces } from '../../../../testkit/providers/memory/index.js';

/**
 * The provider kit's emulated scheduled messages (src/providers/kit/scheduled/) on the memory provider,
 * on PostgreSQL with two servers (two connection pools, as two processes) sharing one database: the
 * content is sealed at rest and wiped once sent or cancelled, and each message is delivered exactly once
 * by whichever scheduler claims it. Time is passed in; nothing waits for a timer.
 */

const Schedule = graphql(`
  mutation KitSchedule($input: ScheduleMessageInput!) {
    scheduleMessage(input: $input) {
      scheduledMessage { id text status }
      userErrors { code message field }
    }
  }
`);

const Update = graphql(`
  mutation KitUpdateScheduled($input: UpdateScheduledMessageInput!) {
    updateScheduledMessage(input: $input) {
      scheduledMessage { id text status }
      userErrors { code message field }
    }
  }
`);

const Cancel = graphql(`
  mutation KitCancelScheduled($input: ScheduledMessageRefInput!) {
    deleteScheduledMessage(input: $input) {
      scheduledMessage { id status }
      userErrors { code message }
    }
  }
`);

const SendNow = graphql(`
  mutation KitSendNow($input: ScheduledMessageRefInput!) {
    sendScheduledMessageNow(input: $input) {
      message { id text }
      userErrors { code message }
    }
  }
`);

const Node = graphql(`
  query KitScheduledNode($id: ID!) {
    node(id: $id) {
      ... on ScheduledMessage { id text status lastError sentMessage { id text } }
    }
  }
`);

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

describe('emulated scheduled messages on PostgreSQL, two servers sharing the database', () => {
  let database: TestDatabase;
  let app: TestApp;
  let second: StartedServices;
  const memory = new MemoryWorkspaces();
  const workspace = new MemoryWorkspace({ name: 'Kit Co' });
  let general = '';
  let key: Record<'alice' | 'bob' | 'carol' | 'dave', string>;

  beforeAll(async () => {
    const connections: ConnectionSettings = { encryption: { current: parseEncryptionKey('test key', randomBytes(32).toString('hex')), previous: [] }, providers: {} };
    const providers = [...PROVIDERS, withEmulatedScheduledMessages(memory.definition)];
    database = await createTestDatabase('postgres');
    app = await startTestApp('postgres', { database, seed: false, providers, connections });
    second = await startServices({ database: database.target, publicUrl: 'http://switchboard.test', seedDemo: false, connections }, { providers });
    const accounts = await createWorldAccounts(app.started.services.database.db, 'kit');
    key = accounts.key;
    const alice = workspace.addUser({ handle: 'alice', displayName: 'Alice Chen', accountId: accounts.accountId.alice });
    const bob = workspace.addUser({ handle: 'bob', displayName: 'Bob Martinez', accountId: accounts.accountId.bob });
    general = encodeGlobalId({ typename: 'Channel', provider: MEMORY, workspaceId: workspace.id, nativeId: workspace.addChannel('general', [alice.id, bob.id]).id });
    memory.add(workspace);
  }, 60_000);

  afterAll(async () => {
    await second?.close();
    await app?.close();
    await database?.drop();
  });

  const db = () => app.started.services.database.db;
  const rowOf = (id: string) => db().selectFrom('emulated_scheduled_messages').selectAll().where('id', '=', decodeGlobalId(id).nativeId).executeTakeFirstOrThrow();
  const posted = (text: string) => [...workspace.messages.values()].filter((message) => message.content.text === text).length;

  async function schedule(apiKey: string, text: string, at = inHours(1)): Promise<string> {
    const { data, errors } = await app.gql(apiKey, Schedule, { input: { channelId: general, text, scheduledFor: at } });
    const payload = data?.scheduleMessage;
    if (!payload?.scheduledMessage) throw new Error(`scheduling failed: ${JSON.stringify(errors ?? payload?.userErrors)}`);
    return payload.scheduledMessage.id;
  }

  async function node(apiKey: string, id: string) {
    const { data } = await app.gql(apiKey, Node, { id });
    return data?.node && 'status' in data.node ? data.node : null;
  }

  it('keeps no plaintext at rest: the row holds the content sealed, and the author reads it back', async () => {
    const text = `quarterly numbers are ${randomUUID()}`;
    const id = await schedule(key.alice, text);
    const row = await rowOf(id);
    expect(row).toMatchObject({ provider: MEMORY, workspace_id: workspace.id, status: 'PENDING' });
    expect(row.content_sealed).toMatch(/^sb-enc:v1:[0-9a-f]{8}:/);
    expect(JSON.stringify(row)).not.toContain(text);
    expect(JSON.stringify(row)).not.toContain('quarterly');
    expect(await node(key.alice, id)).toMatchObject({ text, status: 'PENDING' });
    await app.gql(key.alice, Cancel, { input: { scheduledMessageId: id } });
  });

  it('seals a value for its own row only: copied into another row it does not open, and the message reads as absent', async () => {
    const [first, other] = [await schedule(key.alice, 'first of two'), await schedule(key.alice, 'second of two')];
    const sealed = (await rowOf(first)).content_sealed;
    await db().updateTable('emulated_scheduled_messages').set({ content_sealed: sealed }).where('id', '=', decodeGlobalId(other).nativeId).execute();
    expect(await node(key.alice, other)).toBeNull();
    expect(await node(key.alice, first)).toMatchObject({ text: 'first of two' });
    await app.gql(key.alice, Cancel, { input: { scheduledMessageId: first } });
    await db().deleteFrom('emulated_scheduled_messages').where('id', '=', decodeGlobalId(other).nativeId).execute();
  });

  it('delivers each of 30 due messages exactly once with two schedulers racing, then forgets their content', async () => {
    const texts = Array.from({ length: 30 }, (_, i) => `race ${i} ${randomUUID()}`);
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) ids.push(await schedule(i % 2 ? key.bob : key.alice, text));

    const first = new Scheduler(app.started.services, { batchSize: 4 });
    const other = new Scheduler(second.services, { batchSize: 4 });
    const due = new Date(Date.now() + 2 * HOUR);
    const reports = await Promise.all([first.runDue(due), other.runDue(due), first.runDue(due), other.runDue(due)]);

    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(30);
    expect(reports.every((report) => report.failed === 0 && report.retried === 0 && report.interrupted === 0)).toBe(true);
    for (const text of texts) expect(posted(text)).toBe(1);
    for (const [i, id] of ids.entries()) {
      const row = await rowOf(id);
      // Ids, times, status and the sent message stay; the words are gone.
      expect(row).toMatchObject({ status: 'SENT', content_sealed: null, last_error: null });
      expect(row.sent_message_id).toMatch(/^M/);
      expect(await node(i % 2 ? key.bob : key.alice, id)).toMatchObject({ status: 'SENT', text: '', sentMessage: { text: texts[i] } });
    }
    expect(await other.runDue(new Date(Date.now() + 3 * HOUR))).toEqual({ sent: 0, failed: 0, retried: 0, interrupted: 0 });
  });

  it('wipes the content of a cancelled message; update re-seals new content, and send-now sends it once', async () => {
    const cancelled = await schedule(key.alice, 'never sent');
    expect((await app.gql(key.alice, Cancel, { input: { scheduledMessageId: cancelled } })).data!.deleteScheduledMessage.scheduledMessage).toMatchObject({ status: 'CANCELLED' });
    expect(await rowOf(cancelled)).toMatchObject({ status: 'CANCELLED', content_sealed: null });

    const draft = await schedule(key.bob, 'draft words');
    const before = (await rowOf(draft)).content_sealed;
    const updated = await app.gql(key.bob, Update, { input: { scheduledMessageId: draft, text: 'final words' } });
    expect(updated.data!.updateScheduledMessage).toMatchObject({ userErrors: [], scheduledMessage: { text: 'final words', status: 'PENDING' } });
    const after = await rowOf(draft);
    expect(after.content_sealed).not.toBe(before);
    expect(after.revision).toBe(2);
    expect(JSON.stringify(after)).not.toContain('final words');

    const sent = await app.gql(key.bob, SendNow, { input: { scheduledMessageId: draft } });
    expect(sent.data!.sendScheduledMessageNow).toMatchObject({ userErrors: [], message: { text: 'final words' } });
    expect(await rowOf(draft)).toMatchObject({ status: 'SENT', content_sealed: null });
    await new Scheduler(second.services).runDue(new Date(Date.now() + 2 * HOUR));
    expect(posted('final words')).toBe(1);
    expect(posted('draft words')).toBe(0);
  });

  it('refuses mail fields on a chat workspace (UNSUPPORTED), as sendMessage does', async () => {
    for (const fields of [{ subject: 'Hi' }, { to: ['zoe@partner.example'] }, { html: '<p>Hi</p>' }]) {
      const { data } = await app.gql(key.alice, Schedule, { input: { channelId: general, text: fields.html ? undefined : 'x', scheduledFor: inHours(1), ...fields } });
      expect(data?.scheduleMessage).toMatchObject({ scheduledMessage: null, userErrors: [{ code: 'UNSUPPORTED', field: ['input', Object.keys(fields)[0]] }] });
    }
  });

  it('shows another user nothing: not by id, not in their list, and their changes answer NOT_FOUND', async () => {
    const id = await schedule(key.alice, 'for alice only');
    expect(await node(key.bob, id)).toBeNull();
    const { data } = await app.gql(key.bob, `query { workspace(id: "${encodeGlobalId({ typename: 'Workspace', provider: MEMORY, workspaceId: workspace.id, nativeId: workspace.id })}") { scheduledMessages(first: 50, statuses: [PENDING, SENT, CANCELLED, FAILED, SENDING]) { nodes { id } } } }`);
    expect((data as { workspace: { scheduledMessages: { nodes: Array<{ id: string }> } } }).workspace.scheduledMessages.nodes.map((item) => item.id)).not.toContain(id);
    const cancel = await app.gql(key.bob, Cancel, { input: { scheduledMessageId: id } });
    expect(cancel.data!.deleteScheduledMessage.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rowOf(id)).toMatchObject({ status: 'PENDING' });
    await app.gql(key.alice, Cancel, { input: { scheduledMessageId: id } });
  });

  it('a crash between sending and marking SENT sends once: after the lease, the delivery key finds the first send', async () => {
    const text = `crash after send ${randomUUID()}`;
    const id = await schedule(key.alice, text);
    const part = requireFeature(app.started.services.registry.open({ provider: MEMORY, workspaceId: workspace.id }), 'scheduled');
    const finish = part.finishScheduledMessage.bind(part);
    part.finishScheduledMessage = async () => {
      throw new Error('process died');
    };
    const due = new Date(Date.now() + 2 * HOUR);
    try {
      expect(await new Scheduler(app.started.services, { leaseMs: 60_000 }).runDue(due)).toMatchObject({ sent: 0, interrupted: 1 });
    } finally {
      part.finishScheduledMessage = finish;
    }
    expect(posted(text)).toBe(1);
    expect(await rowOf(id)).toMatchObject({ status: 'SENDING' });
    // Within the lease the other server leaves it alone; after it, the same key answers the first send.
    expect(await new Scheduler(second.services).runDue(new Date(due.getTime() + 30_000))).toMatchObject({ sent: 0 });
    expect(await new Scheduler(second.services).runDue(new Date(due.getTime() + 61_000))).toMatchObject({ sent: 1 });
    expect(posted(text)).toBe(1);
    expect(await rowOf(id)).toMatchObject({ status: 'SENT', content_sealed: null });
  });

  it('re-checks permission at delivery: an author who left the channel gets FAILED with a lastError, nothing posted', async () => {
    const text = `left meanwhile ${randomUUID()}`;
    const id = await schedule(key.bob, text);
    const channel = workspace.channels.get(decodeGlobalId(general).nativeId)!;
    const bob = [...workspace.users.values()].find((user) => user.handle === 'bob')!;
    channel.members.delete(bob.id);
    try {
      await new Scheduler(second.services).runDue(new Date(Date.now() + 2 * HOUR));
    } finally {
      channel.members.set(bob.id, 'MEMBER');
    }
    expect(await node(key.bob, id)).toMatchObject({ status: 'FAILED', lastError: expect.stringMatching(/^PERMISSION_DENIED: You are no longer a member of #general/) });
    expect(posted(text)).toBe(0);
    // FAILED keeps the sealed content for the author to fix and retry.
    expect((await rowOf(id)).content_sealed).toMatch(/^sb-enc:/);
  });
});
