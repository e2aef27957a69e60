import { randomUUID } from 'node:crypto';
import { describe, expect, it, type TestFunction } from 'vitest';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { graphql } from '../../testkit/gql/index.js';
import type { ScheduleMessageInput } from '../../testkit/gql/graphql.js';
import { actor, landing, landingName, sendInput } from '../../testkit/providers/posting.js';
import { itWith, PROVIDER_TABLE, SHARED_WORKSPACE, useProviderFixture, type Need, type ProviderFixture, type ProviderTableEntry } from '../../testkit/providers/table.js';
import { PEOPLE } from '../../testkit/providers/world.js';

/**
 * Scheduled messages over GraphQL as a table over providers: the rules of src/providers/features/scheduled.ts
 * (private to the author; PENDING → SENDING → SENT, FAILED, CANCELLED; CONFLICT once no longer pending)
 * for every provider whose scheduled messages Switchboard keeps and delivers: the built-in workspace
 * (NATIVE) and the memory workspace on the provider kit's emulated part (EMULATED, src/providers/kit/scheduled/).
 * A platform that posts scheduled messages itself (Slack) is skipped, visibly; its own suite is
 * test/providers/slack/scheduled.test.ts. Delivery is driven by `Scheduler.runDue(at)`, never by a timer.
 * The built-in workspace's own details (attachments, archived channels, SQL) stay in scheduled.test.ts.
 */

const Schedule = graphql(`
  mutation TableSchedule($input: ScheduleMessageInput!) {
    scheduleMessage(input: $input) {
      scheduledMessage {
        id text markdown status scheduledFor lastError alsoSendToChannel
        channel { id name }
        parent { id }
        author { name }
        attachments { id }
        sentMessage { id }
      }
      userErrors { code message field }
    }
  }
`);

const List = graphql(`
  query TableScheduledList($workspaceId: ID!, $first: Int, $after: String, $statuses: [ScheduledMessageStatus!]) {
    workspace(id: $workspaceId) {
      capabilities { scheduledMessages eventTypes }
      scheduledMessages(first: $first, after: $after, statuses: $statuses) {
        nodes { id text status scheduledFor }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const Node = graphql(`
  query TableScheduledNode($id: ID!) {
    node(id: $id) {
      id
      ... on ScheduledMessage {
        text status lastError scheduledFor
        sentMessage { id text parent { id } author { name } }
      }
    }
  }
`);

const Update = graphql(`
  mutation TableUpdateScheduled($input: UpdateScheduledMessageInput!) {
    updateScheduledMessage(input: $input) {
      scheduledMessage { id text markdown status scheduledFor lastError }
      userErrors { code message field }
    }
  }
`);

const Cancel = graphql(`
  mutation TableCancelScheduled($input: ScheduledMessageRefInput!) {
    deleteScheduledMessage(input: $input) {
      deletedScheduledMessageId
      scheduledMessage { id status }
      userErrors { code message field }
    }
  }
`);

const SendNow = graphql(`
  mutation TableSendScheduledNow($input: ScheduledMessageRefInput!) {
    sendScheduledMessageNow(input: $input) {
      message { id text author { name } channel { name } }
      userErrors { code message field }
    }
  }
`);

const Send = graphql(`
  mutation TableScheduledSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id }
      userErrors { code message }
    }
  }
`);

const Timeline = graphql(`
  query TableScheduledTimeline($id: ID!) {
    channel(id: $id) { messages(first: 30) { nodes { id text } } }
  }
`);

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** A case for providers whose scheduled messages Switchboard keeps (and that have `needs`); skipped, saying why, for the others. */
function itKept(entry: ProviderTableEntry, name: string, fn: TestFunction, needs: Need[] = []): void {
  if (entry.capabilities.scheduledMessages === 'NONE') it.skip(`${name} (skipped: ${entry.name} has no scheduled messages (scheduledMessages NONE))`, fn);
  else if (entry.rules.schedulesOnPlatform) it.skip(`${name} (skipped: ${entry.name} keeps and posts scheduled messages on the platform)`, fn);
  else itWith(entry, needs, name, fn);
}

describe.each(PROVIDER_TABLE)('scheduled messages on $name', (entry) => {
  let f: ProviderFixture;
  useProviderFixture(entry, (fixture) => {
    f = fixture;
  });

  const unique = (label: string) => `${label} (${entry.name}) ${randomUUID().slice(0, 8)}`;
  /** Two schedulers over the app's services, as two processes would run, at the time the case chooses. */
  const deliverAt = async (at: Date) => {
    const [one, two] = await Promise.all([new Scheduler(f.app.started.services).runDue(at), new Scheduler(f.app.started.services).runDue(at)]);
    return { sent: one.sent + two.sent, failed: one.failed + two.failed };
  };
  const soon = () => new Date(Date.now() + 2 * HOUR);

  async function schedule(key: string, input: ScheduleMessageInput) {
    // On mail, a new mail needs a recipient (to); a reply is addressed from its parent.
    const { data, errors } = await f.app.gql(key, Schedule, { input: sendInput(f, input) });
    if (!data) throw new Error(JSON.stringify(errors));
    return data.scheduleMessage;
  }

  async function scheduled(key: string, input: ScheduleMessageInput) {
    const payload = await schedule(key, input);
    expect(payload.userErrors).toEqual([]);
    return payload.scheduledMessage!;
  }

  async function node(key: string, id: string) {
    const { data, errors } = await f.app.gql(key, Node, { id });
    if (!data) throw new Error(JSON.stringify(errors));
    return data.node && 'status' in data.node ? data.node : null;
  }

  async function list(key: string, statuses?: Array<'PENDING' | 'SENT' | 'CANCELLED' | 'FAILED' | 'SENDING'>) {
    const { data, errors } = await f.app.gql(key, List, { workspaceId: f.acmeId, first: 100, statuses });
    if (!data) throw new Error(JSON.stringify(errors));
    return data.workspace!.scheduledMessages.nodes;
  }

  /**
   * What a scheduled message that is sent answers, as `parentId`. On a mailbox the cases that send schedule a
   * reply to mail bob wrote to alice in the channel, which goes back to bob (so that what is sent is read back
   * in the thread it answers); elsewhere nothing (a root message).
   */
  async function answering(channelId: string): Promise<{ parentId?: string }> {
    return f.personal ? { parentId: await f.personal.deliver('bob', { channelId, text: unique('mail to answer') }) } : {};
  }

  /**
   * How many messages of the channel's newest 30 read exactly `text`: "sent exactly once" is a count. On a
   * mailbox alice's own mail lands in the sent folder, whichever folder it named.
   */
  async function posted(channelId: string, text: string): Promise<number> {
    const { data } = await f.app.gql(f.key.alice, Timeline, { id: landing(f, 'alice', channelId) });
    return data!.channel!.messages.nodes.filter((message) => message.text === text).length;
  }

  itKept(entry, 'says whether it schedules natively or emulated, and announces the scheduled-message events', async () => {
    const { data } = await f.app.gql(f.key.alice, List, { workspaceId: f.acmeId, first: 1 });
    expect(data!.workspace!.capabilities.scheduledMessages).toBe(entry.capabilities.scheduledMessages);
    expect(data!.workspace!.capabilities.eventTypes).toEqual(expect.arrayContaining(['SCHEDULED_MESSAGE_SENT', 'SCHEDULED_MESSAGE_FAILED']));
  });

  itKept(entry, 'schedules a message: PENDING, listed soonest first, readable by id, nothing posted before its time', async () => {
    const [laterText, soonerText] = [unique('list later'), unique('list sooner')];
    const later = await scheduled(f.key.alice, { channelId: f.channel.general, text: laterText, scheduledFor: inHours(1.5) });
    const sooner = await scheduled(f.key.alice, { channelId: f.channel.general, markdown: `**${soonerText}**`, scheduledFor: inHours(1) });
    expect(sooner).toMatchObject({
      text: soonerText,
      markdown: `**${soonerText}**`,
      status: 'PENDING',
      lastError: null,
      alsoSendToChannel: false,
      channel: { id: f.channel.general, name: 'general' },
      parent: null,
      author: { name: 'Alice Chen' },
      attachments: [],
      sentMessage: null,
    });
    const texts = (await list(f.key.alice)).map((item) => item.text);
    expect(texts.indexOf(soonerText)).toBeGreaterThanOrEqual(0);
    expect(texts.indexOf(soonerText)).toBeLessThan(texts.indexOf(laterText));
    expect(await node(f.key.alice, later.id)).toMatchObject({ id: later.id, text: laterText, status: 'PENDING' });
    expect(await posted(f.channel.general, laterText)).toBe(0);
  });

  itKept(entry, 'pages the list forward with an opaque cursor and refuses to read it backward', async () => {
    const texts = [1, 2, 3].map((n) => unique(`dave page ${n}`));
    const ids = [];
    for (const [n, text] of texts.entries()) ids.push((await scheduled(f.key.dave, { channelId: f.channel.general, text, scheduledFor: inHours(n + 1) })).id);
    const first = (await f.app.gql(f.key.dave, List, { workspaceId: f.acmeId, first: 2 })).data!.workspace!.scheduledMessages;
    expect(first.nodes.map((item) => item.text)).toEqual(texts.slice(0, 2));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await f.app.gql(f.key.dave, List, { workspaceId: f.acmeId, first: 2, after: first.pageInfo.endCursor })).data!.workspace!.scheduledMessages;
    expect(second.nodes.map((item) => item.text)).toEqual(texts.slice(2));
    expect(second.pageInfo.hasNextPage).toBe(false);
    const backward = await f.app.gql(f.key.dave, `query { workspace(id: "${f.acmeId}") { scheduledMessages(last: 2) { nodes { id } } } }`);
    expect(backward.errors?.[0].extensions?.code).toBe('UNSUPPORTED');
    const badCursor = await f.app.gql(f.key.dave, List, { workspaceId: f.acmeId, first: 2, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0].extensions?.code).toBe('VALIDATION_ERROR');
    for (const id of ids) await f.app.gql(f.key.dave, Cancel, { input: { scheduledMessageId: id } });
  }, [SHARED_WORKSPACE]);

  itKept(entry, 'keeps a scheduled message private to its author: another user sees nothing and changes nothing', async () => {
    const text = unique('private plan');
    const secret = await scheduled(f.key.alice, { channelId: f.channel.general, text, scheduledFor: inHours(1) });
    expect(await node(f.key.bob, secret.id)).toBeNull();
    expect((await list(f.key.bob)).map((item) => item.id)).not.toContain(secret.id);
    expect((await list(f.key.bob, ['PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED'])).map((item) => item.text)).not.toContain(text);
    const input = { scheduledMessageId: secret.id };
    const notFound = [{ code: 'NOT_FOUND', message: `Scheduled message "${secret.id}" was not found or is not visible to you.`, field: null }];
    expect((await f.app.gql(f.key.bob, Update, { input: { ...input, text: 'hijacked' } })).data!.updateScheduledMessage.userErrors).toEqual(notFound);
    expect((await f.app.gql(f.key.bob, Cancel, { input })).data!.deleteScheduledMessage.userErrors).toEqual(notFound);
    expect((await f.app.gql(f.key.bob, SendNow, { input })).data!.sendScheduledMessageNow.userErrors).toEqual(notFound);
    expect(await node(f.key.alice, secret.id)).toMatchObject({ text, status: 'PENDING' });
    expect(await posted(f.channel.general, text)).toBe(0);
    await f.app.gql(f.key.alice, Cancel, { input });
  }, [SHARED_WORKSPACE]);

  itKept(entry, 'refuses a time in the past or too far ahead, and alsoSendToChannel without a parent, naming the field', async () => {
    const past = await schedule(f.key.alice, { channelId: f.channel.general, text: 'too late', scheduledFor: inHours(-1) });
    expect(past.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'scheduledFor'] });
    const far = await schedule(f.key.alice, { channelId: f.channel.general, text: 'too early', scheduledFor: inHours(121 * 24) });
    expect(far.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'scheduledFor'] });
    const orphan = await schedule(f.key.alice, { channelId: f.channel.general, text: 'orphan', scheduledFor: inHours(1), alsoSendToChannel: true });
    expect(orphan.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'alsoSendToChannel'] });
    const outsider = await schedule(f.key.carol, { channelId: f.channel.leadership, text: 'not my channel', scheduledFor: inHours(1) });
    expect(outsider.userErrors[0].code).toMatch(/^(NOT_FOUND|PERMISSION_DENIED)$/);
  });

  itKept(entry, 'delivers once at its time, as its author, while two schedulers run over one database', async () => {
    const text = unique('on time');
    // bob's, or on a mailbox its owner's (the one person who writes from it).
    const author = actor(f, 'bob');
    const key = f.key[author];
    const entryId = (await scheduled(key, { channelId: f.channel.random, text, scheduledFor: inHours(1), ...(await answering(f.channel.random)) })).id;
    // Not yet due: nothing happens.
    await deliverAt(new Date(Date.now() + HOUR / 2));
    expect(await node(key, entryId)).toMatchObject({ status: 'PENDING' });
    expect(await posted(f.channel.random, text)).toBe(0);

    expect((await deliverAt(soon())).sent).toBeGreaterThanOrEqual(1);
    const sent = await node(key, entryId);
    expect(sent).toMatchObject({ status: 'SENT', lastError: null, sentMessage: { text, author: { name: PEOPLE.find((person) => person.handle === author)!.name } } });
    expect(await posted(f.channel.random, text)).toBe(1);
    expect((await list(key)).map((item) => item.id)).not.toContain(entryId);
    expect((await list(key, ['SENT'])).map((item) => item.id)).toContain(entryId);
    // Later runs send nothing again.
    await deliverAt(new Date(Date.now() + 3 * HOUR));
    expect(await posted(f.channel.random, text)).toBe(1);
  });

  itKept(entry, 'delivers a scheduled reply under its parent', async () => {
    const root = (await f.app.gql(f.key.alice, Send, { input: sendInput(f, { channelId: f.channel.engineering, text: unique('root for a scheduled reply') }) })).data!.sendMessage.message!;
    const text = unique('scheduled reply');
    // dave's reply, or on a mailbox its owner's (a reply to her own mail goes to its recipients).
    const key = f.key[actor(f, 'dave')];
    // A reply is in its parent's channel: alice's own mail is in the sent folder.
    const reply = await scheduled(key, { channelId: landing(f, 'alice', f.channel.engineering), text, parentId: root.id, scheduledFor: inHours(1) });
    expect(reply.parent).toEqual({ id: root.id });
    await deliverAt(soon());
    expect(await node(key, reply.id)).toMatchObject({ status: 'SENT', sentMessage: { text, parent: { id: root.id } } });
  });

  itKept(entry, 'updates content and time while pending; once sent, update, cancel and send-now answer CONFLICT', async () => {
    const [draftText, finalText] = [unique('draft'), unique('final')];
    const draft = await scheduled(f.key.alice, { channelId: f.channel.random, text: draftText, scheduledFor: inHours(1), ...(await answering(f.channel.random)) });
    const moved = inHours(1.25);
    const { data } = await f.app.gql(f.key.alice, Update, { input: { scheduledMessageId: draft.id, text: finalText, scheduledFor: moved } });
    expect(data!.updateScheduledMessage).toMatchObject({ userErrors: [], scheduledMessage: { text: finalText, status: 'PENDING', scheduledFor: moved } });
    const nothing = await f.app.gql(f.key.alice, Update, { input: { scheduledMessageId: draft.id } });
    expect(nothing.data!.updateScheduledMessage.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input'] });

    await deliverAt(soon());
    expect(await node(f.key.alice, draft.id)).toMatchObject({ status: 'SENT', sentMessage: { text: finalText } });
    expect(await posted(f.channel.random, draftText)).toBe(0);

    const input = { scheduledMessageId: draft.id };
    const conflict = [{ code: 'CONFLICT', message: expect.stringMatching(/^The scheduled message cannot be .*: it was already sent/), field: null }];
    expect((await f.app.gql(f.key.alice, Update, { input: { ...input, text: 'too late' } })).data!.updateScheduledMessage.userErrors).toEqual(conflict);
    expect((await f.app.gql(f.key.alice, Cancel, { input })).data!.deleteScheduledMessage.userErrors).toEqual(conflict);
    expect((await f.app.gql(f.key.alice, SendNow, { input })).data!.sendScheduledMessageNow.userErrors).toEqual(conflict);
    expect(await posted(f.channel.random, finalText)).toBe(1);
  });

  itKept(entry, 'cancels: CANCELLED, off the pending list, never sent; changing it again is a CONFLICT', async () => {
    const text = unique('never mind');
    const doomed = await scheduled(f.key.alice, { channelId: f.channel.general, text, scheduledFor: inHours(1) });
    const { data } = await f.app.gql(f.key.alice, Cancel, { input: { scheduledMessageId: doomed.id } });
    expect(data!.deleteScheduledMessage).toEqual({ deletedScheduledMessageId: doomed.id, scheduledMessage: { id: doomed.id, status: 'CANCELLED' }, userErrors: [] });
    expect((await list(f.key.alice)).map((item) => item.id)).not.toContain(doomed.id);
    expect((await list(f.key.alice, ['CANCELLED'])).map((item) => item.id)).toContain(doomed.id);
    const update = await f.app.gql(f.key.alice, Update, { input: { scheduledMessageId: doomed.id, text: 'after all' } });
    expect(update.data!.updateScheduledMessage.userErrors).toEqual([{ code: 'CONFLICT', message: 'The scheduled message cannot be updated: it was cancelled.', field: null }]);
    const again = await f.app.gql(f.key.alice, Cancel, { input: { scheduledMessageId: doomed.id } });
    expect(again.data!.deleteScheduledMessage.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
    await deliverAt(soon());
    expect(await posted(f.channel.general, text)).toBe(0);
  });

  itKept(entry, 'sends now: posted at once as the author, the entry SENT, and no scheduler sends it again', async () => {
    const text = unique('now instead of later');
    const pendingEntry = await scheduled(f.key.alice, { channelId: f.channel.general, text, scheduledFor: inHours(1), ...(await answering(f.channel.general)) });
    const { data } = await f.app.gql(f.key.alice, SendNow, { input: { scheduledMessageId: pendingEntry.id } });
    expect(data!.sendScheduledMessageNow).toMatchObject({ userErrors: [], message: { text, author: { name: 'Alice Chen' }, channel: { name: landingName(f, 'alice', 'general') } } });
    expect(await node(f.key.alice, pendingEntry.id)).toMatchObject({ status: 'SENT', sentMessage: { id: data!.sendScheduledMessageNow.message!.id } });
    await deliverAt(soon());
    expect(await posted(f.channel.general, text)).toBe(1);
  });
});
