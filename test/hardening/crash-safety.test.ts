import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { loadConnectionSettings } from '../../src/config.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { linkSlackUser, saveSlackConnection } from '../../src/providers/slack/index.js';
import { findAccountByApiKey } from '../../src/store/api-keys.js';
import { openSlackTeam, type SlackTeam } from '../../testkit/fakes/slack/fixture.js';
import type { FaultPoint } from '../../src/store/fault-points.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { createTestDatabase, type TestDatabase } from '../../testkit/databases.js';
import { acmeChannel, HOUR, postedCount, scheduleText, statusOf } from '../scheduler/support.js';

/**
 * Issue 15, item 5: claim, send and complete were three transactions. After a kill -9 between them a key
 * stayed "in progress; retry shortly" for good and its message was never sent, and the scheduler marked a
 * posted message FAILED ("not known whether posted"), after which sendScheduledMessageNow posted it again.
 *
 * A second server process (test/hardening/support/crash-child.ts) does the send on the shared PostgreSQL
 * database and is killed at each fault point (src/store/fault-points.ts); the retry — the client's, or the
 * scheduler's once the claim's lease has run out — must leave exactly one message.
 */

const SEND = `mutation CrashSend($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id text } userErrors { code message } }
}`;

/** The scheduler's claim on a row lasts this long (src/scheduler/scheduler.ts default); a later run takes it over. */
const LEASE_MS = 120_000;

interface ChildOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

function runChild(url: string, point: FaultPoint, job: object, extraEnv: Record<string, string> = {}): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, SWITCHBOARD_FAULT_POINT: point };
    delete env.REDIS_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/hardening/support/crash-child.ts', url, JSON.stringify(job)], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal, output }));
  });
}

type SendResult = { sendMessage: { message: { id: string; text: string } | null; userErrors: Array<{ code: string; message: string }> } };

describe('sends are exactly-once across a kill -9 at every step', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let app: TestApp;
  let url: string;
  let general: string;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    url = (database.target as { url: string }).url;
    app = await startTestApp('postgres', { database });
    general = await acmeChannel(app, 'general');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const sendPoints: FaultPoint[] = ['send:claimed', 'send:sent', 'send:completed'];

  it.each(sendPoints)('sendMessage with an idempotency key, killed at %s: the retry sends it exactly once', async (point) => {
    const text = `direct send killed at ${point}`;
    const variables = { input: { channelId: general, text, idempotencyKey: `crash-${point}` } };
    const child = await runChild(url, point, { action: 'graphql', apiKey: 'demo-bob', query: SEND, variables });
    expect(child.signal, child.output).toBe('SIGKILL');

    const retry = await app.gql<SendResult>('demo-bob', SEND, variables);
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.sendMessage.userErrors).toEqual([]);
    expect(retry.data?.sendMessage.message?.text).toBe(text);
    const again = await app.gql<SendResult>('demo-bob', SEND, variables);
    expect(again.data?.sendMessage.message?.id).toBe(retry.data?.sendMessage.message?.id);
    expect(await postedCount(app.started.services.database.db, text)).toBe(1);
  });

  const schedulerPoints: FaultPoint[] = ['send:claimed', 'send:sent', 'send:completed', 'scheduler:sent'];

  it.each(schedulerPoints)('a scheduled message whose delivery is killed at %s is delivered exactly once', async (point) => {
    const text = `scheduled delivery killed at ${point}`;
    const start = Date.now();
    const id = await scheduleText(app, 'demo-bob', general, text, new Date(start + HOUR));
    const child = await runChild(url, point, { action: 'scheduler', now: new Date(start + 2 * HOUR).toISOString() });
    expect(child.signal, child.output).toBe('SIGKILL');

    // Once the dead process's lease has run out, a scheduler takes the row over and finishes the delivery.
    const report = await new Scheduler(app.started.services).runDue(new Date(start + 2 * HOUR + LEASE_MS + 1_000));
    expect(report).toEqual({ sent: 1, failed: 0, retried: 0, interrupted: 0 });
    const status = await statusOf(app, 'demo-bob', id);
    expect(status).toMatchObject({ status: 'SENT', lastError: null, sentMessage: { text } });
    expect(await postedCount(app.started.services.database.db, text)).toBe(1);
  });
});

describe('sends to Slack are exactly-once across a kill -9 at every step', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let app: TestApp;
  let url: string;
  let team: SlackTeam;
  let channelId: string;
  const env: Record<string, string> = {};

  beforeAll(async () => {
    team = await openSlackTeam();
    env.SWITCHBOARD_ENCRYPTION_KEY = randomBytes(32).toString('base64');
    env.SLACK_API_URL = team.fake.apiUrl;
    database = await createTestDatabase('postgres');
    url = (database.target as { url: string }).url;
    app = await startTestApp('postgres', { database, connections: loadConnectionSettings(env) });
    const services = app.started.services;
    const teamId = team.fake.workspace.teamId;
    await saveSlackConnection(
        services.connections.store,
        { teamId, name: 'Contract Co', webUrl: null, appId: null, botUserId: team.bot.id, botToken: team.tokens.bot, signingSecret: null, eventDelivery: 'PUSH' },
      null,
    );
    const bob = (await findAccountByApiKey(services.database.db, 'demo-bob'))!;
    await linkSlackUser(services.connections.store, { teamId, accountId: bob.accountId, slackUserId: team.owner.id, userToken: team.tokens.owner, linkedVia: 'TOKEN' });
    services.connections.changed({ provider: 'slack', workspaceId: teamId });
    const listed = await app.gql<{ workspaces: Array<{ provider: string; channels: { nodes: Array<{ id: string; name: string }> } }> }>(
      'demo-bob',
      '{ workspaces { provider channels(first: 20) { nodes { id name } } } }',
    );
    const slack = listed.data!.workspaces.find((workspace) => workspace.provider === 'SLACK')!;
    channelId = slack.channels.nodes.find((channel) => channel.name === 'general')!.id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await team?.close();
  });

  const SEND_WITH_RETRY = SEND.replace('userErrors { code message }', 'userErrors { code message retryAfterSeconds }');
  const postedToSlack = (text: string) => team.fake.workspace.channelMessages(team.publicChannel.id).filter((message) => message.text === text).length;

  it.each(['send:claimed', 'send:sent', 'send:completed'] as FaultPoint[])('killed at %s: after the lease, Slack is asked first, and the message exists once', async (point) => {
    const text = `slack send killed at ${point}`;
    const key = `slack-crash-${point}`;
    const variables = { input: { channelId, text, idempotencyKey: key } };
    const child = await runChild(url, point, { action: 'graphql', apiKey: 'demo-bob', query: SEND_WITH_RETRY, variables }, env);
    expect(child.signal, child.output).toBe('SIGKILL');
    expect(postedToSlack(text)).toBe(point === 'send:claimed' ? 0 : 1);

    if (point !== 'send:completed') {
      // The dead attempt's claim holds until its lease runs out: a retry now is told when to come back.
      const early = await app.gql<{ sendMessage: { message: unknown; userErrors: Array<{ code: string; retryAfterSeconds: number | null }> } }>('demo-bob', SEND_WITH_RETRY, variables);
      expect(early.data?.sendMessage.message).toBeNull();
      expect(early.data?.sendMessage.userErrors[0]).toMatchObject({ code: 'CONFLICT', retryAfterSeconds: expect.any(Number) });
      // Time passes: the lease runs out.
      await app.started.services.database.db
        .updateTable('idempotency_keys')
        .set({ lease_expires_at: new Date(Date.now() - 1_000) })
        .where('key', '=', key)
        .execute();
    }
    const retry = await app.gql<SendResult>('demo-bob', SEND_WITH_RETRY, variables);
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.sendMessage.userErrors).toEqual([]);
    expect(retry.data?.sendMessage.message?.text).toBe(text);
    const again = await app.gql<SendResult>('demo-bob', SEND_WITH_RETRY, variables);
    expect(again.data?.sendMessage.message?.id).toBe(retry.data?.sendMessage.message?.id);
    expect(postedToSlack(text)).toBe(1);
  });
});
