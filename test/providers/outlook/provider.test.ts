import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openOutlookMailbox, type OutlookMailbox } from '../../../testkit/fakes/graph/outlook-fixture.js';
import type { Page } from '../../../src/providers/paging.js';
import { pollFolder } from '../../../src/providers/outlook/changes.js';
import { headerOf } from '../../../testkit/fakes/graph/index.js';

const first = { direction: 'forward' as const, limit: 50, cursor: null };
const nodes = <T>(page: Page<T> | Error): T[] => {
  if (page instanceof Error) throw page;
  return page.edges.map((edge) => edge.node);
};
const ok = <T>(value: T | Error): T => {
  if (value instanceof Error) throw value;
  return value;
};

describe('Outlook provider on the fake Graph', () => {
  let box: OutlookMailbox;
  const carol = { name: 'Carol Outside', address: 'carol@partner.example' };
  const dave = { name: 'Dave Outside', address: 'dave@partner.example' };

  beforeAll(async () => {
    box = await openOutlookMailbox();
  });
  afterAll(async () => box.close());
  beforeEach(() => box.fake.resetCalls());

  /** A conversation: root from Carol; Ana's reply; Dave answers Carol's root (a fork); Carol answers Ana. */
  function seedThread(subject: string) {
    const { mail } = box.fake;
    const root = mail.deliver(box.ana.id, { from: carol, to: [{ address: box.ana.mail }], cc: [dave], subject, body: '<p>Hello <b>Ana</b></p>' });
    const fork = mail.deliver(box.ana.id, { from: dave, to: [carol], cc: [{ address: box.ana.mail }], subject: `Re: ${subject}`, body: 'Dave here', inReplyTo: root.internetMessageId, references: [root.internetMessageId], conversationId: root.conversationId });
    return { root, fork };
  }

  it('lists folders as MAILBOX channels with child folders as subchannels', async () => {
    const projects = box.fake.mail.addFolder(box.ana.id, 'Projects');
    box.fake.mail.addFolder(box.ana.id, 'Launch', projects.id);
    const top = nodes(await box.provider.listChannels(box.actors.ana, { parentId: null, query: null, includeArchived: false }, first));
    expect(top.map((channel) => channel.name)).toEqual(expect.arrayContaining(['Inbox', 'Sent Items', 'Deleted Items', 'Projects']));
    expect(top.every((channel) => channel.type === 'MAILBOX' && channel.parentId === null)).toBe(true);
    expect(top.find((channel) => channel.name === 'Projects')!.hasSubchannels).toBe(true);
    const children = nodes(await box.provider.listChannels(box.actors.ana, { parentId: projects.id, query: null, includeArchived: false }, first));
    expect(children.map((channel) => [channel.name, channel.parentId])).toEqual([['Launch', projects.id]]);
    // Eve is not linked to Ana's mailbox: she sees nothing.
    expect(nodes(await box.provider.listChannels(box.actors.eve, { parentId: null, query: null, includeArchived: false }, first))).toEqual([]);
  });

  it('reads a folder page with subjects, sanitized bodies, recipients and the reply tree in two Graph requests', async () => {
    const { root, fork } = seedThread('Lunch');
    box.fake.mail.deliver(box.ana.id, { from: carol, to: [{ address: box.ana.mail }], subject: 'Hostile', body: '<p onclick="steal()">Hi<script>alert(1)</script><a href="javascript:evil()">x</a><form action="https://evil.example"><input></form></p>' });
    box.fake.resetCalls();
    const view = box.provider.forRequest(async () => box.actors.ana);
    const [page] = await view.listChannelMessages([{ parentId: box.folders.inbox, page: { direction: 'forward', limit: 10, cursor: null } }]);
    const messages = nodes(page);
    const hostile = messages.find((message) => message.subject === 'Hostile')!;
    expect(hostile.html).not.toMatch(/script|onclick|javascript:|<form/i);
    expect(hostile.text).toContain('Hi');
    const rootRecord = messages.find((message) => message.id === root.id)!;
    expect(rootRecord).toMatchObject({ subject: 'Lunch', authorId: 'carol@partner.example', channelId: box.folders.inbox, parentId: null, hasChildren: true, replyCount: 1 });
    expect(rootRecord.text).toBe('Hello Ana');
    expect(rootRecord.recipients).toEqual({ from: ['carol@partner.example'], to: [box.ana.mail.toLowerCase()], cc: ['dave@partner.example'], bcc: [], replyTo: [] });
    expect(messages.find((message) => message.id === fork.id)).toMatchObject({ parentId: root.id, threadRootId: root.id });
    // One folder page, one $batch of the conversations on it, one $batch of the well-known folders (once per connection).
    expect(box.fake.httpRequests()).toBeLessThanOrEqual(3);
    box.fake.resetCalls();
    const [children] = await view.listChildren([{ parentId: root.id, page: first }]);
    expect(nodes(children).map((message) => message.id)).toEqual([fork.id]);
    expect(box.fake.httpRequests()).toBe(0);
  });

  it('builds a real tree: replies to replies, forks, and a reply whose parent is missing hangs under its nearest ancestor', async () => {
    const { mail } = box.fake;
    const { root, fork } = seedThread('Tree');
    const missing = '<missing-middle@partner.example>';
    const deep = mail.deliver(box.ana.id, { from: carol, to: [{ address: box.ana.mail }], subject: 'Re: Tree', body: 'deep', inReplyTo: fork.internetMessageId, references: [root.internetMessageId, fork.internetMessageId], conversationId: root.conversationId });
    const orphan = mail.deliver(box.ana.id, { from: dave, to: [{ address: box.ana.mail }], subject: 'Re: Tree (changed subject)', body: 'orphan', inReplyTo: missing, references: [root.internetMessageId, missing], conversationId: root.conversationId });
    const view = box.provider.forRequest(async () => box.actors.ana);
    box.fake.resetCalls();
    const [rootRecord] = await view.loadMessages([root.id]);
    expect(ok(rootRecord!)).toMatchObject({ replyCount: 3, hasChildren: true });
    const [children] = await view.listChildren([{ parentId: root.id, page: first }]);
    expect(nodes(children).map((message) => message.id)).toEqual([fork.id, orphan.id]);
    const [descendants] = await view.listDescendants([{ parentId: root.id, page: first }]);
    expect(nodes(descendants).map((message) => message.id)).toEqual([fork.id, deep.id, orphan.id]);
    const [deepRecord] = await view.loadMessages([deep.id]);
    expect(ok(deepRecord!)).toMatchObject({ parentId: fork.id, threadRootId: root.id });
    // The thread tree: one $batch for the message, one for its conversation (+ the well-known folders once).
    expect(box.fake.count('mail.messages.list')).toBe(1);
  });

  it('replies with createReplyAll + send so the headers thread, and honours the idempotency token', async () => {
    const { root } = seedThread('Reply');
    const sent = await box.provider.sendMessage(box.actors.ana, { channelId: box.folders.inbox, parentId: root.id, content: { text: 'Count me in', format: 'text' }, alsoSendToChannel: false, attachmentIds: [], idempotencyToken: 'tok-1' });
    expect(sent).toMatchObject({ parentId: root.id, channelId: box.folders.sentitems, authorId: box.ana.mail.toLowerCase() });
    expect(sent.text).toContain('Count me in');
    const stored = box.fake.mail.mailbox(box.ana.id).messages.get(sent.id)!;
    expect(headerOf(stored, 'In-Reply-To')).toBe(root.internetMessageId);
    expect(headerOf(stored, 'References')).toContain(root.internetMessageId);
    expect(box.fake.count('mail.message.createReplyAll')).toBe(1);
    expect(box.fake.count('mail.message.send')).toBe(1);
    const found = await box.provider.findSentMessage!(box.actors.ana, { channelId: box.folders.inbox, parentId: root.id, token: 'tok-1', since: new Date(Date.now() - 60_000) });
    expect(found?.id).toBe(sent.id);
    expect(await box.provider.findSentMessage!(box.actors.ana, { channelId: box.folders.inbox, parentId: root.id, token: 'tok-other', since: new Date(Date.now() - 60_000) })).toBeNull();
  });

  it('sends new mail to recipients only when there are some; edits and reactions are UNSUPPORTED', async () => {
    const request = { channelId: box.folders.inbox, parentId: null, content: { text: 'Hi Bob', format: 'text' as const }, alsoSendToChannel: false, attachmentIds: [] };
    await expect(box.provider.sendMessage(box.actors.ana, request)).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    const sent = await box.provider.sendMessage(box.actors.ana, { ...request, email: { subject: 'For Bob', to: [{ name: 'Bob', address: box.bob.mail }], cc: [], bcc: [], derivedRecipients: false } });
    expect(sent.subject).toBe('For Bob');
    const bobs = [...box.fake.mail.mailbox(box.bob.id).messages.values()].find((message) => message.subject === 'For Bob');
    expect(bobs?.internetMessageId).toBe(box.fake.mail.mailbox(box.ana.id).messages.get(sent.id)!.internetMessageId);
    await expect(box.provider.updateMessage(box.actors.ana, sent.id, { text: 'x', format: 'text' })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await expect(box.provider.addReaction(box.actors.ana, sent.id, '👍')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await expect(box.provider.sendMessage(box.actors.eve, { ...request, email: { subject: '', to: [{ name: null, address: 'x@y.example' }], cc: [], bcc: [], derivedRecipients: false } })).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });

  it('deletes to Deleted Items: a tombstone while replies hang below, gone otherwise', async () => {
    const { root, fork } = seedThread('Delete');
    const deleted = await box.provider.deleteMessage(box.actors.ana, root.id);
    expect(deleted).toMatchObject({ id: root.id, text: '', subject: null });
    expect(deleted.deletedAt).toBeInstanceOf(Date);
    expect(box.fake.mail.mailbox(box.ana.id).messages.get(root.id)!.parentFolderId).toBe(box.folders.deleteditems);
    const [forkRecord] = await box.provider.loadMessages([fork.id]);
    expect(ok(forkRecord!).parentId).toBe(root.id);
    await box.provider.deleteMessage(box.actors.ana, fork.id);
    expect(await box.provider.loadMessages([fork.id, root.id])).toEqual([null, null]);
  });

  it('keeps read state in Outlook: unread flags, folder counts, markUnread and markChannelRead', async () => {
    const folder = box.fake.mail.addFolder(box.ana.id, 'Reading');
    const a = box.fake.mail.deliver(box.ana.id, { from: carol, to: [{ address: box.ana.mail }], subject: 'r1', folder: folder.id });
    const b = box.fake.mail.deliver(box.ana.id, { from: carol, to: [{ address: box.ana.mail }], subject: 'r2', folder: folder.id });
    const state = box.provider.readState;
    expect(await state.loadChannelUnreadCounts(box.actors.ana, [folder.id])).toEqual([2]);
    expect(await state.loadUnreadFlags(box.actors.ana, [a.id, b.id])).toEqual([true, true]);
    const [unread] = await state.listUnreadMessages(box.actors.ana, [{ parentId: folder.id, page: first }]);
    expect(nodes(unread).map((message) => message.id)).toEqual([a.id, b.id]);
    await state.markChannelRead(box.actors.ana, folder.id, a.id);
    expect(await box.provider.forRequest(async () => box.actors.ana).readState!.loadUnreadFlags(box.actors.ana, [a.id, b.id])).toEqual([false, true]);
    await state.markChannelRead(box.actors.ana, folder.id, null);
    expect(await box.provider.forRequest(async () => box.actors.ana).readState!.loadChannelUnreadCounts(box.actors.ana, [folder.id])).toEqual([0]);
    expect(await state.markUnread(box.actors.ana, a.id)).toEqual({ kind: 'channel', channelId: folder.id });
    expect(box.fake.mail.mailbox(box.ana.id).messages.get(a.id)!.isRead).toBe(false);
  });

  it('searches with $search (KQL) and pages the inbox newest first with a cursor that resumes', async () => {
    box.fake.mail.deliver(box.ana.id, { from: carol, to: [{ address: box.ana.mail }], subject: 'Quarterly numbers', body: 'the budget is attached' });
    const result = await box.provider.search.searchMessages(box.actors.ana, { query: 'budget', channelId: null, authorId: 'carol@partner.example', createdAfter: null, createdBefore: null, limit: 5, offset: 0, contextSize: 0 });
    expect(result.hits.map((hit) => hit.message.subject)).toEqual(['Quarterly numbers']);
    expect(result.hits[0].highlights[0]).toContain('\ue000budget\ue001');
    expect(box.fake.calls.some((call) => call.route === 'mail.messages.list' && /\$search=/.test(decodeURIComponent(call.query)))).toBe(true);
    const filter = { channelIds: null, authorIds: null, mentioningUserId: null, createdAfter: null, createdBefore: null };
    const one = await box.provider.listInbox(box.actors.ana, filter, { limit: 3, cursor: null });
    const two = await box.provider.listInbox(box.actors.ana, filter, { limit: 3, cursor: one.edges.at(-1)!.cursor });
    const all = await box.provider.listInbox(box.actors.ana, filter, { limit: 6, cursor: null });
    expect([...nodes(one), ...nodes(two)].map((message) => message.id)).toEqual(nodes(all).map((message) => message.id));
    expect(one.hasNextPage).toBe(true);
    const times = nodes(all).map((message) => message.createdAt.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });

  it('turns per-folder delta rounds into MESSAGE_CREATED / UPDATED / DELETED after a silent baseline', async () => {
    const { connection } = box.provider;
    const baseline = await pollFolder(connection, connection.readPrincipal, box.folders.inbox, null);
    expect(baseline.changes).toEqual([]);
    const fresh = box.fake.mail.deliver(box.ana.id, { from: carol, to: [{ address: box.ana.mail }], subject: 'New one' });
    const created = await pollFolder(connection, connection.readPrincipal, box.folders.inbox, baseline.position);
    expect(created.changes.map(({ change }) => [change.envelope.type, change.envelope.messageId])).toEqual([['MESSAGE_CREATED', fresh.id]]);
    box.fake.mail.update(box.fake.mail.mailbox(box.ana.id), fresh, { isRead: true });
    const updated = await pollFolder(connection, connection.readPrincipal, box.folders.inbox, created.position);
    expect(updated.changes.map(({ change }) => change.envelope.type)).toEqual(['MESSAGE_UPDATED']);
    box.fake.mail.remove(box.fake.mail.mailbox(box.ana.id), fresh);
    const deleted = await pollFolder(connection, connection.readPrincipal, box.folders.inbox, updated.position);
    expect(deleted.changes.map(({ change }) => [change.envelope.type, change.envelope.channelId])).toEqual([['MESSAGE_DELETED', box.folders.inbox]]);
  });
});
