import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openGmailMailbox, type GmailMailbox } from '../../../testkit/fakes/gmail/fixture.js';
import type { MessageRecord } from '../../../src/providers/model.js';
import type { Page } from '../../../src/providers/paging.js';

const first = { direction: 'forward' as const, limit: 50, cursor: null };
const nodes = <T>(page: Page<T> | Error): T[] => {
  if (page instanceof Error) throw page;
  return page.edges.map((edge) => edge.node);
};
const carol = { name: 'Carol Outside', address: 'carol@partner.example' };
const dave = { name: 'Dave', address: 'dave@partner.example' };

describe('Gmail provider on the fake Gmail API', () => {
  let box: GmailMailbox;
  beforeAll(async () => {
    box = await openGmailMailbox();
  });
  afterAll(async () => box.close());
  beforeEach(() => box.fake.resetCalls());

  it('lists labels as LABEL channels with nested user labels as subchannels; others see none', async () => {
    const mailbox = box.fake.mailbox('ana@example.com');
    const work = mailbox.addLabel('Work');
    const launch = mailbox.addLabel('Work/Launch');
    const top = nodes(await box.provider.listChannels(box.ana, { parentId: null, query: null, includeArchived: false }, first));
    expect(top.map((channel) => channel.name)).toEqual(expect.arrayContaining(['Inbox', 'Sent', 'Starred', 'Important', 'Work']));
    expect(top.map((channel) => channel.id)).not.toContain('UNREAD');
    expect(top.every((channel) => channel.type === 'LABEL' && channel.parentId === null)).toBe(true);
    expect(top.find((channel) => channel.id === work.id)!.hasSubchannels).toBe(true);
    const children = nodes(await box.provider.listChannels(box.ana, { parentId: work.id, query: null, includeArchived: false }, first));
    expect(children.map((channel) => [channel.id, channel.name, channel.parentId])).toEqual([[launch.id, 'Launch', work.id]]);
    expect(nodes(await box.provider.listChannels(box.eve, { parentId: null, query: null, includeArchived: false }, first))).toEqual([]);
    expect(box.fake.count('labels.list')).toBe(1);
  });

  it('reads a label page with subjects, sanitized html, recipients and the reply tree: 1 list + 1 batch', async () => {
    const root = box.deliver({ from: carol, cc: [dave], subject: 'Lunch', text: 'Hello Ana', html: '<p onclick="steal()">Hello <b>Ana</b><script>alert(1)</script> <a href="javascript:x()">x</a></p>' });
    const fork = box.deliver({ from: dave, to: [carol], cc: [{ name: null, address: 'ana@example.com' }], subject: 'Re: Lunch', text: 'Dave here', inReplyTo: root.messageId, references: [root.messageId] });
    const other = box.deliver({ from: carol, subject: 'Other', text: 'unrelated' });
    expect(fork.threadId).toBe(root.threadId);
    box.fake.resetCalls();
    const view = box.provider.forRequest(async () => box.ana);
    const [page] = await view.listChannelMessages([{ parentId: 'INBOX', page: first }]);
    const messages = nodes(page) as Array<MessageRecord & { recipients: unknown }>;
    expect(messages.map((message) => message.id).slice(0, 3)).toEqual([other.id, fork.id, root.id]);
    const rootRecord = messages.find((message) => message.id === root.id)!;
    expect(rootRecord).toMatchObject({ subject: 'Lunch', text: 'Hello Ana x', markdown: 'Hello **Ana** x', authorId: 'carol@partner.example', channelId: 'INBOX', parentId: null, hasChildren: true, replyCount: 1 });
    expect(rootRecord.channelIds).toEqual(['INBOX']);
    expect(rootRecord.html).not.toMatch(/script|onclick|javascript:/i);
    expect(rootRecord.html).toContain('<b>Ana</b>');
    expect(rootRecord.recipients).toEqual({ from: ['carol@partner.example'], to: ['ana@example.com'], cc: ['dave@partner.example'], bcc: [] });
    expect(rootRecord.webUrl).toContain(`#all/${root.threadId}`);
    expect(messages.find((message) => message.id === fork.id)).toMatchObject({ parentId: root.id, threadRootId: root.id });
    expect(box.fake.countByRoute()).toEqual({ 'messages.list': 1, batch: 1, 'threads.get': expect.any(Number) });
    expect(box.fake.httpRequests()).toBe(2);
    box.fake.resetCalls();
    const [children] = await view.listChildren([{ parentId: root.id, page: first }]);
    expect(nodes(children).map((message) => message.id)).toEqual([fork.id]);
    expect(box.fake.httpRequests()).toBe(0);
    const [loaded] = await view.loadUsers(['carol@partner.example']);
    expect(loaded).toMatchObject({ name: 'Carol Outside', email: 'carol@partner.example' });
  });

  it('sends a reply in the thread with In-Reply-To, References and the subject kept; it reaches Carol threaded', async () => {
    const root = box.deliver({ from: carol, subject: 'Plans', text: 'Shall we?' });
    const reply = await box.provider.sendMessage(box.ana, { channelId: 'INBOX', content: { text: 'Yes!', format: 'text' }, parentId: root.id, alsoSendToChannel: false, attachmentIds: [] });
    expect(reply).toMatchObject({ parentId: root.id, threadRootId: root.id, subject: 'Re: Plans', text: 'Yes!', authorId: 'ana@example.com', channelIds: ['SENT'] });
    const sent = [...box.fake.mailbox('carol@partner.example').messages.values()].at(-1)!;
    expect(sent.raw.toString()).toMatch(new RegExp(`In-Reply-To: ${root.messageId}`));
    expect(sent.raw.toString()).toMatch(new RegExp(`References: ${root.messageId}`));
    expect(box.fake.calls.find((call) => call.route === 'messages.send')).toBeDefined();
  });

  it('trash leaves a tombstone only where the tree needs it; edits and reactions are UNSUPPORTED', async () => {
    const root = box.deliver({ from: carol, subject: 'Bin', text: 'root' });
    const child = box.deliver({ from: carol, subject: 'Re: Bin', text: 'child', inReplyTo: root.messageId, references: [root.messageId] });
    const lone = box.deliver({ from: carol, subject: 'Lone', text: 'alone' });
    const tomb = await box.provider.deleteMessage(box.ana, root.id);
    expect(tomb.deletedAt).not.toBeNull();
    const [again, gone] = await box.provider.loadMessages([root.id, lone.id]);
    expect(again).toMatchObject({ id: root.id, text: '', hasChildren: true });
    expect(gone).toMatchObject({ id: lone.id });
    await box.provider.deleteMessage(box.ana, lone.id);
    expect(await box.provider.loadMessages([lone.id, child.id, 'zz:not'])).toEqual([null, expect.objectContaining({ parentId: root.id }), null]);
    await expect(box.provider.updateMessage(box.ana, child.id, { text: 'x', format: 'text' })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await expect(box.provider.addReaction()).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });

  it('read state: UNREAD label as flags and counts; marking read and unread', async () => {
    const mail = box.deliver({ from: carol, subject: 'Unread', text: 'u' });
    const readState = box.provider.readState;
    const [count] = await readState.loadChannelUnreadCounts(box.ana, ['INBOX']);
    expect(count).toBeGreaterThan(0);
    expect(await readState.loadUnreadFlags(box.ana, [mail.id])).toEqual([true]);
    await readState.markChannelRead(box.ana, 'INBOX', null);
    expect(await readState.loadChannelUnreadCounts(box.ana, ['INBOX'])).toEqual([0]);
    expect(await readState.loadUnreadFlags(box.ana, [mail.id])).toEqual([false]);
    await readState.markUnread(box.ana, mail.id);
    expect(await readState.loadUnreadFlags(box.ana, [mail.id])).toEqual([true]);
  });

  it('search goes through Gmail q; 429 userRateLimitExceeded answers RATE_LIMITED with retryAfterSeconds', async () => {
    const hit = box.deliver({ from: carol, subject: 'Quarterly numbers', text: 'the zebra report' });
    const result = await box.provider.search.searchMessages(box.ana, { query: 'zebra', channelId: null, authorId: null, createdAfter: null, createdBefore: null, limit: 10, offset: 0, contextSize: 0 });
    expect(result.hits.map((h) => h.message.id)).toEqual([hit.id]);
    expect(box.fake.calls.find((call) => call.route === 'messages.list')!.query).toContain('q=zebra');
    box.fake.inject('messages.list', { status: 429, reason: 'userRateLimitExceeded' });
    await expect(box.provider.listInbox(box.ana, { channelIds: null, authorIds: null, mentioningUserId: null, createdAfter: null, createdBefore: null }, { limit: 5, cursor: null })).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
    // The budget is paused: the next call fails fast without reaching Gmail.
    box.fake.resetCalls();
    await expect(box.provider.listInbox(box.ana, { channelIds: null, authorIds: null, mentioningUserId: null, createdAfter: null, createdBefore: null }, { limit: 5, cursor: null })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(box.fake.count()).toBe(0);
  });
});
