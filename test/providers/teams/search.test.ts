import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP, userPrincipal } from '../../../src/providers/kit/graph/tokens.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchRequest } from '../../../src/providers/features/search.js';
import type { MessageRecord } from '../../../src/providers/model.js';
import { requireFeature } from '../../../src/providers/provider.js';
import { containerId } from '../../../src/providers/teams/ids.js';
import { expectError } from '../../../testkit/contract/contract-support.js';
import { openTeamsTenant, type TeamsTenant } from '../../../testkit/fakes/graph/fixture.js';

/**
 * Teams search through Microsoft Search: the fake answers POST /search/query in Graph's shape (ids, no
 * bodies), and the provider reads the hits as messages with the viewer's grant.
 */
describe('teams search (Microsoft Search)', () => {
  let t: TeamsTenant;
  const word = `teamssearch${Date.now().toString(36)}`;
  const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
    query: word,
    channelId: null,
    authorId: null,
    createdAfter: null,
    createdBefore: null,
    limit: 20,
    offset: 0,
    contextSize: 0,
    ...overrides,
  });
  const search = () => requireFeature(t.provider, 'search');
  const post = (actor: TeamsTenant['actors']['owner'], channelId: string, text: string, parentId: string | null = null): Promise<MessageRecord> =>
    t.provider.sendMessage(actor, { channelId, parentId, content: { format: 'text', text }, alsoSendToChannel: false, attachmentIds: [] });
  let root: MessageRecord;
  let reply: MessageRecord;
  let inChat: MessageRecord;
  let chatNativeId: string;

  beforeAll(async () => {
    t = await openTeamsTenant();
    const chat = t.fake.tenant.addChat([t.owner.id, t.member.id], { chatType: 'oneOnOne' });
    chatNativeId = containerId({ kind: 'chat', chatId: chat.id });
    root = await post(t.actors.owner, t.ids.publicChannel, `the ${word} root`);
    reply = await post(t.actors.member, t.ids.publicChannel, `a ${word} reply`, root.id);
    inChat = await post(t.actors.member, chatNativeId, `${word} between two`);
  });
  afterAll(() => t?.close());

  it('the fake answers Graph’s shape: hitsContainers of hits whose resource names the message, not its body', async () => {
    type Hit = { rank: number; summary: string; resource: Record<string, unknown> & { webUrl: string } };
    const answer = await t.provider.connection.api.call<{ value: Array<{ searchTerms: string[]; hitsContainers: Array<{ hits: Hit[]; total: number; moreResultsAvailable: boolean }> }> }>(
      userPrincipal(t.member.id),
      { operation: 'search.query', method: 'POST', path: '/search/query', body: { requests: [{ entityTypes: ['chatMessage'], query: { queryString: word }, from: 0, size: 2 }] }, cost: null },
    );
    const [container] = answer.value[0].hitsContainers;
    expect(answer.value[0].searchTerms).toEqual([word]);
    expect(container).toMatchObject({ total: 2, moreResultsAvailable: true });
    expect(container.hits[0]).toMatchObject({ rank: 1, summary: expect.stringContaining(`<c0>${word}</c0>`) });
    expect(container.hits[0].resource).toMatchObject({ '@odata.type': '#microsoft.graph.chatMessage', channelIdentity: {}, from: { emailAddress: { name: 'Mina Member' } } });
    expect(container.hits[0].resource).not.toHaveProperty('body');
    expect(container.hits[1].resource.webUrl).toContain('parentMessageId=');
    const app = await expectError(
      t.provider.connection.api.call(APP, { operation: 'search.query', method: 'POST', path: '/search/query', body: { requests: [{ entityTypes: ['chatMessage'], query: { queryString: word } }] }, cost: null }),
      'PERMISSION_DENIED',
    );
    expect(app.message).toContain('403');
  });

  it('finds roots, replies (by their root) and chat messages the viewer reads, newest first, with highlights', async () => {
    t.fake.resetCalls();
    const page = await search().searchMessages(t.actors.member, request());
    expect(page.hits.map((hit) => hit.message.id)).toEqual([inChat.id, reply.id, root.id]);
    expect(page.hits[1].message).toMatchObject({ parentId: root.id, threadRootId: root.id });
    expect(page.hits[0].highlights).toEqual([`${HIGHLIGHT_START}${word}${HIGHLIGHT_END} between two`]);
    expect(page.hits.map((hit) => hit.score)).toEqual([1, 1 / 2, 1 / 3]);
    expect(page).toMatchObject({ totalCount: 3, hasMore: false });
    // One search, then one $batch for the hits.
    expect(t.fake.httpRequests()).toBe(2);

    const outsider = await search().searchMessages(t.actors.outsider, request());
    expect(outsider.hits.map((hit) => hit.message.id)).toEqual([reply.id, root.id]);
  });

  it('filters by channel, author and time, and pages with offset and limit', async () => {
    const inChannel = await search().searchMessages(t.actors.member, request({ channelId: t.ids.publicChannel }));
    expect(inChannel.hits.map((hit) => hit.message.id)).toEqual([reply.id, root.id]);
    const byOwner = await search().searchMessages(t.actors.member, request({ authorId: t.owner.id }));
    expect(byOwner.hits.map((hit) => hit.message.id)).toEqual([root.id]);
    const later = await search().searchMessages(t.actors.member, request({ createdAfter: root.createdAt }));
    expect(later.hits.map((hit) => hit.message.id)).toEqual([inChat.id, reply.id]);
    const second = await search().searchMessages(t.actors.member, request({ offset: 1, limit: 1 }));
    expect(second.hits.map((hit) => hit.message.id)).toEqual([reply.id]);
    expect(second.hasMore).toBe(true);
  });

  it('a reply’s context is its thread; a deleted message is never a hit', async () => {
    const withContext = await search().searchMessages(t.actors.member, request({ channelId: t.ids.publicChannel, contextSize: 1 }));
    expect(withContext.hits[0].context.map((message) => message.id)).toEqual([root.id]);
    const doomed = await post(t.actors.member, t.ids.publicChannel, `${word} doomed`);
    await t.provider.deleteMessage(t.actors.member, doomed.id);
    const after = await search().searchMessages(t.actors.member, request());
    expect(after.hits.map((hit) => hit.message.id)).not.toContain(doomed.id);
  });

  it('a viewer without a delegated grant gets UNSUPPORTED: Graph searches for the signed-in person only', async () => {
    const error = await expectError(search().searchMessages({ accountId: 'account-without-link', userId: t.member.id }, request()), 'UNSUPPORTED');
    expect(error.message).toContain('signed-in person');
  });
});
