import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openOutlookMailbox, type OutlookMailbox } from '../../../testkit/fakes/graph/outlook-fixture.js';
import { GraphRateBudget } from '../../../src/providers/kit/graph/rate-budget.js';
import { OUTLOOK_LIMITS } from '../../../src/providers/outlook/index.js';
import type { ProviderFile } from '../../../src/providers/provider.js';

/**
 * Attachment downloads (`attachmentContent`) stream Graph's `/$value` to the client: the fake sends a large
 * file in 64 KiB chunks and holds the rest after the first one (`holdDownloads`); the client has its first
 * bytes while the fake has not sent the rest, so the file was never whole in the provider. Failures keep
 * Graph's mapping and the mailbox's budget.
 */

async function readAll(body: ProviderFile['body']): Promise<Buffer> {
  return Buffer.from(await new Response(body as BodyInit).arrayBuffer());
}

describe('Outlook attachment downloads', () => {
  let box: OutlookMailbox;
  const carol = { name: 'Carol', address: 'carol@partner.example' };

  beforeAll(async () => {
    box = await openOutlookMailbox();
  });
  afterAll(async () => box.close());
  beforeEach(() => {
    box.fake.resetCalls();
    box.fake.clearFaults();
  });

  function mailWith(bytes: Buffer, name = 'report.bin') {
    const mail = box.fake.mail.deliver(box.ana.id, { from: carol, to: [{ address: box.ana.mail }], subject: name, attachments: [{ name, contentType: 'application/octet-stream', contentBytes: bytes.toString('base64') }] });
    const [attachment] = box.fake.mail.mailbox(box.ana.id).attachments.get(mail.id)!;
    return { mail, attachment, id: `${mail.id}/${attachment.id}` };
  }

  it('streams a large file: the first bytes arrive while Graph has not sent the rest', async () => {
    const bytes = randomBytes(4 * 1024 * 1024);
    const { id } = mailWith(bytes);
    const before = { ...box.fake.mail.downloads };
    const release = box.fake.mail.holdDownloads();
    const file = (await box.provider.attachmentContent(id))!;
    expect(file).toMatchObject({ filename: 'report.bin', contentType: 'application/octet-stream', sizeBytes: bytes.length });
    expect(file.body).toBeInstanceOf(ReadableStream);
    const reader = (file.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // (Buffer.equals: a deep toEqual of megabytes is slow.)
    expect(Buffer.from(first.value!).equals(bytes.subarray(0, first.value!.byteLength))).toBe(true);
    // The fake is still holding everything after its first 64 KiB chunk.
    expect(box.fake.mail.downloads.sentBytes - before.sentBytes).toBe(box.fake.mail.downloadChunkBytes);
    expect(box.fake.mail.downloads.completed).toBe(before.completed);
    release();
    const rest: Uint8Array[] = [first.value!];
    for (let next = await reader.read(); !next.done; next = await reader.read()) rest.push(next.value);
    expect(Buffer.concat(rest).equals(bytes)).toBe(true);
    expect(box.fake.mail.downloads.completed).toBe(before.completed + 1);
    // The attachment's name and type without its bytes, then the bytes raw: never `contentBytes`.
    expect(box.fake.countByRoute()).toMatchObject({ 'mail.attachment.get': 1, 'mail.attachment.value': 1 });
    expect(box.fake.calls.find((call) => call.route === 'mail.attachment.get')!.query).toContain('$select=');
  });

  it('answers null for a mail or attachment that is gone, and Graph refusing the mailbox', async () => {
    const { mail, attachment } = mailWith(Buffer.from('small'));
    expect(await box.provider.attachmentContent(`${mail.id}/AAMkADnope=`)).toBeNull();
    expect(await box.provider.attachmentContent(`AAMkADnope=/${attachment.id}`)).toBeNull();
    expect(await box.provider.attachmentContent('not-an-id')).toBeNull();
    // Gone between the two reads: the `$value` 404 is NOT_FOUND, served as "not found".
    box.fake.inject('mail.attachment.value', { status: 404, code: 'ErrorItemNotFound' });
    expect(await box.provider.attachmentContent(`${mail.id}/${attachment.id}`)).toBeNull();
    box.fake.inject('mail.attachment.value', { status: 403, code: 'ErrorAccessDenied' });
    expect(await box.provider.attachmentContent(`${mail.id}/${attachment.id}`)).toBeNull();
    const file = (await box.provider.attachmentContent(`${mail.id}/${attachment.id}`))!;
    expect((await readAll(file.body)).toString()).toBe('small');
  });

  it('maps throttling and failures of the stream with their codes, pausing the budget', async () => {
    // A budget of its own: Graph's Retry-After pauses it.
    const provider = box.reopen({ budget: new GraphRateBudget({ provider: 'outlook', limits: OUTLOOK_LIMITS }) });
    const { id } = mailWith(Buffer.from('bytes'));
    box.fake.inject('mail.attachment.value', { throttle: 7 });
    await expect(provider.attachmentContent(id)).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 7 });
    // The budget is paused for Graph's Retry-After: the next download is refused before Graph is asked.
    box.fake.resetCalls();
    await expect(provider.attachmentContent(id)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(box.fake.count('mail.attachment.value')).toBe(0);
  });

  it('retries a read on Graph 5xx before the body starts, and reports PROVIDER_ERROR after', async () => {
    const provider = box.reopen({ readRetries: 1, retryDelayMs: 0, budget: new GraphRateBudget({ provider: 'outlook', limits: OUTLOOK_LIMITS }) });
    const { id } = mailWith(Buffer.from('retry me'));
    box.fake.inject('mail.attachment.value', { status: 500 });
    expect((await readAll((await provider.attachmentContent(id))!.body)).toString()).toBe('retry me');
    expect(box.fake.count('mail.attachment.value')).toBe(2);
    box.fake.inject('mail.attachment.value', { status: 502 }, 2);
    await expect(provider.attachmentContent(id)).rejects.toMatchObject({ code: 'PROVIDER_ERROR', message: expect.stringContaining('mail.attachment.value') });
  });

  it('serves no bytes for an item attachment (an attached mail)', async () => {
    const mail = box.fake.mail.deliver(box.ana.id, { from: carol, subject: 'Fwd', attachments: [{ name: 'Original', '@odata.type': '#microsoft.graph.itemAttachment', item: { subject: 'Original' } }] });
    const [attachment] = box.fake.mail.mailbox(box.ana.id).attachments.get(mail.id)!;
    expect(await box.provider.attachmentContent(`${mail.id}/${attachment.id}`)).toBeNull();
    expect(box.fake.count('mail.attachment.value')).toBe(0);
  });
});
