import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/providers/model.js';
import type { ScheduleMessageRequest, ScheduledMessageRecord } from '../../../src/providers/features/scheduled.js';
import { expectError, only } from '../../../testkit/contract/contract-support.js';
import { STORES } from '../../../testkit/databases.js';
import { openFeatureTeam, type FeatureTeam } from '../../../testkit/fakes/slack/features-fixture.js';
import { requireFeature } from '../../../src/providers/provider.js';

/**
 * Scheduled messages on Slack through the real WebClient against the fake: chat.scheduleMessage,
 * chat.scheduledMessages.list and chat.deleteScheduledMessage are native; update (schedule + delete) and
 * send-now (delete, then the resolver posts) are emulated. Each test also counts the Slack calls.
 */

const HOUR = 3_600_000;

describe.each(STORES)('slack scheduled messages (%s)', (store) => {
  let team: FeatureTeam;

  beforeAll(async () => {
    team = await openFeatureTeam(store);
  });
  afterAll(() => team?.close());

  const request = (overrides: Partial<ScheduleMessageRequest> = {}): ScheduleMessageRequest => ({
    channelId: team.publicChannel.id,
    content: { text: 'standup notes at **ten**', format: 'markdown' },
    parentId: null,
    alsoSendToChannel: false,
    attachmentIds: [],
    scheduledFor: new Date(team.now() + HOUR),
    ...overrides,
  });
  const schedule = (actor: Actor = team.actors.member, overrides: Partial<ScheduleMessageRequest> = {}) =>
    team.provider.scheduled.scheduleMessage(actor, request(overrides));
  const load = (actor: Actor, id: string) => only(team.provider.scheduled.loadScheduledMessages(actor, [id]));
  const pendingIn = (channel: string) => team.fake.workspace.scheduled.filter((item) => item.channel === channel);

  it('schedules natively with the author token: one chat.scheduleMessage, post_at in whole seconds, mrkdwn text', async () => {
    team.fake.resetCalls();
    const at = new Date(team.now() + HOUR + 400); // not on a whole second: Slack's post_at rounds up
    const scheduled = await schedule(team.actors.member, { scheduledFor: at });
    expect(team.fake.countByMethod()).toEqual({ 'chat.scheduleMessage': 1 });
    const [call] = team.fake.calls;
    expect(call).toMatchObject({ token: team.tokens.member, outcome: 'ok' });
    expect(call.params).toMatchObject({ channel: team.publicChannel.id, post_at: String(Math.ceil(at.getTime() / 1000)), text: 'standup notes at *ten*' });
    const [channel, slackId] = scheduled.id.split(':');
    expect(channel).toBe(team.publicChannel.id);
    expect(team.fake.workspace.scheduled.find((item) => item.id === slackId)).toMatchObject({ userId: team.member.id, text: 'standup notes at *ten*' });
    expect(scheduled).toMatchObject({
      provider: 'slack',
      channelId: team.publicChannel.id,
      parentId: null,
      authorId: team.member.id,
      content: { format: 'markdown', text: 'standup notes at **ten**' },
      text: 'standup notes at ten',
      status: 'PENDING',
      attempts: 0,
      sentMessageId: null,
      attachments: [],
    });
    expect(scheduled.scheduledFor).toEqual(new Date(Math.ceil(at.getTime() / 1000) * 1000));
    expect(scheduled.deliveryKey).toContain(scheduled.id);
  });

  it('a scheduled reply keeps its thread across reads (ids in our table, not content); a reply to a reply goes under the root', async () => {
    const root = team.fake.workspace.addMessage(team.publicChannel.id, { user: team.owner.id, text: 'the root' });
    const reply = team.fake.workspace.addMessage(team.publicChannel.id, { user: team.owner.id, text: 'a reply', threadTs: root.ts });
    const parentId = `${team.publicChannel.id}:${reply.ts}`;
    const scheduled = await schedule(team.actors.member, {
      parentId,
      alsoSendToChannel: true,
      content: { text: 'plain <text> & more', format: 'text' },
    });
    const slackId = scheduled.id.split(':')[1];
    expect(team.fake.workspace.scheduled.find((item) => item.id === slackId)).toMatchObject({ threadTs: root.ts, replyBroadcast: true });
    const rows = await team.database.db.selectFrom('slack_scheduled_messages').selectAll().where('scheduled_id', '=', slackId).execute();
    expect(rows).toEqual([
      expect.objectContaining({ channel_id: team.publicChannel.id, author_id: team.member.id, parent_ts: reply.ts, thread_ts: root.ts, reply_broadcast: true, content_format: 'text' }),
    ]);
    expect(Object.keys(rows[0])).not.toContain('text');

    // Another process (a fresh provider, no memory) reads it back from Slack's list and our row.
    team.fake.resetCalls();
    const read = await load(team.actors.member, scheduled.id);
    expect(team.fake.countByMethod()).toEqual({ 'chat.scheduledMessages.list': 1 });
    expect(read).toMatchObject({ id: scheduled.id, parentId, alsoSendToChannel: true, content: { format: 'text', text: 'plain <text> & more' } });
  });

  it('lists the author own pending messages soonest first, in pages, from one chat.scheduledMessages.list per request', async () => {
    const author = team.actors.outsider;
    const made: ScheduledMessageRecord[] = [];
    for (const hours of [5, 2, 9]) made.push(await schedule(author, { scheduledFor: new Date(team.now() + hours * HOUR), content: { text: `in ${hours}h`, format: 'text' } }));
    await schedule(team.actors.owner, { content: { text: 'not the outsider one', format: 'text' } });

    team.fake.resetCalls();
    const view = team.provider.forRequest!(async () => author);
    const first = await requireFeature(view, 'scheduled').listScheduledMessages(author, { statuses: ['PENDING'] }, { limit: 2, cursor: null });
    const second = await requireFeature(view, 'scheduled').listScheduledMessages(author, { statuses: ['PENDING'] }, { limit: 2, cursor: first.edges[1].cursor });
    expect([...first.edges, ...second.edges].map((edge) => edge.node.text)).toEqual(['in 2h', 'in 5h', 'in 9h']);
    expect(first).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(second).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(await requireFeature(view, 'scheduled').loadScheduledMessages(author, [made[0].id])).toEqual([expect.objectContaining({ id: made[0].id })]);
    expect(team.fake.countByMethod()).toEqual({ 'chat.scheduledMessages.list': 1 });

    // Slack keeps pending messages only: other statuses list nothing, at no cost.
    team.fake.resetCalls();
    const done = await team.provider.scheduled.listScheduledMessages(author, { statuses: ['SENT', 'CANCELLED', 'FAILED'] }, { limit: 10, cursor: null });
    expect(done.edges).toEqual([]);
    expect(team.fake.count()).toBe(0);
  });

  it("someone else's scheduled message, an unknown one and a malformed id read as null; malformed ids cost no call", async () => {
    const mine = await schedule(team.actors.member);
    expect(await load(team.actors.owner, mine.id)).toBeNull();
    expect(await load(team.actors.member, `${team.publicChannel.id}:Q0NOSUCH`)).toBeNull();
    team.fake.resetCalls();
    expect(await team.provider.scheduled.loadScheduledMessages(team.actors.member, ['not-an-id', `${team.publicChannel.id}:1234.5678`])).toEqual([null, null]);
    expect(team.fake.count()).toBe(0);
    await expectError(team.provider.scheduled.cancelScheduledMessage(team.actors.owner, mine.id), 'NOT_FOUND');
  });

  it('update is emulated: schedule the new version, then delete the old; the thread stays, the id changes (3 calls)', async () => {
    const root = team.fake.workspace.addMessage(team.publicChannel.id, { user: team.owner.id, text: 'update root' });
    const original = await schedule(team.actors.member, { parentId: `${team.publicChannel.id}:${root.ts}` });
    team.fake.resetCalls();
    const later = new Date(team.now() + 3 * HOUR);
    const updated = await team.provider.scheduled.updateScheduledMessage(team.actors.member, original.id, {
      content: { text: 'moved, and _reworded_', format: 'markdown' },
      scheduledFor: later,
    });
    expect(team.fake.calls.map((call) => call.method)).toEqual(['chat.scheduledMessages.list', 'chat.scheduleMessage', 'chat.deleteScheduledMessage']);
    expect(updated.id).not.toBe(original.id);
    expect(updated).toMatchObject({ status: 'PENDING', parentId: `${team.publicChannel.id}:${root.ts}`, text: 'moved, and reworded', scheduledFor: later });
    expect(team.fake.workspace.scheduled.map((item) => item.id)).not.toContain(original.id.split(':')[1]);
    expect(team.fake.workspace.scheduled.find((item) => item.id === updated.id.split(':')[1])).toMatchObject({ threadTs: root.ts, text: 'moved, and _reworded_' });
    expect(await load(team.actors.member, original.id)).toBeNull();

    // Changing only the time sends Slack's own text back unchanged.
    const retimed = await team.provider.scheduled.updateScheduledMessage(team.actors.member, updated.id, { scheduledFor: new Date(team.now() + 4 * HOUR) });
    const rescheduled = team.fake.calls.filter((call) => call.method === 'chat.scheduleMessage').at(-1)!;
    expect(rescheduled.params.text).toBe('moved, and _reworded_');
    expect(retimed).toMatchObject({ parentId: updated.parentId, content: updated.content });
  });

  it('an update racing Slack (the original was sent or cancelled meanwhile) is CONFLICT and leaves no copy behind', async () => {
    const original = await schedule(team.actors.member);
    const before = pendingIn(team.publicChannel.id).length;
    team.fake.inject('chat.deleteScheduledMessage', { error: 'invalid_scheduled_message_id' });
    const error = await expectError(
      team.provider.scheduled.updateScheduledMessage(team.actors.member, original.id, { content: { text: 'too late', format: 'text' } }),
      'CONFLICT',
    );
    expect(error.message).toMatch(/sent or cancelled it meanwhile/);
    // The replacement was deleted again; the original (which the fault pretended was gone) is still there.
    expect(pendingIn(team.publicChannel.id).length).toBe(before);
    expect(pendingIn(team.publicChannel.id).some((item) => item.text === 'too late')).toBe(false);
  });

  it('a refused update changes nothing: Slack refusing the new version leaves the original scheduled', async () => {
    const original = await schedule(team.actors.member);
    team.fake.inject('chat.scheduleMessage', { error: 'msg_too_long' });
    await expectError(team.provider.scheduled.updateScheduledMessage(team.actors.member, original.id, { content: { text: 'x', format: 'text' } }), 'VALIDATION_ERROR');
    expect(await load(team.actors.member, original.id)).toMatchObject({ id: original.id, status: 'PENDING' });
  });

  it('cancel deletes it from Slack (chat.deleteScheduledMessage) and answers CANCELLED; our row goes too', async () => {
    const scheduled = await schedule(team.actors.member);
    team.fake.resetCalls();
    const cancelled = await team.provider.scheduled.cancelScheduledMessage(team.actors.member, scheduled.id);
    expect(team.fake.countByMethod()).toEqual({ 'chat.scheduledMessages.list': 1, 'chat.deleteScheduledMessage': 1 });
    expect(cancelled).toMatchObject({ id: scheduled.id, status: 'CANCELLED', text: scheduled.text });
    expect(team.fake.workspace.scheduled.some((item) => item.id === scheduled.id.split(':')[1])).toBe(false);
    const rows = await team.database.db.selectFrom('slack_scheduled_messages').select('scheduled_id').where('scheduled_id', '=', scheduled.id.split(':')[1]).execute();
    expect(rows).toEqual([]);
  });

  it('send-now: claim takes it out of Slack schedule (SENDING), finish reports SENT with the message sent', async () => {
    const scheduled = await schedule(team.actors.member, { content: { text: 'send me now', format: 'text' } });
    const claimed = await team.provider.scheduled.claimScheduledMessage(team.actors.member, scheduled.id);
    expect(claimed).toMatchObject({ id: scheduled.id, status: 'SENDING', content: { text: 'send me now', format: 'text' } });
    expect(team.fake.workspace.scheduled.some((item) => item.id === scheduled.id.split(':')[1])).toBe(false);
    // The resolver sends it through sendMessage, then records the outcome.
    const sent = await team.provider.sendMessage(team.actors.member, {
      channelId: claimed.channelId,
      content: claimed.content,
      parentId: claimed.parentId,
      alsoSendToChannel: claimed.alsoSendToChannel,
      attachmentIds: [],
    });
    const finished = await team.provider.scheduled.finishScheduledMessage(team.actors.member, scheduled.id, { kind: 'sent', messageId: sent.id });
    expect(finished).toMatchObject({ id: scheduled.id, status: 'SENT', sentMessageId: sent.id, lastError: null, text: 'send me now' });
    // Slack no longer knows it: reads answer null, and claiming again is NOT_FOUND.
    expect(await load(team.actors.member, scheduled.id)).toBeNull();
    await expectError(team.provider.scheduled.claimScheduledMessage(team.actors.member, scheduled.id), 'NOT_FOUND');
  });

  it('a send-now that failed for a transient reason is scheduled with Slack again at retryAt; a final failure answers FAILED', async () => {
    const root = team.fake.workspace.addMessage(team.publicChannel.id, { user: team.owner.id, text: 'retry root' });
    const scheduled = await schedule(team.actors.member, { parentId: `${team.publicChannel.id}:${root.ts}`, content: { text: 'flaky', format: 'text' } });
    await team.provider.scheduled.claimScheduledMessage(team.actors.member, scheduled.id);
    const retryAt = new Date(team.now() + 30_000);
    const retried = await team.provider.scheduled.finishScheduledMessage(team.actors.member, scheduled.id, {
      kind: 'retry',
      error: 'RATE_LIMITED: slow down. Retrying.',
      retryAt,
      maxAttempts: 5,
    });
    expect(retried).toMatchObject({ status: 'PENDING', lastError: 'RATE_LIMITED: slow down. Retrying.', attempts: 1, scheduledFor: retryAt, text: 'flaky' });
    expect(retried.id).not.toBe(scheduled.id);
    expect(team.fake.workspace.scheduled.find((item) => item.id === retried.id.split(':')[1])).toMatchObject({ threadTs: root.ts, text: 'flaky' });

    await team.provider.scheduled.claimScheduledMessage(team.actors.member, retried.id);
    const failed = await team.provider.scheduled.finishScheduledMessage(team.actors.member, retried.id, { kind: 'failed', error: 'CONFLICT: #general was archived.' });
    expect(failed).toMatchObject({ id: retried.id, status: 'FAILED', lastError: 'CONFLICT: #general was archived.', attempts: 1 });
    expect(await load(team.actors.member, retried.id)).toBeNull();
  });

  it('Slack posts the message itself when its time comes; afterwards Slack (and so Switchboard) no longer lists it', async () => {
    const scheduled = await schedule(team.actors.member, { scheduledFor: new Date(team.now() + 60_000), content: { text: 'on time', format: 'text' } });
    team.advance(61_000);
    expect(await load(team.actors.member, scheduled.id)).toBeNull();
    const posted = team.fake.workspace.channelMessages(team.publicChannel.id).at(-1)!;
    expect(posted).toMatchObject({ user: team.member.id, text: 'on time' });
  });

  it("Slack's refusals map to the closed codes; a member without a user token cannot schedule", async () => {
    team.fake.inject('chat.scheduleMessage', { error: 'time_in_past' });
    await expectError(schedule(), 'VALIDATION_ERROR');
    await expectError(schedule(team.actors.outsider, { channelId: team.privateChannel.id }), 'NOT_FOUND');
    const archived = team.fake.workspace.addChannel('old-news', [team.member.id], { archived: true });
    await expectError(schedule(team.actors.member, { channelId: archived.id }), 'CONFLICT');
    const notMine = team.fake.workspace.addChannel('elsewhere', [team.owner.id]);
    await expectError(schedule(team.actors.member, { channelId: notMine.id }), 'PERMISSION_DENIED');
    const denied = await expectError(schedule(team.actors.unlinked), 'PERMISSION_DENIED');
    expect(denied.message).toMatch(/user token/);
    await expectError(schedule(team.actors.member, { attachmentIds: ['F123'] }), 'UNSUPPORTED');
    await expectError(schedule(team.actors.member, { alsoSendToChannel: true }), 'VALIDATION_ERROR');
    await expectError(schedule(team.actors.member, { parentId: `${team.publicChannel.id}:1000000000.000001` }), 'NOT_FOUND');
  });

  it('capabilities say EMULATED: native scheduling, emulated update and send-now', () => {
    expect(team.provider.capabilities().scheduledMessages).toBe('EMULATED');
  });
});
