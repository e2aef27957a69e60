import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelRecord, UserRecord } from '../../src/providers/model.js';
import type { InboxFilter } from '../../src/providers/provider.js';
import {
  all,
  expectError,
  forward,
  ids,
  isPersonal,
  keys,
  landing,
  MALFORMED_ID,
  only,
  post,
  reader,
  requireShared,
  walkForward,
  type ContractFixture,
  type FixtureGetter,
} from './contract-support.js';
import { featurePartsContract } from './feature-parts-contract.js';
import { capabilityContract } from './capability-contract.js';
import { messageContract } from './message-contract.js';
import { mutationContract } from './mutation-contract.js';
import { readStateContract } from './read-state-contract.js';
import { searchPinsContract } from './search-pins-contract.js';

export type { ContractFixture } from './contract-support.js';

/**
 * The contract every `MessagingProvider` keeps, written once and run from each provider's test file
 * (Auth.js `runBasicTests`). `setup` runs once before the cases and prepares a workspace as
 * `ContractFixture` describes; cases add their own messages and never depend on each other's.
 *
 * A case is skipped only when `provider.capabilities()` says the provider cannot do it, and the skip is
 * reported with a note naming the capability. Cases of an optional feature skip when the provider has no
 * part for it (`requirePart`), which `featurePartsContract` checks is exactly when its capability says so.
 */
export function runProviderContract(name: string, setup: () => Promise<ContractFixture>): void {
  describe(`provider contract: ${name}`, () => {
    let fixture: ContractFixture | undefined;
    const get: FixtureGetter = () => {
      if (!fixture) throw new Error('The contract fixture is not ready: setup failed or has not run.');
      return fixture;
    };

    beforeAll(async () => {
      fixture = await setup();
    });

    afterAll(async () => {
      await fixture?.cleanup();
    });

    featurePartsContract(get);
    batchReadContract(get);
    messageContract(get);
    mutationContract(get);
    readStateContract(get);
    searchPinsContract(get);
    accessContract(get);
    inboxContract(get);
    capabilityContract(get);
  });
}

function inboxContract(get: FixtureGetter): void {
  describe('inbox', () => {
    const everything: InboxFilter = { channelIds: null, authorIds: null, mentioningUserId: null, createdAfter: null, createdBefore: null };

    it('listInbox pages the readable messages newest first, and only those', async () => {
      const f = get();
      const secret = await post(f, f.owner, f.privateChannelId, 'inbox: private');
      const open = await post(f, f.member, f.publicChannelId, 'inbox: public');
      const root = await post(f, f.owner, f.publicChannelId, 'inbox: root');
      const reply = await post(f, f.member, f.publicChannelId, 'inbox: reply', { parentId: root.id });

      // A personal workspace's inbox is its owner's, with everything in it; anyone else's is empty.
      const personal = isPersonal(f);
      const walker = personal ? f.owner : f.outsider;
      const walked = await walkForward(
        (page) => f.provider.listInbox(walker, everything, { limit: page.limit, cursor: 'cursor' in page ? page.cursor : null }),
        3,
      );
      const seen = ids(walked.nodes);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining([open.id, root.id, reply.id]));
      if (personal) expect(seen).toContain(secret.id);
      else expect(seen).not.toContain(secret.id);
      const times = walked.nodes.map((message) => message.createdAt.getTime());
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      expect(seen.indexOf(reply.id)).toBeLessThan(seen.indexOf(root.id));
      if (personal) {
        for (const other of [f.member, f.outsider]) {
          const page = await f.provider.listInbox(other, everything, { limit: 10, cursor: null });
          expect(page.edges, 'nobody but the owner reads a personal workspace').toEqual([]);
        }
      }

      const member = await f.provider.listInbox(reader(f, f.member), everything, { limit: 2, cursor: null });
      expect(ids(member.edges.map((edge) => edge.node))).toEqual([reply.id, root.id]);
      expect(member.hasNextPage).toBe(true);
    });

    it('listInbox narrows by channel, author and mention', async () => {
      const f = get();
      const mention = await post(f, f.owner, f.privateChannelId, `inbox: hello @${f.memberHandle}`);
      const byMember = await post(f, f.member, f.publicChannelId, 'inbox: by member');
      const first = async (filter: Partial<InboxFilter>, actor = reader(f, f.member)) =>
        (await f.provider.listInbox(actor, { ...everything, ...filter }, { limit: 1, cursor: null })).edges[0]?.node.id;
      expect(await first({ channelIds: [landing(f, f.owner, f.privateChannelId)] })).toBe(mention.id);
      expect(await first({ authorIds: [f.member.userId] })).toBe(byMember.id);
      // Mentions call on people who read the workspace; a personal workspace has one reader (see 'mentions').
      if (!isPersonal(f)) expect(await first({ mentioningUserId: f.member.userId })).toBe(mention.id);
    });

    it('listInbox with createdAfter still starts from the newest message', async () => {
      const f = get();
      const before = await post(f, f.owner, f.publicChannelId, 'inbox: before the window');
      const posted = [];
      for (const n of [1, 2, 3, 4, 5]) posted.push(await post(f, f.owner, f.publicChannelId, `inbox: window ${n}`));
      // Slack once answered a window given only `oldest` from its oldest end: the page must be the newest two.
      const page = await f.provider.listInbox(reader(f, f.member), { ...everything, createdAfter: before.createdAt }, { limit: 2, cursor: null });
      expect(ids(page.edges.map((edge) => edge.node))).toEqual([posted[4].id, posted[3].id]);
      expect(page.hasNextPage).toBe(true);
    });
  });
}

function batchReadContract(get: FixtureGetter): void {
  describe('batch reads', () => {
    /** Checks the dataloader contract for one batch function given one existing id. */
    async function expectDataloaderShape<T extends { id: string }>(
      load: (ids: readonly string[]) => Promise<Array<T | null | Error>>,
      existingId: string,
      unknownId: string | null,
      extraUnknown: string[] = [],
    ): Promise<void> {
      // Without an unknown id (mail users: every address is someone), a second malformed one holds its slot.
      const results = await load([existingId, unknownId ?? `${MALFORMED_ID} again`, MALFORMED_ID, existingId, ...extraUnknown]);
      expect(results).toHaveLength(4 + extraUnknown.length);
      const [first, unknown, malformed, again, ...rest] = results;
      expect(first).not.toBeInstanceOf(Error);
      expect((first as T).id).toBe(existingId);
      expect(unknown).toBeNull();
      expect(malformed).toBeNull();
      expect(again).toEqual(first);
      for (const slot of rest) expect(slot).toBeNull();
    }

    it('loadMessages returns one slot per key in key order, null for unknown and malformed ids', async () => {
      const f = get();
      const message = await post(f, f.owner, f.publicChannelId, 'batch read: messages');
      // A message of another workspace must look exactly like an unknown one.
      const foreign = f.otherWorkspaceMessageId ? [f.otherWorkspaceMessageId] : [];
      await expectDataloaderShape((batch) => f.provider.loadMessages(batch), message.id, f.unknownIds.message, foreign);
    });

    it('loadUsers returns one slot per key in key order, null for unknown and malformed ids', async () => {
      const f = get();
      await expectDataloaderShape<UserRecord>((batch) => f.provider.loadUsers(batch), f.member.userId, f.unknownIds.user);
      const [member] = await all(f.provider.loadUsers([f.member.userId]));
      expect(member).toMatchObject({ id: f.member.userId, workspaceId: f.provider.workspaceId, isBot: false });
    });

    it('loadChannels returns one slot per key in key order, null for unknown and malformed ids', async () => {
      const f = get();
      await expectDataloaderShape<ChannelRecord>((batch) => f.provider.loadChannels(batch), f.privateChannelId, f.unknownIds.channel);
      const [publicChannel, privateChannel] = await all(f.provider.loadChannels([f.publicChannelId, f.privateChannelId]));
      // Every channel of a personal workspace is private: its owner's alone.
      expect(publicChannel).toMatchObject({ id: f.publicChannelId, isPrivate: isPersonal(f), isActive: true });
      expect(privateChannel).toMatchObject({ id: f.privateChannelId, isPrivate: true, isActive: true });
    });

    it('an empty batch answers an empty array', async () => {
      const f = get();
      expect(await f.provider.loadMessages([])).toEqual([]);
      expect(await f.provider.listChildren([])).toEqual([]);
    });
  });
}

function accessContract(get: FixtureGetter): void {
  describe('channel access', () => {
    it('a member of a private channel can read and post in it', async () => {
      const f = get();
      // On a personal workspace the owner is the one member of every channel.
      const [access] = await all(f.provider.loadChannelAccess(reader(f, f.member), [f.privateChannelId]));
      expect(access).toMatchObject({ channelId: f.privateChannelId, canRead: true, canPost: true, isMember: true });
    });

    it('a non-member cannot read a private channel but can read a public one', async () => {
      const f = get();
      const results = await all(f.provider.loadChannelAccess(f.outsider, [f.privateChannelId, f.publicChannelId]));
      expect(results.map((access) => access.channelId)).toEqual([f.privateChannelId, f.publicChannelId]);
      expect(results[0]).toMatchObject({ canRead: false, canPost: false, isMember: false });
      if (!isPersonal(f)) {
        expect(results[1]).toMatchObject({ canRead: true, canPost: true, isMember: true });
        return;
      }
      // A personal workspace: nobody but its owner reads or posts in any of its channels.
      expect(results[1]).toMatchObject({ canRead: false, canPost: false, isMember: false });
      const member = await all(f.provider.loadChannelAccess(f.member, [f.privateChannelId, f.publicChannelId]));
      for (const access of member) expect(access).toMatchObject({ canRead: false, canPost: false, isMember: false });
    });

    it('an unknown or malformed channel id is unreadable, without failing the other keys', async () => {
      const f = get();
      const results = await all(
        f.provider.loadChannelAccess(f.owner, [f.unknownIds.channel, MALFORMED_ID, f.publicChannelId]),
      );
      expect(results).toHaveLength(3);
      expect(results[0]).toMatchObject({ channelId: f.unknownIds.channel, canRead: false, canPost: false });
      expect(results[1]).toMatchObject({ channelId: MALFORMED_ID, canRead: false, canPost: false });
      expect(results[2]).toMatchObject({ channelId: f.publicChannelId, canRead: true });
    });
  });

  describe('channels and members', () => {
    const noFilter = { parentId: null, query: null, includeArchived: false };

    it('listChannels shows a private channel to its members only', async () => {
      const f = get();
      const asOutsider = await walkForward((page) => f.provider.listChannels(f.outsider, noFilter, page), 2);
      const asMember = await walkForward((page) => f.provider.listChannels(reader(f, f.member), noFilter, page), 2);
      if (isPersonal(f)) {
        // Nobody but the owner sees any channel of a personal workspace.
        expect(asOutsider.nodes).toEqual([]);
        expect((await f.provider.listChannels(f.member, noFilter, forward(10))).edges).toEqual([]);
      } else {
        expect(ids(asOutsider.nodes)).toContain(f.publicChannelId);
        expect(ids(asOutsider.nodes)).not.toContain(f.privateChannelId);
      }
      expect(ids(asMember.nodes)).toEqual(expect.arrayContaining([f.publicChannelId, f.privateChannelId]));
      expect(new Set(ids(asMember.nodes)).size, 'paging visits each channel once').toBe(asMember.nodes.length);
    });

    it('listChannels with a query keeps only channels whose name contains it, ignoring case', async () => {
      const f = get();
      const [privateChannel] = await all(f.provider.loadChannels([f.privateChannelId]));
      // A part of the name, in the other case: a query matches anywhere in the name and ignores case.
      const query = privateChannel!.name.slice(1).toUpperCase();
      const page = await f.provider.listChannels(reader(f, f.member), { ...noFilter, query }, forward(50));
      expect(page.edges.map((edge) => edge.node.id)).toContain(f.privateChannelId);
      for (const { node } of page.edges) expect(node.name.toLowerCase()).toContain(query.toLowerCase());
      expect(page.edges.map((edge) => edge.node.id)).not.toContain(f.publicChannelId);

      const none = await f.provider.listChannels(reader(f, f.member), { ...noFilter, query: 'no-channel-has-this-name' }, forward(50));
      expect(none.edges).toEqual([]);
      expect(none.hasNextPage).toBe(false);
    });

    it('listChannelMembers pages the members of two channels in one call', async () => {
      const f = get();
      if (isPersonal(f)) {
        // The owner is the one member of every channel of a personal workspace.
        const pages = await all(f.provider.listChannelMembers(keys([f.publicChannelId, f.privateChannelId], forward(2))));
        for (const page of pages) {
          expect(page.edges.map((edge) => edge.node.id)).toEqual([f.owner.userId]);
          expect(page.hasNextPage).toBe(false);
        }
        return;
      }
      const everyone = [f.owner.userId, f.member.userId, f.outsider.userId];
      const [publicFirst, privateFirst] = await all(
        f.provider.listChannelMembers(keys([f.publicChannelId, f.privateChannelId], forward(2))),
      );
      expect(publicFirst.edges).toHaveLength(2);
      expect(publicFirst.hasNextPage).toBe(true);
      expect(privateFirst.edges.map((edge) => edge.node.id).sort()).toEqual([f.owner.userId, f.member.userId].sort());
      expect(privateFirst.hasNextPage).toBe(false);

      const cursor = publicFirst.edges[1].cursor;
      const publicRest = await only(f.provider.listChannelMembers([{ parentId: f.publicChannelId, page: forward(2, cursor) }]));
      expect(publicRest.hasNextPage).toBe(false);
      const visited = [...publicFirst.edges, ...publicRest.edges].map((edge) => edge.node.id);
      expect(visited.sort()).toEqual([...everyone].sort());
    });
  });

  describe('sending errors', () => {
    it('sending to an unknown channel fails with NOT_FOUND', async () => {
      const f = get();
      await expectError(post(f, f.owner, f.unknownIds.channel, 'nowhere'), 'NOT_FOUND');
      await expectError(post(f, f.owner, MALFORMED_ID, 'nowhere'), 'NOT_FOUND');
    });

    it('replying to an unknown message fails with NOT_FOUND, also when it belongs to another workspace', async () => {
      const f = get();
      const parentIds = [f.unknownIds.message, ...(f.otherWorkspaceMessageId ? [f.otherWorkspaceMessageId] : [])];
      for (const parentId of parentIds) {
        await expectError(post(f, f.owner, f.publicChannelId, 'reply to nothing', { parentId }), 'NOT_FOUND');
      }
    });

    it('replying with a parent in another channel fails with VALIDATION_ERROR', async (ctx) => {
      const f = get();
      requireShared(ctx, f, "the owner's replies land in the sent channel whatever channel the send names, so none is misplaced");
      const root = await post(f, f.owner, f.publicChannelId, 'root in the public channel');
      await expectError(post(f, f.owner, f.privateChannelId, 'misplaced reply', { parentId: root.id }), 'VALIDATION_ERROR');
      const children = await only(f.provider.listChildren(keys([root.id], forward(10))));
      expect(children.edges, 'nothing was written').toEqual([]);
    });
  });
}
