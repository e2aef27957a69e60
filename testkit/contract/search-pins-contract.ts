import { describe, expect, it } from 'vitest';
import { SwitchboardError } from '../../src/errors.js';
import type { Actor } from '../../src/providers/model.js';
import type { Search, SearchRequest, SearchResultPage } from '../../src/providers/features/search.js';
import { all, expectError, forward, isPersonal, keys, post, reader, reload, requirePart, requireShared, type FixtureGetter } from './contract-support.js';

/**
 * Search, pins and link previews, as the rules in src/providers/features/{search,pins,link-previews}.ts
 * state them. Cases post their own messages with words no other case uses; a case is skipped (visibly)
 * where the provider has no part for it.
 */
export function searchPinsContract(get: FixtureGetter): void {
  describe('pins', () => {
    it('pinMessage records who pinned and when; listPins shows the newest pin first; unpinMessage clears it', async (ctx) => {
      const f = get();
      const pins = requirePart(ctx, f.provider, 'pins');
      requireShared(ctx, f, 'a second and a third person pin and unpin');
      const older = await post(f, f.owner, f.publicChannelId, 'contract pins: older');
      const newer = await post(f, f.owner, f.publicChannelId, 'contract pins: newer');
      const pinnedNewer = await pins.pinMessage(f.member, newer.id);
      expect(pinnedNewer.message).toMatchObject({ id: newer.id, pinnedById: f.member.userId });
      expect(pinnedNewer.message.pinnedAt).toBeInstanceOf(Date);
      await pins.pinMessage(f.owner, older.id);

      const [page] = await all(pins.listPins(keys([f.publicChannelId], forward(10))));
      expect(page.edges.slice(0, 2).map((edge) => edge.node.id)).toEqual([older.id, newer.id]);

      const unpinned = await pins.unpinMessage(f.outsider, newer.id);
      expect(unpinned).toMatchObject({ id: newer.id, pinnedAt: null, pinnedById: null });
      expect((await reload(f, newer.id)).pinnedAt).toBeNull();
      const [after] = await all(pins.listPins(keys([f.publicChannelId], forward(10))));
      expect(after.edges.map((edge) => edge.node.id)).not.toContain(newer.id);
      await pins.unpinMessage(f.owner, older.id);
    });

    it('pinning twice is CONFLICT and unpinning a message that is not pinned is NOT_FOUND', async (ctx) => {
      const f = get();
      const pins = requirePart(ctx, f.provider, 'pins');
      const message = await post(f, f.member, f.publicChannelId, 'contract pins: twice');
      const pinner = reader(f, f.member);
      await pins.pinMessage(pinner, message.id);
      await expectError(pins.pinMessage(f.owner, message.id), 'CONFLICT');
      await pins.unpinMessage(pinner, message.id);
      await expectError(pins.unpinMessage(pinner, message.id), 'NOT_FOUND');
    });
  });

  describe('search', () => {
    /** Searches as `actor`; null when the provider cannot search for this actor (UNSUPPORTED, e.g. Slack without a user token). */
    async function searchAs(search: Search, actor: Actor, query: string) {
      const request: SearchRequest = {
        query,
        channelId: null,
        authorId: null,
        createdAfter: null,
        createdBefore: null,
        limit: 20,
        offset: 0,
        contextSize: 1,
      };
      try {
        return await search.searchMessages(actor, request);
      } catch (error) {
        if (error instanceof SwitchboardError && error.code === 'UNSUPPORTED') return null;
        throw error;
      }
    }
    const hitIds = (page: SearchResultPage) => page.hits.map((hit) => hit.message.id);

    it('finds messages by word in the channels the actor can read, and never a deleted one', async (ctx) => {
      const f = get();
      const search = requirePart(ctx, f.provider, 'search');
      const word = `contractsearch${Date.now().toString(36)}`;
      const open = await post(f, f.owner, f.publicChannelId, `${word} in the open`);
      const secret = await post(f, f.owner, f.privateChannelId, `${word} behind doors`);
      const gone = await post(f, f.member, f.publicChannelId, `${word} soon deleted`);
      await f.provider.deleteMessage(reader(f, f.member), gone.id);

      const member = await searchAs(search, reader(f, f.member), word);
      ctx.skip(member === null, 'skipped: the provider cannot search for this actor (UNSUPPORTED)');
      expect(hitIds(member!).sort()).toEqual([open.id, secret.id].sort());
      expect(member!.totalCount).toBe(2);
      for (const hit of member!.hits) expect(hit.score).toBeGreaterThan(0);

      // A personal workspace shows an outsider nothing, not even what it wrote there.
      const outsider = await searchAs(search, f.outsider, word);
      if (outsider) expect(hitIds(outsider)).toEqual(isPersonal(f) ? [] : [open.id]);
    });
  });

  describe('link previews', () => {
    it('removeLinkPreview is NOT_FOUND for a message without a preview', async (ctx) => {
      const f = get();
      const linkPreviews = requirePart(ctx, f.provider, 'linkPreviews');
      const plain = await post(f, f.member, f.publicChannelId, 'contract previews: no link at all');
      expect(plain.linkPreview ?? null).toBeNull();
      await expectError(linkPreviews.removeLinkPreview(f.member, plain.id), 'NOT_FOUND');
    });
  });
}
