import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../../src/providers/ids.js';
import { claimIdempotencyKey, requestHash } from '../../src/store/idempotency.js';
import { claimDueScheduledMessages } from '../../src/providers/builtin/features/scheduled-queue.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { graphql } from '../../testkit/gql/index.js';
import { startServices, type StartedServices } from '../../src/services.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { createTestDatabase, STORES, type TestDatabase } from '../../testkit/databases.js';
import { acmeChannel, HOUR, postedCount, scheduleText, statusOf } from './support.js';
import { requireFeature } from '../../src/providers/provider.js';

/**
 * Exactly-once delivery: two schedulers (two connection pools, as two server processes would have) racing
 * over one PostgreSQL database, a crash between "sent" and "marked sent", a crash in the middle of a send,
 * and transient failures retried with backoff. Time is always passed in; nothing waits for a timer.
 */

const SendNowForTest = graphql(`
  mutation SchedulerTestSendNow($input: ScheduledMessageRefInput!) {
    sendScheduledMessageNow(input: $input) {
      message { id }
      userErrors { code message }
    }
  }
`);

describe('two schedulers sharing one PostgreSQL database', () => {
  let database: TestDatabase;
  let app: TestApp;
  let second: StartedServices;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    app = await startTestApp('postgres', { database });
    second = await startServices({ database: database.target, publicUrl: 'http://switchboard.test', seedDemo: false });
  }, 60_000);

  afterAll(async () => {
    await second?.close();
    await app?.close();
    await database?.drop();
  });

  it('deliver each of 60 due messages exactly once when both run at the same time, again and again', async () => {
    const general = await acmeChannel(app, 'general');
    const texts = Array.from({ length: 60 }, (_, i) => `race ${i}`);
    const at = new Date(Date.now() + HOUR);
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) ids.push(await scheduleText(app, i % 2 ? 'demo-bob' : 'demo-alice', general, text, at));

    const first = new Scheduler(app.started.services, { batchSize: 7 });
    const other = new Scheduler(second.services, { batchSize: 7 });
    const due = new Date(Date.now() + 2 * HOUR);
    const reports = await Promise.all([first.runDue(due), other.runDue(due), first.runDue(due), other.runDue(due)]);

    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(60);
    expect(reports.every((report) => report.failed === 0 && report.retried === 0 && report.interrupted === 0)).toBe(true);
    for (const text of texts) expect(await postedCount(app.started.services.database.db, text)).toBe(1);
    for (const [i, id] of ids.entries()) expect((await statusOf(app, i % 2 ? 'demo-bob' : 'demo-alice', id))?.status).toBe('SENT');
    // Nothing left: later runs send nothing.
    expect(await other.runDue(new Date(Date.now() + 3 * HOUR))).toEqual({ sent: 0, failed: 0, retried: 0, interrupted: 0 });
  });

  it('skip rows another scheduler holds instead of waiting for them, and take them once released', async () => {
    const general = await acmeChannel(app, 'general');
    const texts = ['held 1', 'held 2', 'held 3'];
    const ids = [];
    for (const text of texts) ids.push(await scheduleText(app, 'demo-alice', general, text, new Date(Date.now() + HOUR)));
    const held = decodeGlobalId(ids[1]).nativeId;
    const scheduler = new Scheduler(app.started.services);
    const due = new Date(Date.now() + 2 * HOUR);
    // The other process is in the middle of claiming one row: its lock is held until this callback returns.
    const whileHeld = await second.services.database.db.transaction().execute(async (trx) => {
      await trx.selectFrom('scheduled_messages').select('id').where('id', '=', held).forUpdate().execute();
      return scheduler.runDue(due);
    });
    expect(whileHeld).toMatchObject({ sent: 2 });
    expect(await postedCount(app.started.services.database.db, 'held 2')).toBe(0);
    expect(await scheduler.runDue(due)).toMatchObject({ sent: 1 });
    for (const text of texts) expect(await postedCount(app.started.services.database.db, text)).toBe(1);
  });
});

describe.each(STORES)('scheduler recovery on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
  }, 60_000);
  afterAll(() => app?.close());

  const db = () => app.started.services.database.db;
  const acme = async () => {
    const row = await db().selectFrom('workspaces').select('id').where('name', '=', 'Acme').executeTakeFirstOrThrow();
    return app.started.services.registry.open({ provider: 'builtin', workspaceId: row.id });
  };

  it('a crash between sending and marking SENT does not send twice: the retry finds the first send', async () => {
    const text = `crash after send ${kind}`;
    const id = await scheduleText(app, 'demo-alice', await acmeChannel(app, 'general'), text, new Date(Date.now() + HOUR));
    const scheduled = requireFeature(await acme(), 'scheduled');
    const finish = scheduled.finishScheduledMessage.bind(scheduled);
    // The process "dies" right after the send: recording the outcome never happens.
    scheduled.finishScheduledMessage = async () => {
      throw new Error('process died');
    };
    const scheduler = new Scheduler(app.started.services, { leaseMs: 60_000 });
    const due = new Date(Date.now() + 2 * HOUR);
    try {
      expect(await scheduler.runDue(due)).toMatchObject({ sent: 0, interrupted: 1 });
    } finally {
      scheduled.finishScheduledMessage = finish;
    }
    expect(await postedCount(db(), text)).toBe(1);
    expect((await statusOf(app, 'demo-alice', id))?.status).toBe('SENDING');

    // Within the lease nobody touches it; after it, a run claims it again and the delivery key returns the first send.
    expect(await scheduler.runDue(new Date(due.getTime() + 30_000))).toMatchObject({ sent: 0, interrupted: 0 });
    expect(await scheduler.runDue(new Date(due.getTime() + 61_000))).toMatchObject({ sent: 1 });
    const after = await statusOf(app, 'demo-alice', id);
    expect(after).toMatchObject({ status: 'SENT', sentMessage: { text } });
    expect(await postedCount(db(), text)).toBe(1);
  });

  it('send-now while a scheduler holds the message answers CONFLICT; the message goes out once', async () => {
    const text = `send-now during delivery ${kind}`;
    const id = await scheduleText(app, 'demo-alice', await acmeChannel(app, 'general'), text, new Date(Date.now() + HOUR));
    const due = new Date(Date.now() + 2 * HOUR);
    // A scheduler (in another process, say) has claimed it and is about to send.
    const claimed = await claimDueScheduledMessages(db(), { now: due, limit: 100, leaseMs: 60_000 });
    expect(claimed.map((row) => row.id)).toContain(decodeGlobalId(id).nativeId);
    const { data } = await app.gql('demo-alice', SendNowForTest, { input: { scheduledMessageId: id } });
    expect(data!.sendScheduledMessageNow.userErrors).toEqual([
      { code: 'CONFLICT', message: 'The scheduled message cannot be sent now: it is being sent right now.' },
    ]);
    expect(await postedCount(db(), text)).toBe(0);
    // That scheduler died: once its lease is over, another run sends it, once.
    await new Scheduler(app.started.services).runDue(new Date(due.getTime() + 61_000));
    expect(await postedCount(db(), text)).toBe(1);
    expect((await statusOf(app, 'demo-alice', id))?.status).toBe('SENT');
  });

  it('a send that stopped half-way (its key taken, nothing recorded) is delivered once after all, not FAILED', async () => {
    const text = `crash during send ${kind}`;
    const general = await acmeChannel(app, 'general');
    const id = await scheduleText(app, 'demo-alice', general, text, new Date(Date.now() + HOUR));
    const provider = await acme();
    const alice = await db().selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    const actor = { accountId: alice.id, userId: (await provider.userForAccount(alice.id))!.id };
    const [record] = await requireFeature(provider, 'scheduled').loadScheduledMessages(actor, [decodeGlobalId(id).nativeId]);
    if (!record || record instanceof Error) throw new Error('scheduled message missing');
    // A send claimed the delivery key (for this very request) and died before recording a message. Before
    // issue 15 this turned the row FAILED ("not known whether posted") and the message was never sent.
    const request = { channelId: general, text, parentId: null, alsoSendToChannel: false, attachmentIds: [] };
    await claimIdempotencyKey(db(), alice.id, record.deliveryKey, requestHash(request), new Date(Date.now() - HOUR));

    await new Scheduler(app.started.services).runDue(new Date(Date.now() + 2 * HOUR));
    expect(await statusOf(app, 'demo-alice', id)).toMatchObject({ status: 'SENT', lastError: null });
    expect(await postedCount(db(), text)).toBe(1);
  });

  it('retries a transient failure with backoff, then sends once; gives up as FAILED after maxAttempts', async () => {
    const general = await acmeChannel(app, 'general');
    const flaky = `transient ${kind}`;
    const id = await scheduleText(app, 'demo-alice', general, flaky, new Date(Date.now() + HOUR));
    const provider = await acme();
    const send = provider.sendMessage.bind(provider);
    let failures = 1;
    provider.sendMessage = async (actor, request) => {
      if (failures-- > 0) throw new Error('connection reset');
      return send(actor, request);
    };
    try {
      const scheduler = new Scheduler(app.started.services, { retryBaseMs: 10_000, maxAttempts: 3 });
      const due = new Date(Date.now() + 2 * HOUR);
      expect(await scheduler.runDue(due)).toMatchObject({ retried: 1, sent: 0 });
      expect(await statusOf(app, 'demo-alice', id)).toMatchObject({
        status: 'PENDING',
        lastError: 'A temporary server error stopped the delivery; retrying.',
      });
      expect(await scheduler.runDue(new Date(due.getTime() + 9_000))).toMatchObject({ sent: 0, retried: 0 });
      expect(await scheduler.runDue(new Date(due.getTime() + 11_000))).toMatchObject({ sent: 1 });
      expect(await statusOf(app, 'demo-alice', id)).toMatchObject({ status: 'SENT', lastError: null });
      expect(await postedCount(db(), flaky)).toBe(1);

      const hopeless = `always failing ${kind}`;
      const doomed = await scheduleText(app, 'demo-alice', general, hopeless, new Date(Date.now() + HOUR));
      failures = Infinity;
      let at = due.getTime();
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        at += 60_000;
        await scheduler.runDue(new Date(at));
      }
      expect(await statusOf(app, 'demo-alice', doomed)).toMatchObject({
        status: 'FAILED',
        lastError: 'Gave up after 3 attempts. A temporary server error stopped the delivery; retrying.',
      });
      expect(await scheduler.runDue(new Date(at + 3_600_000))).toMatchObject({ sent: 0, failed: 0, retried: 0 });
    } finally {
      provider.sendMessage = send;
    }
  });
});
