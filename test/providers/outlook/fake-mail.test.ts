import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphCall } from '../../../src/providers/kit/graph/client.js';
import { openOutlookMailbox, type OutlookMailbox } from '../../../testkit/fakes/graph/outlook-fixture.js';

/**
 * The fake Graph's mail, through the real SDK (the provider's GraphApi): OData on messages ($top bounds,
 * $filter/$orderby and InefficientFilter, $search quoting, $skip nextLinks), `$batch` of mail calls,
 * injected faults, createReply/send headers, and upload sessions for large attachments.
 */
describe('fake Graph mail', () => {
  let box: OutlookMailbox;
  const get = (path: string): GraphCall => ({ operation: 'test', method: 'GET', path, cost: { kind: 'mail' } });
  const post = (path: string, body: unknown): GraphCall => ({ operation: 'test', method: 'POST', path, body, cost: { kind: 'mail' }, write: true });
  const call = <T>(graphCall: GraphCall) => box.provider.connection.call<T>(box.provider.connection.readPrincipal, graphCall);
  let base: string;

  beforeAll(async () => {
    box = await openOutlookMailbox();
    base = `/users/${box.ana.id}`;
    for (let n = 0; n < 12; n++) box.fake.mail.deliver(box.ana.id, { from: { address: `p${n % 3}@partner.example` }, to: [{ address: box.ana.mail }], subject: `Item ${n}`, body: n === 4 ? 'the quarterly budget' : `body ${n}` });
  });
  afterAll(async () => box.close());
  beforeEach(() => {
    box.fake.resetCalls();
    box.fake.clearFaults();
  });

  it('pages messages newest first with $skip nextLinks and bounds $top to 1..1000', async () => {
    const first = await call<{ value: Array<{ subject: string }>; '@odata.nextLink'?: string }>(get(`${base}/mailFolders/inbox/messages?$top=5&$select=subject`));
    expect(first.value.map((message) => message.subject)).toEqual(['Item 11', 'Item 10', 'Item 9', 'Item 8', 'Item 7']);
    expect(first['@odata.nextLink']).toContain('$skip=5');
    const second = await call<{ value: Array<{ subject: string }> }>(get(first['@odata.nextLink']!));
    expect(second.value[0].subject).toBe('Item 6');
    await expect(call(get(`${base}/messages?$top=1001`))).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
  });

  it('answers InefficientFilter when $orderby is not first in $filter, and refuses $search with $filter', async () => {
    await expect(call(get(`${base}/messages?$filter=${encodeURIComponent("isRead eq false and receivedDateTime ge 2000-01-01T00:00:00Z")}&$orderby=receivedDateTime%20desc`))).rejects.toThrow(/InefficientFilter/);
    await expect(call(get(`${base}/messages?$search=${encodeURIComponent('"budget"')}&$filter=isRead%20eq%20false`))).rejects.toThrow(/400/);
    await expect(call(get(`${base}/messages?$search=budget`))).rejects.toThrow(/400/);
    const found = await call<{ value: Array<{ subject: string }> }>(get(`${base}/messages?$search=${encodeURIComponent('"budget from:p1"')}`));
    expect(found.value.map((message) => message.subject)).toEqual(['Item 4']);
  });

  it('runs mail calls in $batch and injects faults inside it', async () => {
    box.fake.inject('mail.folder.get', { status: 503, code: 'ServiceUnavailable' });
    const [failed, inbox] = await box.provider.connection.batch(box.provider.connection.readPrincipal, [get(`${base}/mailFolders/sentitems`), get(`${base}/mailFolders/inbox`)]);
    expect(failed).toBeInstanceOf(Error);
    expect(inbox).toMatchObject({ displayName: 'Inbox', totalItemCount: 12, unreadItemCount: 12 });
    expect(box.fake.httpRequests()).toBe(1);
  });

  it('createReply makes a draft with In-Reply-To and References; send moves it to Sent Items and delivers it', async () => {
    const original = box.fake.mail.deliver(box.ana.id, { from: { address: box.bob.mail }, to: [{ address: box.ana.mail }], subject: 'Ping', references: ['<older@x>'] });
    const draft = await call<{ id: string; subject: string; isDraft: boolean; toRecipients: Array<{ emailAddress: { address: string } }> }>(post(`${base}/messages/${original.id}/createReply`, { comment: 'pong' }));
    expect(draft).toMatchObject({ subject: 'RE: Ping', isDraft: true, toRecipients: [{ emailAddress: { address: box.bob.mail.toLowerCase() } }] });
    await call(post(`${base}/messages/${draft.id}/send`, {}));
    const stored = box.fake.mail.mailbox(box.ana.id).messages.get(draft.id)!;
    expect(stored.internetMessageHeaders).toEqual(expect.arrayContaining([{ name: 'In-Reply-To', value: original.internetMessageId }, { name: 'References', value: `<older@x> ${original.internetMessageId}` }]));
    const bobs = [...box.fake.mail.mailbox(box.bob.id).messages.values()].find((message) => message.internetMessageId === stored.internetMessageId);
    expect(bobs?.parentFolderId).toBe(box.fake.mail.folder(box.fake.mail.mailbox(box.bob.id), 'inbox').id);
    await expect(call(post(`${base}/messages/${original.id}/reply`, { comment: 'x', message: { body: { content: 'y' } } }))).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
  });

  it('uploads a large attachment through an upload session, in ranges, to a draft', async () => {
    const draft = await call<{ id: string }>(post(`${base}/messages`, { subject: 'Big file', toRecipients: [{ emailAddress: { address: box.bob.mail } }] }));
    const bytes = Buffer.alloc(5 * 1024 * 1024, 7);
    await expect(call(post(`${base}/messages/${draft.id}/attachments`, { '@odata.type': '#microsoft.graph.fileAttachment', name: 'big.bin', contentBytes: bytes.toString('base64') }))).rejects.toThrow(/413/);
    const session = await call<{ uploadUrl: string; nextExpectedRanges: string[] }>(post(`${base}/messages/${draft.id}/attachments/createUploadSession`, { AttachmentItem: { attachmentType: 'file', name: 'big.bin', size: bytes.length } }));
    expect(session.nextExpectedRanges).toEqual(['0-']);
    const put = (start: number, end: number) =>
      box.provider.connection.transport.send({ url: session.uploadUrl, method: 'PUT', headers: new Headers({ 'content-range': `bytes ${start}-${end - 1}/${bytes.length}`, 'content-type': 'application/octet-stream' }), body: new Uint8Array(bytes.subarray(start, end)) });
    const half = bytes.length / 2;
    const firstPart = await put(0, half);
    expect(firstPart.status).toBe(200);
    expect(await firstPart.json()).toEqual({ nextExpectedRanges: [`${half}-`] });
    expect((await put(0, 10)).status).toBe(400);
    expect((await put(half, bytes.length)).status).toBe(201);
    const attachments = box.fake.mail.mailbox(box.ana.id).attachments.get(draft.id)!;
    expect(attachments.map((attachment) => [attachment.name, attachment.size])).toEqual([['big.bin', bytes.length]]);
    expect(box.fake.count('mail.upload.put')).toBe(3);
  });

  // Last: a throttled answer pauses the mailbox's budget for its Retry-After (nothing more is sent until then).
  it('a 429 with Retry-After answers RATE_LIMITED and pauses the budget', async () => {
    box.fake.inject('mail.messages.list', { throttle: 7 });
    await expect(call(get(`${base}/messages?$top=1`))).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 7 });
    await expect(call(get(`${base}/messages?$top=1`))).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(box.fake.count('mail.messages.list')).toBe(1);
  });
});
