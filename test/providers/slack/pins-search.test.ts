import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragments, pagesFor, slackQuery } from '../../../src/providers/slack/features/search.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchRequest } from '../../../src/providers/features/search.js';
import type { Actor, MessageRecord } from '../../../src/providers/model.js';
import { all, expectError, forward, keys, only } from '../../../testkit/contract/contract-support.js';
import { openFeatureTeam, START, type FeatureTeam } from '../../../testkit/fakes/slack/features-fixture.js';
import { requireFeature } from '../../../src/providers/provider.js';

/**
 * Pins (pins.add / remove / list) and search (search.messages with the viewer's user token) on Slack,
 * through the real WebClient against the fake, with the Slack calls each costs.
 */

describe('slack pins', () => {
  let team: FeatureTeam;

  beforeAll(async () => {
    team = await openFeatureTeam('pglite');
    // team.info and users.info are cached for the connection: warm them, so counts show the feature's calls.
    await team.provider.workspace();
    await team.provider.loadUsers([team.owner.id, team.member.id, team.outsider.id, team.unlinked.id]);
  });
  afterAll(() => team?.close());

  const seed = (text: string, channel = team.publicChannel.id) => team.fake.workspace.addMessage(channel, { user: team.owner.id, text });
  const idOf = (message: { ts: string }, channel = team.publicChannel.id) => `${channel}:${message.ts}`;

  it('capabilities: pins NATIVE, at most 100 per channel (Slack’s limit)', () => {
    expect(team.provider.capabilities()).toMatchObject({ pins: 'NATIVE', maxPinsPerChannel: 100 });
  });

  it('pinMessage: pins.add as the actor, plus one history read that finds Slack’s "pinned a message" announcement', async () => {
    const message = seed('the release checklist');
    const view = team.provider.forRequest!(async () => team.actors.member);
    await view.loadMessages([idOf(message)]); // the resolver reads the message first, in the same request
    team.fake.resetCalls();
    const { message: pinned, announcement } = await requireFeature(view, 'pins').pinMessage(team.actors.member, idOf(message));
    expect(team.fake.countByMethod()).toEqual({ 'pins.add': 1, 'conversations.history': 1 });
    expect(team.fake.calls[0]).toMatchObject({ token: team.tokens.member, params: { channel: team.publicChannel.id, timestamp: message.ts } });
    expect(pinned).toMatchObject({ id: idOf(message), pinnedById: team.member.id, pinnedAt: new Date(START) });
    expect(announcement).toMatchObject({
      type: 'SYSTEM',
      authorId: team.member.id,
      channelId: team.publicChannel.id,
      systemEvent: { type: 'MESSAGE_PINNED', actorId: team.member.id, messageId: idOf(message) },
    });
    expect(team.fake.workspace.pins).toEqual([expect.objectContaining({ channel: team.publicChannel.id, ts: message.ts, createdBy: team.member.id })]);

    // Read back through history, Slack says only that it is pinned (pinned_to): pinned, time unknown.
    const reread = await only(team.provider.loadMessages([idOf(message)]));
    expect(reread?.pinnedAt).not.toBeNull();
    expect(reread?.pinnedById).toBeNull();
  });

  it("Channel.pins: one pins.list per channel and request, most recently pinned first, with Slack's pin time and pinner", async () => {
    const channel = team.fake.workspace.addChannel('pinboard', [team.owner.id, team.member.id]);
    const messages = ['first', 'second', 'third'].map((text) => seed(text, channel.id));
    await team.provider.pins.pinMessage(team.actors.owner, idOf(messages[0], channel.id));
    team.advance(5_000);
    await team.provider.pins.pinMessage(team.actors.member, idOf(messages[2], channel.id));
    await team.provider.pins.pinMessage(team.actors.owner, idOf(messages[1], channel.id)); // the same second as the one before

    team.fake.resetCalls();
    const view = team.provider.forRequest!(async () => team.actors.owner);
    const [page] = await all(requireFeature(view, 'pins').listPins(keys([channel.id], forward(2))));
    const [rest] = await all(requireFeature(view, 'pins').listPins(keys([channel.id], forward(2, page.edges[1].cursor))));
    expect([...page.edges, ...rest.edges].map((edge) => edge.node.id)).toEqual([1, 2, 0].map((index) => idOf(messages[index], channel.id)));
    expect(page.hasNextPage).toBe(true);
    expect(rest).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(page.edges[1].node).toMatchObject({ pinnedById: team.member.id, pinnedAt: new Date(START + 5_000) });
    expect(rest.edges[0].node).toMatchObject({ pinnedById: team.owner.id, pinnedAt: new Date(START) });
    expect(team.fake.countByMethod()).toEqual({ 'pins.list': 1 });

    // A channel the viewer cannot see has no pins to show; backward pages are not offered.
    const hidden = team.fake.workspace.addChannel('hidden-pins', [team.owner.id], { private: true });
    const [none] = await all(team.provider.pins.listPins(keys([hidden.id], forward(5))));
    expect(none.edges).toEqual([]);
    const [backward] = await team.provider.pins.listPins(keys([channel.id], { direction: 'backward', limit: 2, cursor: null }));
    expect(backward).toBeInstanceOf(Error);
  });

  it('unpinMessage: pins.remove as the actor (anyone who can write, not only the pinner)', async () => {
    const message = seed('temporary pin');
    await team.provider.pins.pinMessage(team.actors.owner, idOf(message));
    const view = team.provider.forRequest!(async () => team.actors.outsider);
    await view.loadMessages([idOf(message)]);
    team.fake.resetCalls();
    const unpinned = await requireFeature(view, 'pins').unpinMessage(team.actors.outsider, idOf(message));
    expect(team.fake.countByMethod()).toEqual({ 'pins.remove': 1 });
    expect(unpinned).toMatchObject({ id: idOf(message), pinnedAt: null, pinnedById: null });
    expect(team.fake.workspace.pins.some((pin) => pin.ts === message.ts)).toBe(false);
  });

  it('a pin Slack made stays a success when the announcement cannot be read (rate-limited history)', async () => {
    const message = seed('pinned while history is busy');
    team.fake.inject('conversations.history', { rateLimited: 20 });
    // A provider of its own: the 429 pauses its history budget for 20 seconds of a clock that does not move.
    const result = await team.reopen().pins.pinMessage(team.actors.owner, idOf(message));
    expect(result).toMatchObject({ message: { id: idOf(message), pinnedById: team.owner.id }, announcement: null });
    expect(team.fake.workspace.pins.some((pin) => pin.ts === message.ts)).toBe(true);
  });

  it("Slack's refusals map to the closed codes: already_pinned CONFLICT, too_many_pins VALIDATION_ERROR, no_pin NOT_FOUND", async () => {
    const message = seed('pin me twice');
    await team.provider.pins.pinMessage(team.actors.owner, idOf(message));
    await expectError(team.provider.pins.pinMessage(team.actors.member, idOf(message)), 'CONFLICT');
    const never = seed('never pinned');
    await expectError(team.provider.pins.unpinMessage(team.actors.member, idOf(never)), 'NOT_FOUND');

    const full = team.fake.workspace.addChannel('full-board', [team.owner.id]);
    for (let index = 0; index < 100; index += 1) {
      team.fake.workspace.pins.push({ channel: full.id, ts: seed(`pinned ${index}`, full.id).ts, created: 1, createdBy: team.owner.id });
    }
    const extra = seed('the 101st', full.id);
    const error = await expectError(team.provider.pins.pinMessage(team.actors.owner, idOf(extra, full.id)), 'VALIDATION_ERROR');
    expect(error.message).toMatch(/too_many_pins/);

    // A public channel the member reads but is not in: Slack's not_in_channel.
    await expectError(team.provider.pins.pinMessage(team.actors.member, idOf(seed('not my channel', full.id), full.id)), 'PERMISSION_DENIED');
    await expectError(team.provider.pins.pinMessage(team.actors.member, `${team.publicChannel.id}:1000000000.000001`), 'NOT_FOUND');
    await expectError(team.provider.pins.pinMessage(team.actors.unlinked, idOf(seed('unlinked'))), 'PERMISSION_DENIED');
    await expectError(team.provider.pins.pinMessage(team.actors.member, 'not-an-id'), 'NOT_FOUND');
  });
});

describe('slack search', () => {
  let team: FeatureTeam;

  beforeAll(async () => {
    team = await openFeatureTeam('pglite');
    await team.provider.workspace();
    await team.provider.loadUsers([team.owner.id, team.member.id, team.outsider.id, team.unlinked.id]);
  });
  afterAll(() => team?.close());

  const request = (query: string, overrides: Partial<SearchRequest> = {}): SearchRequest => ({
    query,
    channelId: null,
    authorId: null,
    createdAfter: null,
    createdBefore: null,
    limit: 20,
    offset: 0,
    contextSize: 1,
    ...overrides,
  });
  const search = (actor: Actor, query: string, overrides: Partial<SearchRequest> = {}) => team.provider.search.searchMessages(actor, request(query, overrides));
  const ids = (messages: MessageRecord[]) => messages.map((message) => message.id);

  it('capabilities: search NATIVE; a viewer linked without a user token gets UNSUPPORTED, at no Slack call', async () => {
    expect(team.provider.capabilities().search).toBe('NATIVE');
    team.fake.resetCalls();
    const error = await expectError(search(team.actors.unlinked, 'anything'), 'UNSUPPORTED');
    expect(error.message).toMatch(/user token/);
    expect(team.fake.count()).toBe(0);
  });

  it('one search.messages with the viewer’s own token: highlights, context around the hit, threads from the permalink', async () => {
    const { workspace } = team.fake;
    const before = workspace.addMessage(team.publicChannel.id, { user: team.owner.id, text: 'warming up' });
    const hit = workspace.addMessage(team.publicChannel.id, { user: team.member.id, text: 'the *zebrafish* results are in' });
    const after = workspace.addMessage(team.publicChannel.id, { user: team.owner.id, text: 'great news' });
    const reply = workspace.addMessage(team.publicChannel.id, { user: team.owner.id, text: 'zebrafish again, in a thread', threadTs: hit.ts });

    team.fake.resetCalls();
    const page = await search(team.actors.outsider, 'zebrafish');
    expect(team.fake.countByMethod()).toEqual({ 'search.messages': 1 });
    expect(team.fake.calls[0]).toMatchObject({
      token: team.tokens.outsider,
      params: { query: 'zebrafish', count: '20', page: '1', highlight: 'true', sort: 'score' },
    });
    expect(page.totalCount).toBe(2);
    expect(page.hasMore).toBe(false);
    const root = page.hits.find((candidate) => candidate.message.id.endsWith(hit.ts))!;
    expect(root.message).toMatchObject({ text: 'the zebrafish results are in', authorId: team.member.id, threadRootId: null, channelId: team.publicChannel.id });
    expect(root.highlights).toEqual([`the ${HIGHLIGHT_START}zebrafish${HIGHLIGHT_END} results are in`]);
    expect(ids(root.context)).toEqual([`${team.publicChannel.id}:${before.ts}`, `${team.publicChannel.id}:${after.ts}`]);
    const inThread = page.hits.find((candidate) => candidate.message.id.endsWith(reply.ts))!;
    expect(inThread.message).toMatchObject({ threadRootId: `${team.publicChannel.id}:${hit.ts}`, parentId: `${team.publicChannel.id}:${hit.ts}` });
    expect(ids(inThread.context)).toEqual([`${team.publicChannel.id}:${hit.ts}`]);
    expect(page.hits.every((candidate) => candidate.score > 0)).toBe(true);
  });

  it('sees what the viewer can see in Slack: a private channel only for its members', async () => {
    team.fake.workspace.addMessage(team.privateChannel.id, { user: team.owner.id, text: 'the okapi plan' });
    expect((await search(team.actors.member, 'okapi')).totalCount).toBe(1);
    expect((await search(team.actors.outsider, 'okapi')).totalCount).toBe(0);
  });

  it('channel, author and date filters become in:, from:, after: and before:, and the exact instants apply to the page', async () => {
    const { workspace } = team.fake;
    const day = 86_400;
    const base = Math.floor(START / 1000);
    const ts = (seconds: number) => `${seconds}.000100`;
    workspace.addMessage(team.publicChannel.id, { user: team.member.id, text: 'quokka early', ts: ts(base - 2 * day) });
    const inside = workspace.addMessage(team.publicChannel.id, { user: team.member.id, text: 'quokka inside', ts: ts(base - day) });
    workspace.addMessage(team.publicChannel.id, { user: team.member.id, text: 'quokka same day, too early', ts: ts(base - day - 60) });
    workspace.addMessage(team.publicChannel.id, { user: team.owner.id, text: 'quokka by someone else', ts: ts(base - day + 5) });
    const other = workspace.addChannel('elsewhere', [team.member.id, team.owner.id]);
    workspace.addMessage(other.id, { user: team.member.id, text: 'quokka elsewhere', ts: ts(base - day + 10) });

    const filters = {
      channelId: team.publicChannel.id,
      authorId: team.member.id,
      createdAfter: new Date((base - day - 30) * 1000),
      createdBefore: new Date((base - day + 30) * 1000),
    };
    team.fake.resetCalls();
    const page = await search(team.actors.owner, 'quokka', filters);
    expect(ids(page.hits.map((hit) => hit.message))).toEqual([`${team.publicChannel.id}:${inside.ts}`]);
    const query = String(team.fake.calls[0].params.query);
    expect(query).toBe(slackQuery(request('quokka', filters)));
    expect(query).toBe(`quokka in:<#${team.publicChannel.id}> from:<@${team.member.id}> after:2026-02-28 before:2026-03-02`);
  });

  it('offset and limit become one page of Slack’s count where possible', async () => {
    expect(pagesFor(0, 20)).toEqual({ count: 20, pages: [1] });
    expect(pagesFor(40, 20)).toEqual({ count: 20, pages: [3] });
    expect(pagesFor(5, 10)).toEqual({ count: 15, pages: [1] });
    expect(pagesFor(95, 10)).toEqual({ count: 15, pages: [7] });
    expect(pagesFor(99, 2)).toEqual({ count: 3, pages: [34] });
    expect(pagesFor(10_000, 100)).toEqual({ count: 100, pages: [] });

    for (let index = 0; index < 12; index += 1) team.fake.workspace.addMessage(team.publicChannel.id, { user: team.owner.id, text: `capybara ${index}` });
    team.fake.resetCalls();
    const page = await search(team.actors.member, 'capybara', { offset: 5, limit: 5 });
    expect(team.fake.calls.map((call) => [call.params.count, call.params.page])).toEqual([['5', '2']]);
    expect(page.hits).toHaveLength(5);
    expect(page).toMatchObject({ totalCount: 12, hasMore: true });
    const all12 = await search(team.actors.member, 'capybara', { offset: 0, limit: 12 });
    expect(ids(page.hits.map((hit) => hit.message))).toEqual(ids(all12.hits.slice(5, 10).map((hit) => hit.message)));
  });

  it('highlight fragments keep the matching lines, cut around the match', () => {
    const long = `${Array.from({ length: 40 }, (_, index) => `w${index}`).join(' ')} ${HIGHLIGHT_START}needle${HIGHLIGHT_END} tail`;
    expect(fragments(`first line\nolga found the ${HIGHLIGHT_START}needle${HIGHLIGHT_END} & more`)).toEqual([
      `olga found the ${HIGHLIGHT_START}needle${HIGHLIGHT_END} & more`,
    ]);
    const [cut] = fragments(long);
    expect(cut.startsWith('… w36 w37 w38 w39')).toBe(true);
    expect(cut).toContain(`${HIGHLIGHT_START}needle${HIGHLIGHT_END} tail`);
  });

  it("Slack's own errors map to the closed codes (a token without search:read is PERMISSION_DENIED)", async () => {
    team.fake.inject('search.messages', { error: 'missing_scope', extra: { needed: 'search:read' } });
    const error = await expectError(search(team.actors.member, 'anything'), 'PERMISSION_DENIED');
    expect(error.message).toMatch(/search:read/);
    team.fake.inject('search.messages', { rateLimited: 30 });
    const limited = await expectError(search(team.actors.member, 'anything'), 'RATE_LIMITED');
    expect(limited.retryAfterSeconds).toBe(30);
  });
});
