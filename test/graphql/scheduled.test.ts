import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId } from '../../src/providers/ids.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { DEMO_SCHEDULED_TEXT } from '../../src/seed/demo-scheduled.js';
import { createApiKey } from '../../src/store/api-keys.js';
import { graphql } from '../../testkit/gql/index.js';
import type { ScheduleMessageInput } from '../../testkit/gql/graphql.js';
import type { TestApp } from '../../testkit/app.js';
import { STORES } from '../../testkit/databases.js';
import { useDemoApp, type DemoDirectory } from '../../testkit/demo.js';

/**
 * Scheduled messages over GraphQL (seed: POST /channels/{id}/messages/schedule, /workspaces/{wid}/scheduled-messages,
 * /scheduled-messages/{id}[/update|/delete|/send-now]). Delivery is driven by calling `Scheduler.runDue(now)`
 * with an explicit time, never by waiting for a timer.
 */

const Schedule = graphql(`
  mutation ScheduleMessage($input: ScheduleMessageInput!) {
    scheduleMessage(input: $input) {
      scheduledMessage {
        id
        text
        markdown
        status
        scheduledFor
        lastError
        alsoSendToChannel
        channel { id name }
        parent { id }
        author { name }
        attachments { id filename }
        sentMessage { id }
      }
      userErrors { code message field }
    }
  }
`);

const ScheduledList = graphql(`
  query ScheduledList($workspaceId: ID!, $first: Int, $after: String, $statuses: [ScheduledMessageStatus!]) {
    workspace(id: $workspaceId) {
      scheduledMessages(first: $first, after: $after, statuses: $statuses) {
        nodes { id text status scheduledFor }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const ScheduledNode = graphql(`
  query ScheduledNode($id: ID!) {
    node(id: $id) {
      id
      ... on ScheduledMessage {
        text
        status
        lastError
        scheduledFor
        updatedAt
        channel { name }
        attachments { id }
        sentMessage {
          id
          text
          parent { id }
          threadRoot { id }
          alsoSentToChannel
          mentions { name }
          attachments { id }
          author { name }
          viewerThreadSubscription
        }
      }
    }
  }
`);

const UpdateScheduled = graphql(`
  mutation UpdateScheduled($input: UpdateScheduledMessageInput!) {
    updateScheduledMessage(input: $input) {
      scheduledMessage { id text markdown status scheduledFor lastError attachments { id } }
      userErrors { code message field }
    }
  }
`);

const DeleteScheduled = graphql(`
  mutation DeleteScheduled($input: ScheduledMessageRefInput!) {
    deleteScheduledMessage(input: $input) {
      deletedScheduledMessageId
      scheduledMessage { id status }
      userErrors { code message field }
    }
  }
`);

const SendNow = graphql(`
  mutation SendScheduledNow($input: ScheduledMessageRefInput!) {
    sendScheduledMessageNow(input: $input) {
      message { id text author { name } mentions { name } channel { name } }
      userErrors { code message field }
    }
  }
`);

const SendWithAttachments = graphql(`
  mutation ScheduledTestSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id attachments { id } }
      userErrors { code message field }
    }
  }
`);

const Capabilities = graphql(`
  query ScheduledCapabilities($id: ID!) {
    workspace(id: $id) { capabilities { scheduledMessages eventTypes } }
  }
`);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

describe.each(STORES)('scheduled messages on %s', (kind) => {
  let app: TestApp;
  let demo: DemoDirectory;
  useDemoApp(kind, (started, directory) => {
    app = started;
    demo = directory;
  });

  const db = () => app.started.services.database.db;
  /** A scheduler over the app's services; each test runs it at a time of its choosing. */
  const deliverAt = (at: Date) => new Scheduler(app.started.services).runDue(at);
  const soon = () => new Date(Date.now() + 2 * HOUR);

  async function schedule(apiKey: string, input: ScheduleMessageInput) {
    const { data, errors } = await app.gql(apiKey, Schedule, { input });
    if (!data) throw new Error(JSON.stringify(errors));
    return data.scheduleMessage;
  }

  async function scheduled(apiKey: string, input: ScheduleMessageInput) {
    const payload = await schedule(apiKey, input);
    expect(payload.userErrors).toEqual([]);
    return payload.scheduledMessage!;
  }

  async function node(apiKey: string, id: string) {
    const { data, errors } = await app.gql(apiKey, ScheduledNode, { id });
    if (!data) throw new Error(JSON.stringify(errors));
    return data.node && 'status' in data.node ? data.node : null;
  }

  async function pending(apiKey: string) {
    const { data } = await app.gql(apiKey, ScheduledList, { workspaceId: demo.acmeId, first: 100 });
    return data!.workspace!.scheduledMessages.nodes;
  }

  /** Messages with this exact content, counted in the store: "sent exactly once" is a count. */
  async function postedCount(text: string): Promise<number> {
    const row = await db()
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('content', '=', text)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  const nativeId = (globalId: string) => decodeGlobalId(globalId).nativeId;

  it('the built-in workspace says it schedules natively and emits the scheduled-message events', async () => {
    const { data } = await app.gql('demo-alice', Capabilities, { id: demo.acmeId });
    expect(data!.workspace!.capabilities.scheduledMessages).toBe('NATIVE');
    expect(data!.workspace!.capabilities.eventTypes).toEqual(
      expect.arrayContaining(['SCHEDULED_MESSAGE_SENT', 'SCHEDULED_MESSAGE_FAILED']),
    );
  });

  it('schedules a message: PENDING, listed soonest first with the demo reminder last, nothing posted before its time', async () => {
    const later = await scheduled('demo-alice', { channelId: demo.channel.general, text: `list later ${kind}`, scheduledFor: inHours(1.5) });
    const sooner = await scheduled('demo-alice', { channelId: demo.channel.general, markdown: `**list sooner** ${kind}`, scheduledFor: inHours(1) });
    expect(sooner).toMatchObject({
      text: `list sooner ${kind}`,
      markdown: `**list sooner** ${kind}`,
      status: 'PENDING',
      lastError: null,
      alsoSendToChannel: false,
      channel: { id: demo.channel.general, name: 'general' },
      parent: null,
      author: { name: 'Alice Chen' },
      attachments: [],
      sentMessage: null,
    });

    const list = await pending('demo-alice');
    const texts = list.map((item) => item.text);
    expect(texts.indexOf(`list sooner ${kind}`)).toBeLessThan(texts.indexOf(`list later ${kind}`));
    expect(texts.at(-1)).toBe(DEMO_SCHEDULED_TEXT);
    const times = list.map((item) => Date.parse(item.scheduledFor));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(list.every((item) => item.status === 'PENDING')).toBe(true);

    expect(await node('demo-alice', later.id)).toMatchObject({ id: later.id, text: `list later ${kind}`, status: 'PENDING' });
    expect(await postedCount(`list later ${kind}`)).toBe(0);
  });

  it('pages the list forward with an opaque cursor and refuses to read it backward', async () => {
    for (const n of [1, 2, 3]) await scheduled('demo-dave', { channelId: demo.channel.general, text: `dave page ${n} ${kind}`, scheduledFor: inHours(n) });
    const first = await app.gql('demo-dave', ScheduledList, { workspaceId: demo.acmeId, first: 2 });
    const page1 = first.data!.workspace!.scheduledMessages;
    expect(page1.nodes.map((item) => item.text)).toEqual([`dave page 1 ${kind}`, `dave page 2 ${kind}`]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await app.gql('demo-dave', ScheduledList, { workspaceId: demo.acmeId, first: 2, after: page1.pageInfo.endCursor });
    expect(second.data!.workspace!.scheduledMessages.nodes.map((item) => item.text)).toEqual([`dave page 3 ${kind}`]);
    const backward = await app.gql(
      'demo-dave',
      `query { workspace(id: "${demo.acmeId}") { scheduledMessages(last: 2) { nodes { id } } } }`,
    );
    expect(backward.errors?.[0].extensions?.code).toBe('UNSUPPORTED');
    for (const item of [...page1.nodes, ...second.data!.workspace!.scheduledMessages.nodes]) {
      await app.gql('demo-dave', DeleteScheduled, { input: { scheduledMessageId: item.id } });
    }
  });

  it('keeps a scheduled message private to its author: NOT_FOUND (or null) for anyone else, whatever they try', async () => {
    const secret = await scheduled('demo-alice', { channelId: demo.channel.general, text: `private plan ${kind}`, scheduledFor: inHours(1) });
    expect(await node('demo-bob', secret.id)).toBeNull();
    expect((await pending('demo-bob')).map((item) => item.id)).not.toContain(secret.id);
    const input = { scheduledMessageId: secret.id };
    const attempts = [
      (await app.gql('demo-bob', UpdateScheduled, { input: { ...input, text: 'hijacked' } })).data!.updateScheduledMessage.userErrors,
      (await app.gql('demo-bob', DeleteScheduled, { input })).data!.deleteScheduledMessage.userErrors,
      (await app.gql('demo-bob', SendNow, { input })).data!.sendScheduledMessageNow.userErrors,
    ];
    for (const userErrors of attempts) {
      expect(userErrors).toEqual([
        { code: 'NOT_FOUND', message: `Scheduled message "${secret.id}" was not found or is not visible to you.`, field: null },
      ]);
    }
    // An id that names another type is refused as such.
    const wrongType = await app.gql('demo-alice', DeleteScheduled, { input: { scheduledMessageId: demo.channel.general } });
    expect(wrongType.data!.deleteScheduledMessage.userErrors[0]).toMatchObject({
      code: 'VALIDATION_ERROR',
      field: ['input', 'scheduledMessageId'],
      message: expect.stringMatching(/expected the id of a ScheduledMessage, but .* is the id of a Channel/),
    });
    expect(await node('demo-alice', secret.id)).toMatchObject({ text: `private plan ${kind}`, status: 'PENDING' });
  });

  it('refuses a time in the past or more than 120 days ahead, naming scheduledFor; accepts a minute of clock skew', async () => {
    const past = await schedule('demo-alice', { channelId: demo.channel.general, text: 'too late', scheduledFor: inHours(-1) });
    expect(past.userErrors).toEqual([
      { code: 'VALIDATION_ERROR', field: ['input', 'scheduledFor'], message: expect.stringMatching(/^scheduledFor .* is in the past .*60 seconds of clock skew/) },
    ]);
    const far = await schedule('demo-alice', { channelId: demo.channel.general, text: 'too early', scheduledFor: inHours(121 * 24) });
    expect(far.userErrors).toEqual([
      { code: 'VALIDATION_ERROR', field: ['input', 'scheduledFor'], message: expect.stringMatching(/^scheduledFor .* is more than 120 days ahead/) },
    ]);
    const skewed = await scheduled('demo-alice', { channelId: demo.channel.general, text: `skewed ${kind}`, scheduledFor: new Date(Date.now() - 30_000).toISOString() });
    expect(skewed.status).toBe('PENDING');
    const farButAllowed = await scheduled('demo-alice', { channelId: demo.channel.general, text: `in 119 days ${kind}`, scheduledFor: inHours(119 * 24) });
    expect(farButAllowed.status).toBe('PENDING');
    // The skewed one is due at once.
    await deliverAt(new Date());
    expect((await node('demo-alice', skewed.id))?.status).toBe('SENT');
    expect(await postedCount(`skewed ${kind}`)).toBe(1);
    await app.gql('demo-alice', DeleteScheduled, { input: { scheduledMessageId: farButAllowed.id } });
  });

  it('applies the content rules of sendMessage: blank, too long, text and markdown together', async () => {
    const base = { channelId: demo.channel.general, scheduledFor: inHours(1) };
    const cases: Array<[Partial<ScheduleMessageInput>, string[], RegExp]> = [
      [{ text: '   ' }, ['input', 'text'], /^text must not be empty\.$/],
      [{ markdown: 'x'.repeat(40_001) }, ['input', 'markdown'], /^markdown is 40,001 characters long; the limit is 40,000\.$/],
      [{ text: 'a', markdown: 'b' }, ['input', 'markdown'], /not text and markdown/],
      [{}, ['input', 'text'], /text or markdown/],
    ];
    for (const [content, field, message] of cases) {
      const payload = await schedule('demo-alice', { ...base, ...content });
      expect(payload.scheduledMessage).toBeNull();
      expect(payload.userErrors).toEqual([{ code: 'VALIDATION_ERROR', field, message: expect.stringMatching(message) }]);
    }
    const { data } = await app.gql('demo-alice', UpdateScheduled, {
      input: { scheduledMessageId: (await pending('demo-alice'))[0].id },
    });
    expect(data!.updateScheduledMessage.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', message: expect.stringMatching(/at least one of/) });
  });

  it('needs the right to post: hidden channel NOT_FOUND, archived channel CONFLICT, read-only key PERMISSION_DENIED', async () => {
    const hidden = await schedule('demo-carol', { channelId: demo.channel.leadership, text: 'sneaky', scheduledFor: inHours(1) });
    expect(hidden.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const archived = await schedule('demo-alice', { channelId: demo.channel['old-projects'], text: 'revive', scheduledFor: inHours(1) });
    expect(archived.userErrors[0]).toMatchObject({ code: 'CONFLICT', message: '#old-projects is archived and read-only.' });
    const carol = await db().selectFrom('accounts').select('id').where('name', '=', 'Carol Nguyen').executeTakeFirstOrThrow();
    await createApiKey(db(), carol.id, `scheduled-read-only-${kind}`, 'dashboard', ['read']);
    const readOnly = await schedule(`scheduled-read-only-${kind}`, { channelId: demo.channel.general, text: 'may I?', scheduledFor: inHours(1) });
    expect(readOnly.userErrors).toEqual([
      { code: 'PERMISSION_DENIED', message: 'This API key is read-only: it lacks the "write" scope.', field: null },
    ]);
    const orphan = await schedule('demo-alice', { channelId: demo.channel.general, text: 'orphan', scheduledFor: inHours(1), alsoSendToChannel: true });
    expect(orphan.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'alsoSendToChannel'] });
  });

  it('delivers a reply at depth four with alsoSendToChannel and mentions, once, through the send path', async () => {
    const deep = await db()
      .selectFrom('messages')
      .select(['id', 'thread_root_id'])
      .where('channel_id', '=', nativeId(demo.channel.general))
      .where(({ fn }) => fn('cardinality', ['ancestors']), '=', 4)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    const handle = decodeGlobalId(demo.channel.general);
    const parentId = encodeGlobalId({ ...handle, typename: 'Message', nativeId: deep.id });
    const text = `Deep reply for @bob (${kind}) ${randomUUID()}`;
    const reply = await scheduled('demo-alice', { channelId: demo.channel.general, markdown: text, parentId, alsoSendToChannel: true, scheduledFor: inHours(1) });
    expect(reply).toMatchObject({ parent: { id: parentId }, alsoSendToChannel: true });

    await deliverAt(soon());
    await deliverAt(soon());
    const after = await node('demo-alice', reply.id);
    expect(after).toMatchObject({ status: 'SENT', lastError: null });
    expect(after!.sentMessage).toMatchObject({
      parent: { id: parentId },
      threadRoot: { id: encodeGlobalId({ ...handle, typename: 'Message', nativeId: deep.thread_root_id! }) },
      alsoSentToChannel: true,
      mentions: [{ name: 'Bob Martinez' }],
      author: { name: 'Alice Chen' },
      // The send path's own hooks ran: replying made the author follow the thread.
      viewerThreadSubscription: 'SUBSCRIBED',
    });
    expect(await postedCount(text)).toBe(1);
    expect((await pending('demo-alice')).map((item) => item.id)).not.toContain(reply.id);
  });

  it('updates content and time while pending; once sent, update, delete and send-now answer CONFLICT', async () => {
    const draft = await scheduled('demo-alice', { channelId: demo.channel.random, text: `draft ${kind}`, scheduledFor: inHours(1) });
    const moved = inHours(1.25);
    const { data } = await app.gql('demo-alice', UpdateScheduled, {
      input: { scheduledMessageId: draft.id, markdown: `_final_ ${kind}`, scheduledFor: moved },
    });
    expect(data!.updateScheduledMessage).toMatchObject({
      userErrors: [],
      scheduledMessage: { text: `final ${kind}`, markdown: `_final_ ${kind}`, status: 'PENDING', scheduledFor: moved },
    });
    const pastTime = await app.gql('demo-alice', UpdateScheduled, { input: { scheduledMessageId: draft.id, scheduledFor: inHours(-2) } });
    expect(pastTime.data!.updateScheduledMessage.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'scheduledFor'] });

    await deliverAt(soon());
    expect(await postedCount(`_final_ ${kind}`)).toBe(1);
    expect(await postedCount(`draft ${kind}`)).toBe(0);

    const input = { scheduledMessageId: draft.id };
    const conflict = expect.stringMatching(/^The scheduled message cannot be .*: it was already sent/);
    expect((await app.gql('demo-alice', UpdateScheduled, { input: { ...input, text: 'too late' } })).data!.updateScheduledMessage.userErrors).toEqual([
      { code: 'CONFLICT', message: conflict, field: null },
    ]);
    expect((await app.gql('demo-alice', DeleteScheduled, { input })).data!.deleteScheduledMessage.userErrors).toEqual([
      { code: 'CONFLICT', message: conflict, field: null },
    ]);
    expect((await app.gql('demo-alice', SendNow, { input })).data!.sendScheduledMessageNow.userErrors).toEqual([
      { code: 'CONFLICT', message: conflict, field: null },
    ]);
    expect(await postedCount(`_final_ ${kind}`)).toBe(1);
  });

  it('cancels: CANCELLED, gone from the list, never sent; updating or cancelling it again is a CONFLICT', async () => {
    const doomed = await scheduled('demo-alice', { channelId: demo.channel.general, text: `never mind ${kind}`, scheduledFor: inHours(1) });
    const { data } = await app.gql('demo-alice', DeleteScheduled, { input: { scheduledMessageId: doomed.id } });
    expect(data!.deleteScheduledMessage).toEqual({
      deletedScheduledMessageId: doomed.id,
      scheduledMessage: { id: doomed.id, status: 'CANCELLED' },
      userErrors: [],
    });
    expect((await pending('demo-alice')).map((item) => item.id)).not.toContain(doomed.id);
    const cancelledList = await app.gql('demo-alice', ScheduledList, { workspaceId: demo.acmeId, statuses: ['CANCELLED'] });
    expect(cancelledList.data!.workspace!.scheduledMessages.nodes.map((item) => item.id)).toContain(doomed.id);

    const update = await app.gql('demo-alice', UpdateScheduled, { input: { scheduledMessageId: doomed.id, text: 'after all' } });
    expect(update.data!.updateScheduledMessage.userErrors).toEqual([
      { code: 'CONFLICT', message: 'The scheduled message cannot be updated: it was cancelled.', field: null },
    ]);
    const again = await app.gql('demo-alice', DeleteScheduled, { input: { scheduledMessageId: doomed.id } });
    expect(again.data!.deleteScheduledMessage.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
    await deliverAt(soon());
    expect(await postedCount(`never mind ${kind}`)).toBe(0);
  });

  it('sends now: posted at once as the author with mentions, the entry SENT and off the list, never sent again', async () => {
    const text = `Now instead of later, @carol (${kind})`;
    const entry = await scheduled('demo-alice', { channelId: demo.channel.general, markdown: text, scheduledFor: inHours(1) });
    const { data } = await app.gql('demo-alice', SendNow, { input: { scheduledMessageId: entry.id } });
    expect(data!.sendScheduledMessageNow).toMatchObject({
      userErrors: [],
      message: { text: `Now instead of later, @carol (${kind})`, author: { name: 'Alice Chen' }, mentions: [{ name: 'Carol Nguyen' }], channel: { name: 'general' } },
    });
    const after = await node('demo-alice', entry.id);
    expect(after).toMatchObject({ status: 'SENT', sentMessage: { id: data!.sendScheduledMessageNow.message!.id } });
    expect((await pending('demo-alice')).map((item) => item.id)).not.toContain(entry.id);
    await deliverAt(soon());
    expect(await postedCount(text)).toBe(1);
  });

  it('fails with a clear lastError when the channel was archived, without retrying; the author can fix it and send it now', async () => {
    const text = `archived meanwhile ${kind}`;
    const entry = await scheduled('demo-bob', { channelId: demo.channel['engineering-oncall'], text, scheduledFor: inHours(1) });
    const channelId = nativeId(demo.channel['engineering-oncall']);
    await db().updateTable('channels').set({ archived_at: new Date() }).where('id', '=', channelId).execute();
    try {
      await deliverAt(soon());
      const failed = await node('demo-bob', entry.id);
      expect(failed).toMatchObject({ status: 'FAILED', lastError: 'CONFLICT: #engineering-oncall was archived; it takes no new messages.' });
      // FAILED is final for the scheduler: no retry storm.
      await deliverAt(new Date(Date.now() + 3 * DAY));
      expect((await node('demo-bob', entry.id))?.updatedAt).toBe(failed!.updatedAt);
      // While it stays archived, send-now is refused and changes nothing.
      const refused = await app.gql('demo-bob', SendNow, { input: { scheduledMessageId: entry.id } });
      expect(refused.data!.sendScheduledMessageNow.userErrors).toEqual([
        { code: 'CONFLICT', message: '#engineering-oncall was archived; it takes no new messages.', field: null },
      ]);
      expect((await node('demo-bob', entry.id))?.status).toBe('FAILED');
    } finally {
      await db().updateTable('channels').set({ archived_at: null }).where('id', '=', channelId).execute();
    }
    const { data } = await app.gql('demo-bob', SendNow, { input: { scheduledMessageId: entry.id } });
    expect(data!.sendScheduledMessageNow.userErrors).toEqual([]);
    expect(await node('demo-bob', entry.id)).toMatchObject({ status: 'SENT', lastError: null });
    expect(await postedCount(text)).toBe(1);
  });

  it('fails with lastError when the author left the channel; updating a FAILED message makes it PENDING again', async () => {
    const text = `left meanwhile ${kind}`;
    const entry = await scheduled('demo-dave', { channelId: demo.channel.random, text, scheduledFor: inHours(1) });
    const withdrawn = await scheduled('demo-dave', { channelId: demo.channel.random, text: `withdrawn ${kind}`, scheduledFor: inHours(1.5) });
    const dave = nativeId(demo.user['Dave Okafor']);
    const random = nativeId(demo.channel.random);
    const membership = await db().selectFrom('channel_members').selectAll().where('channel_id', '=', random).where('user_id', '=', dave).executeTakeFirstOrThrow();
    await db().deleteFrom('channel_members').where('channel_id', '=', random).where('user_id', '=', dave).execute();
    try {
      await deliverAt(soon());
      expect(await node('demo-dave', entry.id)).toMatchObject({
        status: 'FAILED',
        lastError: 'PERMISSION_DENIED: You are no longer a member of #random; join it again, then reschedule or send it now.',
        // A channel its author can no longer read is not shown through it (issue 15, item 1).
        channel: null,
      });
      const update = await app.gql('demo-dave', UpdateScheduled, { input: { scheduledMessageId: entry.id, scheduledFor: inHours(1) } });
      expect(update.data!.updateScheduledMessage.userErrors).toEqual([
        { code: 'PERMISSION_DENIED', message: 'Join #random before writing in it.', field: null },
      ]);
      // Cancelling needs no channel: the author may always withdraw.
      const cancel = await app.gql('demo-dave', DeleteScheduled, { input: { scheduledMessageId: withdrawn.id } });
      expect(cancel.data!.deleteScheduledMessage).toMatchObject({ userErrors: [], scheduledMessage: { status: 'CANCELLED' } });
    } finally {
      await db().insertInto('channel_members').values(membership).execute();
    }
    const fixed = await app.gql('demo-dave', UpdateScheduled, { input: { scheduledMessageId: entry.id, scheduledFor: inHours(1.5) } });
    expect(fixed.data!.updateScheduledMessage).toMatchObject({ userErrors: [], scheduledMessage: { status: 'PENDING', lastError: null } });
    await deliverAt(soon());
    expect(await node('demo-dave', entry.id)).toMatchObject({ status: 'SENT' });
    expect(await postedCount(text)).toBe(1);
  });

  it('holds its attachments until sent: they cannot be attached elsewhere meanwhile, and arrive on the delivered message', async () => {
    const alice = nativeId(demo.user['Alice Chen']);
    const workspace = decodeGlobalId(demo.acmeId);
    const upload = async (filename: string) => {
      const row = await db()
        .insertInto('attachments')
        .values({ workspace_id: workspace.nativeId, uploader_id: alice, filename, content_type: 'text/plain', size_bytes: 12 })
        .returning('id')
        .executeTakeFirstOrThrow();
      return encodeGlobalId({ typename: 'Attachment', provider: 'builtin', workspaceId: workspace.nativeId, nativeId: row.id });
    };
    const [plan, notes, spare] = [await upload('plan.txt'), await upload('notes.txt'), await upload('spare.txt')];
    const text = `with files ${kind}`;
    const entry = await scheduled('demo-alice', { channelId: demo.channel.general, text, attachmentIds: [plan, notes], scheduledFor: inHours(1) });
    expect(entry.attachments.map((file) => file.filename)).toEqual(['plan.txt', 'notes.txt']);

    const grab = await app.gql('demo-alice', SendWithAttachments, { input: { channelId: demo.channel.general, text: 'sneak the plan', attachmentIds: [plan] } });
    expect(grab.data!.sendMessage.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'attachmentIds'] });
    const twice = await schedule('demo-alice', { channelId: demo.channel.general, text: 'also the plan', attachmentIds: [plan], scheduledFor: inHours(1) });
    expect(twice.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'attachmentIds'], message: expect.stringContaining('scheduled message') });
    const bobs = await schedule('demo-bob', { channelId: demo.channel.general, text: 'mine now', attachmentIds: [spare], scheduledFor: inHours(1) });
    expect(bobs.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'attachmentIds'] });

    // Swapping the list releases what was dropped.
    const swapped = await app.gql('demo-alice', UpdateScheduled, { input: { scheduledMessageId: entry.id, attachmentIds: [notes, spare] } });
    expect(swapped.data!.updateScheduledMessage.scheduledMessage!.attachments.map((file) => file.id)).toEqual([notes, spare]);
    const freed = await app.gql('demo-alice', SendWithAttachments, { input: { channelId: demo.channel.general, text: 'the plan, freed', attachmentIds: [plan] } });
    expect(freed.data!.sendMessage).toMatchObject({ userErrors: [], message: { attachments: [{ id: plan }] } });

    await deliverAt(soon());
    const sent = await node('demo-alice', entry.id);
    expect(sent!.status).toBe('SENT');
    expect(sent!.sentMessage!.attachments.map((file) => file.id).sort()).toEqual([notes, spare].sort());
  });

  it('releases the attachments of a cancelled message', async () => {
    const alice = nativeId(demo.user['Alice Chen']);
    const workspaceId = decodeGlobalId(demo.acmeId).nativeId;
    const row = await db()
      .insertInto('attachments')
      .values({ workspace_id: workspaceId, uploader_id: alice, filename: 'draft.txt', content_type: 'text/plain', size_bytes: 3 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const file = encodeGlobalId({ typename: 'Attachment', provider: 'builtin', workspaceId, nativeId: row.id });
    const entry = await scheduled('demo-alice', { channelId: demo.channel.general, text: 'with a draft', attachmentIds: [file], scheduledFor: inHours(1) });
    await app.gql('demo-alice', DeleteScheduled, { input: { scheduledMessageId: entry.id } });
    const sent = await app.gql('demo-alice', SendWithAttachments, { input: { channelId: demo.channel.general, text: 'draft, sent by hand', attachmentIds: [file] } });
    expect(sent.data!.sendMessage).toMatchObject({ userErrors: [], message: { attachments: [{ id: file }] } });
  });
});
