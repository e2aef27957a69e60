import { describe, expect, it } from 'vitest';
import { graphql } from '../../testkit/gql/index.js';
import type { TestApp } from '../../testkit/app.js';
import { STORES } from '../../testkit/databases.js';
import { useDemoApp, type DemoDirectory } from '../../testkit/demo.js';
import type { LoggedEvent } from '../../src/providers/events.js';

const PinsSend = graphql(`
  mutation PinsSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id }
      userErrors { code message }
    }
  }
`);

const PinsDelete = graphql(`
  mutation PinsDelete($input: DeleteMessageInput!) {
    deleteMessage(input: $input) { userErrors { code message } }
  }
`);

const Pin = graphql(`
  mutation Pin($input: MessageInput!) {
    pinMessage(input: $input) {
      message { id isPinned pinnedAt pinnedBy { name } }
      userErrors { code message field }
    }
  }
`);

const Unpin = graphql(`
  mutation Unpin($input: MessageInput!) {
    unpinMessage(input: $input) {
      message { id isPinned pinnedAt pinnedBy { name } }
      userErrors { code message field }
    }
  }
`);

const ChannelPins = graphql(`
  query ChannelPins($id: ID!, $first: Int, $after: String) {
    channel(id: $id) {
      pins(first: $first, after: $after) {
        nodes { id text pinnedAt pinnedBy { name } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const ChannelPinsBackward = graphql(`
  query ChannelPinsBackward($id: ID!) {
    channel(id: $id) { pins(last: 2) { nodes { id } } }
  }
`);

const PinsTimeline = graphql(`
  query PinsTimeline($id: ID!) {
    channel(id: $id) {
      messages(first: 1) {
        nodes { id type text author { name } systemEvent { type actor { name } channelName message { id } } }
      }
    }
  }
`);

const PinsEverywhere = graphql(`
  query PinsEverywhere($first: Int!) {
    workspaces { channels(first: $first) { nodes { name pins(first: 5) { nodes { id pinnedBy { name } } } } } }
  }
`);

const PinsCapabilities = graphql(`
  query PinsCapabilities($workspace: ID!) {
    workspace(id: $workspace) { capabilities { pins maxPinsPerChannel eventTypes } }
  }
`);

describe.each(STORES)('pins on %s', (kind) => {
  let app: TestApp;
  let demo: DemoDirectory;
  useDemoApp(kind, (started, directory) => {
    app = started;
    demo = directory;
  });

  async function send(key: string, channelId: string, text: string) {
    const result = await app.gql(key, PinsSend, { input: { channelId, text } });
    expect(result.data?.sendMessage.userErrors).toEqual([]);
    return result.data!.sendMessage.message!.id;
  }

  async function pin(key: string, messageId: string) {
    const result = await app.gql(key, Pin, { input: { messageId } });
    expect(result.errors).toBeUndefined();
    return result.data!.pinMessage;
  }

  async function unpin(key: string, messageId: string) {
    const result = await app.gql(key, Unpin, { input: { messageId } });
    expect(result.errors).toBeUndefined();
    return result.data!.unpinMessage;
  }

  async function pins(key: string, channelId: string, first = 50, after: string | null = null) {
    const result = await app.gql(key, ChannelPins, { id: channelId, first, after });
    expect(result.errors).toBeUndefined();
    return result.data!.channel!.pins;
  }

  /** Events published on the bus while `work` runs. */
  async function eventsDuring(work: () => Promise<unknown>): Promise<LoggedEvent[]> {
    const seen: LoggedEvent[] = [];
    const stop = app.started.services.bus.subscribe((event) => seen.push(event));
    try {
      await work();
    } finally {
      stop();
    }
    return seen;
  }

  it('the built-in workspace has native pins, at most 50 per channel, with their events', async () => {
    const result = await app.gql('demo-alice', PinsCapabilities, { workspace: demo.acmeId });
    expect(result.data!.workspace!.capabilities).toMatchObject({ pins: 'NATIVE', maxPinsPerChannel: 50 });
    expect(result.data!.workspace!.capabilities.eventTypes).toEqual(expect.arrayContaining(['MESSAGE_PINNED', 'MESSAGE_UNPINNED']));
  });

  it('pins a message: it shows who pinned it and when, tops the pins, and a system message announces it', async () => {
    const id = await send('demo-carol', demo.channel.general, 'The offsite agenda is final');
    const events = await eventsDuring(async () => {
      const payload = await pin('demo-dave', id);
      expect(payload.userErrors).toEqual([]);
      expect(payload.message).toMatchObject({ id, isPinned: true, pinnedAt: expect.any(String), pinnedBy: { name: 'Dave Okafor' } });
    });

    const list = await pins('demo-alice', demo.channel.general);
    expect(list.nodes[0]).toMatchObject({ id, text: 'The offsite agenda is final', pinnedBy: { name: 'Dave Okafor' } });
    // The demo's pins come after: the welcome and the team-lunch thread.
    expect(list.nodes.length).toBeGreaterThanOrEqual(3);

    const timeline = await app.gql('demo-alice', PinsTimeline, { id: demo.channel.general });
    const announcement = timeline.data!.channel!.messages.nodes[0];
    expect(announcement).toMatchObject({
      type: 'SYSTEM',
      text: 'dave pinned a message to this channel.',
      author: { name: 'Dave Okafor' },
      systemEvent: { type: 'MESSAGE_PINNED', actor: { name: 'Dave Okafor' }, channelName: 'general', message: { id } },
    });

    const nativeId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':').at(-1);
    expect(events.map((event) => [event.type, event.messageId])).toEqual([
      ['MESSAGE_PINNED', nativeId(id)],
      ['MESSAGE_CREATED', nativeId(announcement.id)],
    ]);
  });

  it('anyone with access unpins, not only who pinned; pinning twice is CONFLICT, unpinning an unpinned message NOT_FOUND', async () => {
    const id = await send('demo-alice', demo.channel.general, 'Pin me once');
    expect((await pin('demo-bob', id)).userErrors).toEqual([]);
    expect((await pin('demo-carol', id)).userErrors).toEqual([{ code: 'CONFLICT', message: 'The message is already pinned.', field: null }]);

    const events = await eventsDuring(async () => {
      const payload = await unpin('demo-carol', id);
      expect(payload.userErrors).toEqual([]);
      expect(payload.message).toMatchObject({ id, isPinned: false, pinnedAt: null, pinnedBy: null });
    });
    expect(events.map((event) => event.type)).toEqual(['MESSAGE_UNPINNED']);
    expect((await pins('demo-alice', demo.channel.general)).nodes.map((node) => node.id)).not.toContain(id);

    expect((await unpin('demo-carol', id)).userErrors).toEqual([{ code: 'NOT_FOUND', message: 'The message is not pinned.', field: null }]);
  });

  it('a message in a channel the viewer cannot see is NOT_FOUND, and so are that channel’s pins', async () => {
    const secret = await send('demo-bob', demo.channel.leadership, 'Board deck v3');
    const byCarol = await pin('demo-carol', secret);
    expect(byCarol.message).toBeNull();
    expect(byCarol.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    expect((await unpin('demo-carol', secret)).userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const list = await app.gql('demo-carol', ChannelPins, { id: demo.channel.leadership, first: 5 });
    expect(list.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // bob is a member: the same message pins fine.
    expect((await pin('demo-bob', secret)).userErrors).toEqual([]);
  });

  it('an archived channel is read-only, a deleted message cannot be pinned, and deleting a pinned message unpins it', async () => {
    const archived = await app.gql('demo-alice', PinsTimeline, { id: demo.channel['old-projects'] });
    const old = archived.data!.channel!.messages.nodes[0].id;
    expect((await pin('demo-alice', old)).userErrors).toEqual([
      { code: 'CONFLICT', message: '#old-projects is archived and read-only.', field: null },
    ]);

    const doomed = await send('demo-dave', demo.channel.general, 'Pinned, then deleted');
    expect((await pin('demo-alice', doomed)).userErrors).toEqual([]);
    const removal = await app.gql('demo-dave', PinsDelete, { input: { messageId: doomed } });
    expect(removal.data!.deleteMessage.userErrors).toEqual([]);
    expect((await pins('demo-alice', demo.channel.general)).nodes.map((node) => node.id)).not.toContain(doomed);
    expect((await pin('demo-alice', doomed)).userErrors[0]).toMatchObject({ code: 'CONFLICT' });
  });

  it('lists pins most recently pinned first, a page at a time, forward only', async () => {
    const ids = [];
    for (const text of ['first pinned', 'second pinned', 'third pinned']) ids.push(await send('demo-alice', demo.channel.random, text));
    // Pinned in another order than sent: the list follows the pins.
    for (const id of [ids[1], ids[0], ids[2]]) expect((await pin('demo-bob', id)).userErrors).toEqual([]);

    const first = await pins('demo-carol', demo.channel.random, 2);
    expect(first.nodes.map((node) => node.text)).toEqual(['third pinned', 'first pinned']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await pins('demo-carol', demo.channel.random, 2, first.pageInfo.endCursor);
    expect(rest.nodes.map((node) => node.text)).toEqual(['second pinned']);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const backward = await app.gql('demo-carol', ChannelPinsBackward, { id: demo.channel.random });
    expect(backward.errors?.[0].extensions?.code).toBe('UNSUPPORTED');
    const badCursor = await app.gql('demo-carol', ChannelPins, { id: demo.channel.random, first: 2, after: 'garbage' });
    expect(badCursor.errors?.[0].extensions?.code).toBe('VALIDATION_ERROR');
  });

  it('the 51st pin of a channel is refused with VALIDATION_ERROR; unpinning one makes room', async () => {
    const channel = demo.channel['engineering-oncall'];
    const ids: string[] = [];
    for (let i = 0; i < 51; i += 1) ids.push(await send('demo-bob', channel, `runbook step ${i}`));
    for (const id of ids.slice(0, 50)) expect((await pin('demo-alice', id)).userErrors).toEqual([]);

    const refused = await pin('demo-alice', ids[50]);
    expect(refused.message).toBeNull();
    expect(refused.userErrors).toEqual([
      {
        code: 'VALIDATION_ERROR',
        message: '#engineering-oncall already has 50 pinned messages, the most a channel can have; unpin one first.',
        field: null,
      },
    ]);
    expect((await pins('demo-bob', channel)).nodes).toHaveLength(50);

    expect((await unpin('demo-bob', ids[0])).userErrors).toEqual([]);
    expect((await pin('demo-alice', ids[50])).userErrors).toEqual([]);
    expect((await pins('demo-bob', channel)).nodes[0].id).toBe(ids[50]);
  });

  it('pins racing for the last free place: exactly one wins, the channel never exceeds 50', async () => {
    const channel = demo.channel['alice,carol'];
    const ids: string[] = [];
    for (let i = 0; i < 53; i += 1) ids.push(await send(i % 2 ? 'demo-carol' : 'demo-alice', channel, `note ${i}`));
    for (const id of ids.slice(0, 49)) expect((await pin('demo-carol', id)).userErrors).toEqual([]);

    const racing = await Promise.all(ids.slice(49).map((id, i) => pin(i % 2 ? 'demo-alice' : 'demo-carol', id)));
    const won = racing.filter((payload) => payload.userErrors.length === 0);
    expect(won).toHaveLength(1);
    for (const payload of racing.filter((candidate) => candidate.userErrors.length > 0)) {
      expect(payload.userErrors[0].code).toBe('VALIDATION_ERROR');
    }
    const { db } = app.started.services.database;
    const pinned = await db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('pinned_at', 'is not', null)
      .where('channel_id', 'in', db.selectFrom('channels').select('id').where('name', '=', 'alice,carol'))
      .executeTakeFirstOrThrow();
    expect(Number(pinned.n)).toBe(50);
  });

  it('reads the pins of many channels in one statement', async () => {
    const count = async (first: number) => {
      app.takeStatementCount();
      const result = await app.gql('demo-alice', PinsEverywhere, { first });
      expect(result.errors).toBeUndefined();
      return app.takeStatementCount();
    };
    expect(await count(2)).toBe(await count(6));
  });
});
