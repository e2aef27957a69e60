import { ErrorCode, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack, type FakeUser } from '../../../testkit/fakes/slack/index.js';

/**
 * The fake Slack server speaks the wire format @slack/web-api uses and the method behaviours other tests
 * (and the connecting, pins, search and scheduling work) rely on. Checked here with the real WebClient and
 * with raw HTTP where the transport itself is the point.
 */

let now = Date.UTC(2026, 0, 5, 12, 0, 0);
let fake: FakeSlack;
let alice: FakeUser;
let bob: FakeUser;
let tokens: { alice: string; bob: string; bot: string };
let general: string;
let hidden: string;

const client = (token?: string) => new WebClient(token, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });

/** The Slack error code a call failed with. */
async function slackError(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (failure: { code?: string; data?: { error?: string } }) => failure,
  );
  expect(error, 'the call should have failed').not.toBeNull();
  expect(error!.code).toBe(ErrorCode.PlatformError);
  return error!.data!.error!;
}

beforeAll(async () => {
  fake = await startFakeSlack({ clock: () => now });
  const { workspace } = fake;
  alice = workspace.addUser({ name: 'alice', isAdmin: true });
  bob = workspace.addUser({ name: 'bob' });
  const bot = workspace.addBot('helper');
  tokens = { alice: workspace.issueToken(alice.id, 'user'), bob: workspace.issueToken(bob.id, 'user'), bot: bot.token };
  general = workspace.addChannel('general', [alice.id, bob.id, bot.user.id]).id;
  hidden = workspace.addChannel('hidden', [alice.id], { private: true }).id;
});
afterAll(() => fake?.close());

describe('fake Slack: the wire', () => {
  it('answers errors as HTTP 200 {ok:false}, checks the bearer token, and records every call without its token', async () => {
    fake.resetCalls();
    const anonymous = await fetch(`${fake.apiUrl}auth.test`, { method: 'POST' });
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ ok: false, error: 'not_authed' });
    const wrong = await fetch(`${fake.apiUrl}auth.test`, { method: 'POST', headers: { authorization: 'Bearer xoxb-nope' } });
    expect(await wrong.json()).toEqual({ ok: false, error: 'invalid_auth' });

    const form = await fetch(`${fake.apiUrl}conversations.info`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.bob}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ channel: general }).toString(),
    });
    expect(await form.json()).toMatchObject({ ok: true, channel: { id: general, name: 'general', is_member: true } });
    const json = await fetch(`${fake.apiUrl}conversations.info`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.bob}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: hidden }),
    });
    expect(await json.json(), 'a private channel of others looks nonexistent').toEqual({ ok: false, error: 'channel_not_found' });

    expect(fake.calls.map((call) => [call.method, call.outcome])).toEqual([
      ['auth.test', 'error:not_authed'],
      ['auth.test', 'error:invalid_auth'],
      ['conversations.info', 'ok'],
      ['conversations.info', 'error:channel_not_found'],
    ]);
    expect(fake.calls[2]).toMatchObject({ params: { channel: general }, token: tokens.bob, tokenKind: 'user', userId: bob.id });
  });

  it('injects 429 with Retry-After and HTTP 500, once each, then answers normally', async () => {
    fake.inject('auth.test', { rateLimited: 17 });
    fake.inject('auth.test', { status: 500 });
    const limited = await fetch(`${fake.apiUrl}auth.test`, { method: 'POST', headers: { authorization: `Bearer ${tokens.bob}` } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('17');
    const broken = await fetch(`${fake.apiUrl}auth.test`, { method: 'POST', headers: { authorization: `Bearer ${tokens.bob}` } });
    expect(broken.status).toBe(500);
    const rejected = await client(tokens.bob)
      .auth.test()
      .catch((error: { code: string }) => error);
    expect(rejected).toMatchObject({ ok: true, user_id: bob.id });
  });

  it('limitRate answers 429 past the per-minute limit until the clock reaches the next minute', async () => {
    fake.limitRate('team.info', 2);
    const web = client(tokens.bob);
    await web.team.info();
    await web.team.info();
    const third = await web.team.info().catch((error: { code: string; retryAfter: number }) => error);
    expect(third).toMatchObject({ code: ErrorCode.RateLimitedError });
    expect((third as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
    now += 60_000;
    await expect(web.team.info()).resolves.toMatchObject({ ok: true, team: { domain: 'fake-team' } });
    fake.clearFaults();
  });
});

describe('fake Slack: conversations and messages', () => {
  it('pages conversations.history by cursor newest first, and closest to oldest when only oldest is given', async () => {
    const channel = fake.workspace.addChannel('paging', [alice.id]).id;
    const web = client(tokens.alice);
    const posted: string[] = [];
    for (let n = 0; n < 5; n += 1) posted.push((await web.chat.postMessage({ channel, text: `m${n}` })).ts!);

    const first = await web.conversations.history({ channel, limit: 2 });
    expect(first.messages!.map((message) => message.ts)).toEqual([posted[4], posted[3]]);
    expect(first.has_more).toBe(true);
    const second = await web.conversations.history({ channel, limit: 2, cursor: first.response_metadata!.next_cursor });
    expect(second.messages!.map((message) => message.ts)).toEqual([posted[2], posted[1]]);
    const last = await web.conversations.history({ channel, limit: 2, cursor: second.response_metadata!.next_cursor });
    expect(last.messages!.map((message) => message.ts)).toEqual([posted[0]]);
    expect(last.response_metadata?.next_cursor ?? '').toBe('');

    const forward = await web.conversations.history({ channel, oldest: posted[0], limit: 2 });
    expect(forward.messages!.map((message) => message.ts)).toEqual([posted[2], posted[1]]);
    const single = await web.conversations.history({ channel, latest: posted[3], inclusive: true, limit: 1 });
    expect(single.messages!.map((message) => message.ts)).toEqual([posted[3]]);
    expect(await slackError(web.conversations.history({ channel, cursor: 'garbage' }))).toBe('invalid_cursor');
  });

  it('threads replies under the root, broadcasts them when asked, and summarises the thread on the root', async () => {
    const web = client(tokens.alice);
    const root = await web.chat.postMessage({ channel: general, text: 'root' });
    const reply = await client(tokens.bob).chat.postMessage({ channel: general, text: 'reply', thread_ts: root.ts! });
    // thread_ts naming a reply joins the root's thread.
    const broadcast = await web.chat.postMessage({ channel: general, text: 'loud', thread_ts: reply.ts!, reply_broadcast: true });
    expect(broadcast.message).toMatchObject({ subtype: 'thread_broadcast', thread_ts: root.ts, parent_user_id: alice.id });

    const thread = await web.conversations.replies({ channel: general, ts: reply.ts! });
    expect(thread.messages!.map((message) => message.ts)).toEqual([root.ts, reply.ts, broadcast.ts]);
    expect(thread.messages![0]).toMatchObject({ reply_count: 2, reply_users: [bob.id, alice.id], latest_reply: broadcast.ts, thread_ts: root.ts });
    const timeline = await web.conversations.history({ channel: general, limit: 3 });
    expect(timeline.messages!.map((message) => message.ts), 'the plain reply stays in its thread').toEqual([broadcast.ts, root.ts]);
    expect(await slackError(web.conversations.replies({ channel: general, ts: '1000000000.000001' }))).toBe('thread_not_found');
  });

  it('keeps a tombstone for a deleted root with replies and removes anything else', async () => {
    const web = client(tokens.alice);
    const root = await web.chat.postMessage({ channel: general, text: 'doomed root' });
    const reply = await client(tokens.bob).chat.postMessage({ channel: general, text: 'doomed reply', thread_ts: root.ts });
    expect(await slackError(client(tokens.bob).chat.delete({ channel: general, ts: root.ts! }))).toBe('cant_delete_message');
    await client(tokens.bob).chat.delete({ channel: general, ts: reply.ts! });
    await web.chat.postMessage({ channel: general, text: 'new reply', thread_ts: root.ts });
    await web.chat.delete({ channel: general, ts: root.ts! });
    const thread = await web.conversations.replies({ channel: general, ts: root.ts! });
    expect(thread.messages![0]).toMatchObject({ subtype: 'tombstone', user: 'USLACKBOT', text: 'This message was deleted.', reply_count: 1 });
    expect(thread.messages!.map((message) => message.text)).toEqual(['This message was deleted.', 'new reply']);
    expect(await slackError(web.chat.update({ channel: general, ts: reply.ts!, text: 'x' }))).toBe('message_not_found');
    expect(await slackError(web.chat.update({ channel: general, ts: root.ts!, text: 'x' }))).toBe('cant_update_message');
  });

  it('groups reactions and answers already_reacted and no_reaction', async () => {
    const web = client(tokens.alice);
    const message = await web.chat.postMessage({ channel: general, text: 'react' });
    await web.reactions.add({ channel: general, timestamp: message.ts!, name: 'tada' });
    await client(tokens.bob).reactions.add({ channel: general, timestamp: message.ts!, name: 'tada' });
    expect(await slackError(web.reactions.add({ channel: general, timestamp: message.ts!, name: 'tada' }))).toBe('already_reacted');
    expect(await slackError(web.reactions.remove({ channel: general, timestamp: message.ts!, name: 'eyes' }))).toBe('no_reaction');
    const thread = await web.conversations.replies({ channel: general, ts: message.ts! });
    expect(thread.messages![0].reactions).toEqual([{ name: 'tada', users: [alice.id, bob.id], count: 2 }]);
  });

  it('permalinks name the thread for replies', async () => {
    const web = client(tokens.alice);
    const root = await web.chat.postMessage({ channel: general, text: 'link me' });
    const reply = await web.chat.postMessage({ channel: general, text: 'and me', thread_ts: root.ts });
    const rootLink = await web.chat.getPermalink({ channel: general, message_ts: root.ts! });
    expect(rootLink.permalink).toBe(`https://fake-team.slack.com/archives/${general}/p${root.ts!.replace('.', '')}`);
    const replyLink = await web.chat.getPermalink({ channel: general, message_ts: reply.ts! });
    expect(replyLink.permalink).toBe(`https://fake-team.slack.com/archives/${general}/p${reply.ts!.replace('.', '')}?thread_ts=${root.ts}&cid=${general}`);
  });
});

describe('fake Slack: what connecting, pins, search and scheduling use', () => {
  it('oauth.v2.access exchanges a code once for a bot token and the installer user token', async () => {
    fake.workspace.addOAuthApp('client-1', 'secret-1');
    fake.workspace.addOAuthCode({ code: 'code-1', clientId: 'client-1', userId: alice.id, userScopes: ['search:read'] });
    const web = client();
    expect(await slackError(web.oauth.v2.access({ client_id: 'client-1', client_secret: 'wrong', code: 'code-1' }))).toBe('bad_client_secret');
    const granted = await web.oauth.v2.access({ client_id: 'client-1', client_secret: 'secret-1', code: 'code-1' });
    expect(granted).toMatchObject({
      token_type: 'bot',
      team: { id: fake.workspace.teamId },
      authed_user: { id: alice.id, token_type: 'user', scope: 'search:read' },
    });
    await expect(client(granted.access_token).auth.test()).resolves.toMatchObject({ bot_id: expect.stringMatching(/^B/) });
    expect(await slackError(web.oauth.v2.access({ client_id: 'client-1', client_secret: 'secret-1', code: 'code-1' }))).toBe('invalid_code');
    expect(await slackError(client(tokens.bob).users.lookupByEmail({ email: 'nobody@x.example' }))).toBe('users_not_found');
  });

  it('pins: add, list, already_pinned, no_pin', async () => {
    const web = client(tokens.alice);
    const message = await web.chat.postMessage({ channel: general, text: 'pin me' });
    await web.pins.add({ channel: general, timestamp: message.ts! });
    expect(await slackError(web.pins.add({ channel: general, timestamp: message.ts! }))).toBe('already_pinned');
    const listed = await web.pins.list({ channel: general });
    expect(listed.items![0]).toMatchObject({ type: 'message', created_by: alice.id, message: { ts: message.ts, pinned_to: [general] } });
    await web.pins.remove({ channel: general, timestamp: message.ts! });
    expect(await slackError(web.pins.remove({ channel: general, timestamp: message.ts! }))).toBe('no_pin');
  });

  it('search.messages finds words and phrases with modifiers, for user tokens only, in what the user can see', async () => {
    const web = client(tokens.alice);
    await web.chat.postMessage({ channel: hidden, text: 'the quarterly numbers are in' });
    await client(tokens.bob).chat.postMessage({ channel: general, text: 'Quarterly planning starts monday' });
    const mine = await web.search.messages({ query: 'quarterly', sort: 'timestamp', highlight: true });
    expect(mine.messages!.total).toBe(2);
    expect(mine.messages!.matches![0].text).toBe('\ue000Quarterly\ue001 planning starts monday');
    const bobs = await client(tokens.bob).search.messages({ query: 'quarterly' });
    expect(bobs.messages!.matches!.map((match) => match.channel!.id)).toEqual([general]);
    const filtered = await web.search.messages({ query: `"planning starts" from:<@${bob.id}> in:#general` });
    expect(filtered.messages!.total).toBe(1);
    expect(await slackError(client(tokens.bot).search.messages({ query: 'x' }))).toBe('not_allowed_token_type');
  });

  it('schedules, lists and deletes scheduled messages, and posts them when the clock reaches post_at', async () => {
    const web = client(tokens.alice);
    const postAt = Math.floor(now / 1000) + 600;
    expect(await slackError(web.chat.scheduleMessage({ channel: general, text: 'late', post_at: Math.floor(now / 1000) - 1 }))).toBe('time_in_past');
    const kept = await web.chat.scheduleMessage({ channel: general, text: 'later', post_at: postAt });
    const dropped = await web.chat.scheduleMessage({ channel: general, text: 'never', post_at: postAt + 60 });
    expect(kept).toMatchObject({ channel: general, post_at: String(postAt), scheduled_message_id: expect.stringMatching(/^Q/) });
    await web.chat.deleteScheduledMessage({ channel: general, scheduled_message_id: dropped.scheduled_message_id! });
    const listed = await web.chat.scheduledMessages.list({ channel: general });
    expect(listed.scheduled_messages).toEqual([
      { id: kept.scheduled_message_id, channel_id: general, post_at: postAt, date_created: expect.any(Number), text: 'later' },
    ]);
    now += 601_000;
    const timeline = await web.conversations.history({ channel: general, limit: 1 });
    expect(timeline.messages![0]).toMatchObject({ text: 'later', user: alice.id });
    expect((await web.chat.scheduledMessages.list({ channel: general })).scheduled_messages).toEqual([]);
  });

  it('conversations.mark moves the caller\'s last_read, which conversations.info reports with the unread count', async () => {
    const channel = fake.workspace.addChannel('marks', [alice.id, bob.id]).id;
    const first = await client(tokens.bob).chat.postMessage({ channel, text: 'one' });
    await client(tokens.bob).chat.postMessage({ channel, text: 'two' });
    const web = client(tokens.alice);
    expect((await web.conversations.info({ channel })).channel).toMatchObject({ unread_count: 2 });
    await web.conversations.mark({ channel, ts: first.ts! });
    expect((await web.conversations.info({ channel })).channel).toMatchObject({ last_read: first.ts, unread_count: 1 });
  });
});
