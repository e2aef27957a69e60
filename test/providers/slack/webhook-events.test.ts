import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { slackProvider } from '../../../src/providers/slack/index.js';
import { claimChange, pruneEchoes } from '../../../src/subscriptions/echoes.js';
import { pruneDeliveries } from '../../../src/webhooks/deliveries.js';
import { startFakeSlack, type FakeSlack } from '../../../testkit/fakes/slack/server.js';
import { startTestApp, type TestApp } from '../../../testkit/app.js';
import { STORES, type StoreKind } from '../../../testkit/databases.js';
import { eventCallback, loggedEvents, nowSeconds, postSigned, slackSettings, storeConnection } from '../../../testkit/fakes/slack/settings.js';

/**
 * POST /webhooks/slack through the app (yoga.fetch), with requests signed here the way Slack signs them.
 * Each test uses its own Slack team id, so event-log assertions never see another test's events.
 */

const EVENTS = '/webhooks/slack';
let teamCounter = 0;

describe.each(STORES)('Slack Events API webhook on %s', (kind: StoreKind) => {
  let slack: FakeSlack;
  let app: TestApp;

  beforeAll(async () => {
    slack = await startFakeSlack();
    app = await startTestApp(kind, { seed: false, connections: slackSettings(slack.apiUrl) });
  });
  afterAll(async () => {
    await app?.close();
    await slack?.close();
  });

  /** A connected team of its own for one test. */
  async function team(fields: { appId?: string; signingSecret?: string } = {}): Promise<string> {
    teamCounter += 1;
    const teamId = `T0${kind.toUpperCase()}${teamCounter}`;
    await storeConnection(app, { teamId, botToken: slack.workspace.addBot(`bot${teamCounter}`).token, ...fields });
    return teamId;
  }

  const settle = () => app.started.services.afterAck.idle();
  const message = (ts: string, extra: Record<string, unknown> = {}) => ({
    type: 'message',
    channel: 'C0GENERAL1',
    user: 'U0ALICE01',
    text: 'Live long and prosper.',
    ts,
    event_ts: ts,
    channel_type: 'channel',
    ...extra,
  });

  it('answers url_verification with the challenge, once the request is verified', async () => {
    await team();
    const body = JSON.stringify({ token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl', challenge: '3eZbrw1aBm2rZgRN', type: 'url_verification' });
    const response = await postSigned(app, EVENTS, body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: '3eZbrw1aBm2rZgRN' });

    const unsigned = await postSigned(app, EVENTS, body, { signature: 'v0=' + '0'.repeat(64) });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.text()).not.toContain('3eZbrw1aBm2rZgRN');
  });

  it('publishes a signed message event as MESSAGE_CREATED with the provider\'s message id, after answering 200', async () => {
    const teamId = await team();
    const response = await postSigned(app, EVENTS, JSON.stringify(eventCallback(teamId, message('1700000000.000100'))));
    expect(response.status).toBe(200);
    await settle();
    const events = await loggedEvents(app, teamId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'MESSAGE_CREATED',
      provider: 'slack',
      workspace_id: teamId,
      channel_id: 'C0GENERAL1',
      message_id: 'C0GENERAL1:1700000000.000100',
      thread_root_id: 'C0GENERAL1:1700000000.000100',
      actor_id: 'U0ALICE01',
    });
  });

  it('refuses bad signatures, stale timestamps, altered bodies and missing headers with 401, publishing nothing', async () => {
    const teamId = await team();
    const body = JSON.stringify(eventCallback(teamId, message('1700000001.000100')));
    const cases: Array<[string, Response]> = [
      ['wrong secret', await postSigned(app, EVENTS, body, { secret: 'ffffffffffffffffffffffffffffffff' })],
      ['garbage signature', await postSigned(app, EVENTS, body, { signature: 'v0=nothex' })],
      ['stale timestamp', await postSigned(app, EVENTS, body, { timestamp: nowSeconds() - 6 * 60 })],
      ['altered body', await postSigned(app, EVENTS, body, { sentBody: body.replace('Live long', 'Die young') })],
      ['no signature', await postSigned(app, EVENTS, body, { signature: null })],
    ];
    const statuses = Object.fromEntries(await Promise.all(cases.map(async ([name, response]) => [name, [response.status, (await response.json()).error]])));
    expect(statuses).toEqual({
      'wrong secret': [401, 'bad_signature'],
      'garbage signature': [401, 'bad_signature'],
      'stale timestamp': [401, 'stale_timestamp'],
      'altered body': [401, 'bad_signature'],
      'no signature': [401, 'missing_headers'],
    });
    const noTimestamp = await app.app.fetch(`http://switchboard.test${EVENTS}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-signature': 'v0=' + 'a'.repeat(64) },
      body,
    });
    expect(noTimestamp.status).toBe(401);
    await settle();
    expect(await loggedEvents(app, teamId)).toEqual([]);
  });

  it('processes an event once however often it is delivered (Slack retries with X-Slack-Retry-Num, replays)', async () => {
    const teamId = await team();
    const body = JSON.stringify(eventCallback(teamId, message('1700000002.000100')));
    const first = await postSigned(app, EVENTS, body);
    const retries = await Promise.all(
      [1, 2, 3].map((retry) => postSigned(app, EVENTS, body, { headers: { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } })),
    );
    const replay = await postSigned(app, EVENTS, body);
    expect([first, ...retries, replay].map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await replay.json()).duplicate).toBe(true);
    await settle();
    expect(await loggedEvents(app, teamId)).toHaveLength(1);
  });

  it('routes by team and app, verifying each with its own signing secret', async () => {
    const otherSecret = 'b1e2c3d4e5f60718293a4b5c6d7e8f90';
    const plain = await team();
    const withSecret = await team({ signingSecret: otherSecret, appId: 'A0OTHERAPP' });

    // Signed with the wrong team's secret: not verified for the team it names.
    const crossed = await postSigned(app, EVENTS, JSON.stringify(eventCallback(withSecret, message('1700000003.000100'), { api_app_id: 'A0OTHERAPP' })));
    expect((await crossed.json()).ignored).toBe('unknown_workspace');

    const good = await postSigned(app, EVENTS, JSON.stringify(eventCallback(withSecret, message('1700000003.000200'), { api_app_id: 'A0OTHERAPP' })), {
      secret: otherSecret,
    });
    expect(good.status).toBe(200);
    const wrongApp = await postSigned(app, EVENTS, JSON.stringify(eventCallback(withSecret, message('1700000003.000300'), { api_app_id: 'A0SOMEONE' })), {
      secret: otherSecret,
    });
    expect(wrongApp.headers.get('x-slack-no-retry')).toBe('1');
    const unknown = await postSigned(app, EVENTS, JSON.stringify(eventCallback('T0NOTCONNECTED', message('1700000003.000400'))));
    expect(unknown.status).toBe(200);
    expect(unknown.headers.get('x-slack-no-retry')).toBe('1');

    await settle();
    expect((await loggedEvents(app, withSecret)).map((event) => event.message_id)).toEqual(['C0GENERAL1:1700000003.000200']);
    expect(await loggedEvents(app, plain)).toEqual([]);
    expect(await loggedEvents(app, 'T0NOTCONNECTED')).toEqual([]);
  });

  it('drops the echo of a change Switchboard published itself, and only that one', async () => {
    const teamId = await team();
    const messageId = 'C0GENERAL1:1700000004.000100';
    // A write through Switchboard claimed (and published) its change first.
    expect(await claimChange(app.started.services.database.db, { provider: 'slack', workspaceId: teamId, type: 'MESSAGE_CREATED', messageId }, 'SWITCHBOARD', slackProvider.echoes)).toBe(true);
    await postSigned(app, EVENTS, JSON.stringify(eventCallback(teamId, message('1700000004.000100'))));
    // Slack sends the same message again under a new event id (a second, independent delivery): a new change.
    await postSigned(app, EVENTS, JSON.stringify(eventCallback(teamId, message('1700000004.000200'))));
    await settle();
    expect((await loggedEvents(app, teamId)).map((event) => event.message_id)).toEqual(['C0GENERAL1:1700000004.000200']);
    // And the other way round: when the webhook came first, the write side stays silent.
    expect(
      await claimChange(app.started.services.database.db, { provider: 'slack', workspaceId: teamId, type: 'MESSAGE_CREATED', messageId: 'C0GENERAL1:1700000004.000200' }, 'SWITCHBOARD', slackProvider.echoes),
    ).toBe(false);
  });

  it('forgets delivery ids and unanswered echo claims once they are past their window', async () => {
    const teamId = await team();
    const { db } = app.started.services.database;
    const body = JSON.stringify(eventCallback(teamId, message('1700000006.000100')));
    await postSigned(app, EVENTS, body);
    await claimChange(db, { provider: 'slack', workspaceId: teamId, type: 'MESSAGE_UPDATED', messageId: 'C0GENERAL1:1700000006.000100' }, 'SWITCHBOARD', slackProvider.echoes);
    await settle();
    await sql`update processed_provider_events set received_at = now() - interval '2 hours' where workspace_id = ${teamId}`.execute(db);
    await sql`update provider_echoes set created_at = now() - interval '2 hours' where workspace_id = ${teamId}`.execute(db);
    expect(await pruneDeliveries(db)).toBeGreaterThanOrEqual(1);
    expect(await pruneEchoes(db)).toBeGreaterThanOrEqual(1);
    // Long after Slack's last retry, the same id would be processed again (it never comes back that late).
    await postSigned(app, EVENTS, body);
    await settle();
    expect(await loggedEvents(app, teamId)).toHaveLength(2);
  });

  it.runIf(kind === 'postgres')('acknowledges before the work is done: 200 while the event log is locked, the event once it is free', async () => {
    const teamId = await team();
    const target = app.started.services.database.target;
    if (target.kind !== 'postgres') throw new Error('postgres only');
    const blocker = new pg.Client({ connectionString: target.url });
    await blocker.connect();
    try {
      // Hold the event log's writer lock, as a long append would: publishing must wait, the answer must not.
      await blocker.query('begin');
      await blocker.query('select pg_advisory_xact_lock($1)', [String(0x7362_6576_656e_7473n)]);
      const response = await postSigned(app, EVENTS, JSON.stringify(eventCallback(teamId, message('1700000005.000100'))));
      expect(response.status).toBe(200);
      expect(app.started.services.afterAck.pending).toBe(1);
      expect(await loggedEvents(app, teamId)).toEqual([]);
      await blocker.query('commit');
      await settle();
      expect(await loggedEvents(app, teamId)).toHaveLength(1);
    } finally {
      await blocker.end();
    }
  });
});

describe('Slack interactivity (pglite)', () => {
  let slack: FakeSlack;
  let app: TestApp;
  const teamId = 'T0NORMALIZE';

  beforeAll(async () => {
    slack = await startFakeSlack({ teamId });
    app = await startTestApp('pglite', { seed: false, connections: slackSettings(slack.apiUrl) });
    const bot = slack.workspace.addBot('switchboard');
    await storeConnection(app, { teamId, botToken: bot.token });
  });
  afterAll(async () => {
    await app?.close();
    await slack?.close();
  });

  // Each kind of Slack event → its normalized event (and the ones ignored): the webhook contract,
  // ./webhook-contract.test.ts (testkit/contract/webhook-contract.ts, samples in testkit/fakes/slack/webhook-fixture.ts).

  it('turns a block_actions button click into BUTTON_CLICKED, signed the same way, once per click', async () => {
    const payload = {
      type: 'block_actions',
      user: { id: 'U0ALICE01', username: 'alice', name: 'alice', team_id: teamId },
      api_app_id: 'A0FAKEAPP1',
      token: 'legacy',
      container: { type: 'message', message_ts: '1700000200.000001', channel_id: 'C0DEPLOYS1', is_ephemeral: false, thread_ts: '1700000199.000001' },
      trigger_id: '1.2.3',
      team: { id: teamId, domain: 'fake-team' },
      channel: { id: 'C0DEPLOYS1', name: 'deploys' },
      message: { type: 'message', user: 'U0BOT', ts: '1700000200.000001', text: 'Deploy?' },
      response_url: 'https://hooks.slack.com/actions/T/1/abc',
      actions: [{ type: 'button', block_id: 'P0z+f', action_id: 'approve', value: 'approve_123', text: { type: 'plain_text', text: 'Approve' }, action_ts: '1700000201.289415' }],
    };
    const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const path = '/webhooks/slack/interactivity';
    const form = { contentType: 'application/x-www-form-urlencoded' };
    expect((await postSigned(app, path, body, { ...form, secret: '00000000000000000000000000000000' })).status).toBe(401);
    const response = await postSigned(app, path, body, form);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect((await postSigned(app, path, body, form)).status).toBe(200); // the same click delivered again
    await app.started.services.afterAck.idle();
    const clicks = (await loggedEvents(app, teamId)).filter((event) => event.type === 'BUTTON_CLICKED');
    expect(clicks.map((event) => [event.channel_id, event.message_id, event.thread_root_id, event.actor_id, event.button_id])).toEqual([
      ['C0DEPLOYS1', 'C0DEPLOYS1:1700000200.000001', 'C0DEPLOYS1:1700000199.000001', 'U0ALICE01', 'approve'],
    ]);
  });
});

describe('Slack Request URL verification before any workspace is connected (pglite)', () => {
  let app: TestApp;
  const appSecret = 'c0ffee00c0ffee00c0ffee00c0ffee00';

  beforeAll(async () => {
    app = await startTestApp('pglite', { seed: false, connections: slackSettings('http://127.0.0.1:9/api/', { SLACK_SIGNING_SECRET: appSecret }) });
  });
  afterAll(() => app?.close());

  it("answers url_verification signed with the app's SLACK_SIGNING_SECRET, and acknowledges events of unknown teams without publishing", async () => {
    const challenge = JSON.stringify({ token: 'x', challenge: 'first-setup', type: 'url_verification' });
    const response = await postSigned(app, EVENTS, challenge, { secret: appSecret });
    expect(await response.json()).toEqual({ challenge: 'first-setup' });
    expect((await postSigned(app, EVENTS, challenge)).status).toBe(401);

    const event = await postSigned(app, EVENTS, JSON.stringify(eventCallback('T0NOBODY', { type: 'message', channel: 'C0X', ts: '1700000000.000001' })), {
      secret: appSecret,
    });
    expect(event.status).toBe(200);
    expect(event.headers.get('x-slack-no-retry')).toBe('1');
    await app.started.services.afterAck.idle();
    expect(await loggedEvents(app, 'T0NOBODY')).toEqual([]);
  });
});
