import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StagedUploadRuntime } from '../../../src/providers/kit/uploads/index.js';
import { composeMessage } from '../../../src/providers/kit/email/mime-compose.js';
import { mailContent, parseMime, type MimePart } from '../../../src/providers/kit/email/mime-parse.js';
import { createApiKey } from '../../../src/store/api-keys.js';
import { startFakeGmail, type FakeGmail } from '../../../testkit/fakes/gmail/index.js';
import { gmailServerSettings } from '../../../testkit/fakes/gmail/settings.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startLiveServer, type LiveServer } from '../../../testkit/subscriptions.js';
import { download, pdfBytes, uploaded } from '../kit/uploads/multipart.js';

/**
 * Outgoing Gmail attachments, end to end over a real port with the Gmail definition as the server runs it
 * (withStagedUploads, src/providers/kit/uploads/): files uploaded with uploadAttachment wait staged and
 * sealed in Switchboard; the send composes a multipart/mixed RFC 2822 message with them (base64 parts,
 * RFC 2231/2047 names) and sends it through Gmail's media upload endpoint with the real googleapis client,
 * once per idempotency key; the fake keeps the raw message, parsed back here part by part.
 */

const BeginInstall = graphql(`
  mutation GmailAttachInstall($input: BeginInstallInput!) {
    beginInstall(input: $input) { installUrl userErrors { code message } }
  }
`);

const Workspaces = graphql(`
  query GmailAttachWorkspaces {
    workspaces { id provider capabilities { attachmentUpload } channels(first: 50) { nodes { id name } } }
  }
`);

const Send = graphql(`
  mutation GmailAttachSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id subject attachments { id filename contentType sizeBytes url } }
      userErrors { code message field }
    }
  }
`);

const InboxMail = graphql(`
  query GmailAttachInbox($id: ID!) {
    node(id: $id) { ... on Channel { messages(first: 20) { nodes { id subject } } } }
  }
`);

const KEY = 'gmail-attachments-alice';
const MAILBOX = 'alice.files@example.com';
const BOB = 'bob.files@example.com';

function leaves(part: MimePart): MimePart[] {
  return part.parts.length ? part.parts.flatMap(leaves) : [part];
}

describe('Gmail mail with attachments, staged in Switchboard until sent', () => {
  let fake: FakeGmail;
  let live: LiveServer;
  let runtime: StagedUploadRuntime;
  let workspaceId: string;
  let inboxId: string;

  const db = () => live.testApp.started.services.database.db;
  const stagedRows = () => db().selectFrom('staged_uploads').selectAll().where('provider', '=', 'gmail').execute();
  const sentRaw = (subject: string) => [...fake.mailbox(MAILBOX).messages.values()].filter((message) => message.labelIds.has('SENT') && message.raw.toString('latin1').includes(`Subject: ${subject}\r\n`));
  const sendCalls = () => fake.calls.filter((call) => call.route === 'messages.send');

  beforeAll(async () => {
    fake = await startFakeGmail();
    fake.addMailbox(MAILBOX);
    fake.addMailbox(BOB);
    live = await startLiveServer('pglite', { connections: gmailServerSettings(fake) });
    const alice = await db().selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    await createApiKey(db(), alice.id, KEY, 'gmail attachments', ['read', 'write', 'admin']);
    // Connected as a person does it: /oauth/gmail/install → the fake's consent → /oauth/gmail/callback.
    const begun = await live.http(KEY, BeginInstall, { input: { provider: 'GMAIL', purpose: 'INSTALL' } });
    const app = live.testApp.app;
    const authorize = new URL((await app.fetch(begun.data!.beginInstall.installUrl!, { redirect: 'manual' })).headers.get('location')!);
    authorize.searchParams.set('login_hint', MAILBOX);
    const back = await fetch(authorize, { redirect: 'manual' });
    expect((await app.fetch(back.headers.get('location')!, { redirect: 'manual' })).status).toBe(200);
    runtime = live.testApp.started.services.registry.require('gmail').runtime as StagedUploadRuntime;
    const workspace = (await live.http(KEY, Workspaces)).data!.workspaces.find((candidate) => candidate.provider === 'GMAIL')!;
    expect(workspace.capabilities.attachmentUpload).toBe(true);
    workspaceId = workspace.id;
    inboxId = workspace.channels.nodes.find((channel) => channel.name === 'Inbox')!.id;
  }, 60_000);

  afterAll(async () => {
    await live?.close();
    await fake?.close();
  });

  it('sends the files as a multipart/mixed through the media upload, parsed back to the same names, types and bytes', async () => {
    const files = [
      { bytes: pdfBytes(150 * 1024), name: 'Rapport — été 2026 ‘final’ (v2) * 100% prêt pour la réunion.pdf', type: 'application/pdf' },
      { bytes: randomBytes(5 * 1024 * 1024 + 7), name: 'données brutes.csv', type: 'text/csv' },
    ];
    const staged = [];
    for (const file of files) staged.push(await uploaded(live, KEY, workspaceId, file));
    expect((await stagedRows()).every((row) => row.sealed.startsWith('sb-enc:v1:'))).toBe(true);

    fake.resetCalls();
    const sent = await live.mutate(KEY, Send, {
      input: { channelId: inboxId, subject: 'Q3 files', html: '<p>The <b>Q3</b> files.</p>', to: [BOB], attachmentIds: staged.map((file) => file.id), idempotencyKey: 'q3-files' },
    });
    // One send, through /upload/… (the message as media, not base64url JSON).
    expect(sendCalls().map((call) => call.path)).toEqual([`/upload/gmail/v1/users/me/messages/send`]);
    expect(sendCalls()[0].query).toContain('uploadType=multipart');

    // The raw message Gmail keeps, parsed back: text and HTML alternatives, then the files as they were.
    const [copy] = sentRaw('Q3 files');
    const root = parseMime(copy.raw);
    expect(root.mimeType).toBe('multipart/mixed');
    const content = mailContent(root);
    expect(content.html).toContain('<b>Q3</b>');
    expect(content.attachments.map((attachment) => [attachment.filename, attachment.contentType, attachment.size])).toEqual(files.map((file) => [file.name, file.type, file.bytes.length]));
    const parts = leaves(root).filter((part) => part.disposition === 'attachment');
    expect(parts.map((part, index) => Buffer.from(part.body!).equals(files[index].bytes))).toEqual([true, true]);
    expect(Math.max(...copy.raw.toString('latin1').split('\r\n').map((line) => line.length))).toBeLessThanOrEqual(998);
    // Bob got it with the files.
    const bobs = [...fake.mailbox(BOB).messages.values()].find((message) => message.raw.toString('latin1').includes('Subject: Q3 files'))!;
    expect(mailContent(parseMime(bobs.raw)).attachments.map((attachment) => attachment.filename)).toEqual(files.map((file) => file.name));

    // Switchboard lists them on the sent mail; their signed links serve the same bytes.
    const listed = sent.sendMessage.message!.attachments;
    expect(listed.map(({ filename, contentType, sizeBytes }) => ({ filename, contentType, sizeBytes }))).toEqual(files.map((file) => ({ filename: file.name, contentType: file.type, sizeBytes: file.bytes.length })));
    for (const [index, attachment] of listed.entries()) expect((await download(live, attachment.url)).bytes.equals(files[index].bytes)).toBe(true);

    // Sent: the staged files are gone; the same key again answers the same mail, sending nothing.
    expect(await stagedRows()).toEqual([]);
    fake.resetCalls();
    const again = await live.mutate(KEY, Send, {
      input: { channelId: inboxId, subject: 'Q3 files', html: '<p>The <b>Q3</b> files.</p>', to: [BOB], attachmentIds: staged.map((file) => file.id), idempotencyKey: 'q3-files' },
    });
    expect(again.sendMessage.message!.id).toBe(sent.sendMessage.message!.id);
    expect(sendCalls()).toEqual([]);
    expect(sentRaw('Q3 files')).toHaveLength(1);
  });

  it('a retry after a send whose answer was lost finds the mail by its Message-ID: sent once, staged file let go', async () => {
    const file = await uploaded(live, KEY, workspaceId, { bytes: pdfBytes(20_000), name: 'invoice.pdf', type: 'application/pdf' });
    // Gmail sends, then reading the sent mail back fails: the client does not know the mail left.
    fake.inject('threads.get', { status: 500 });
    const input = { channelId: inboxId, subject: 'Invoice', text: 'Attached.', to: [BOB], attachmentIds: [file.id], idempotencyKey: 'invoice-1' };
    const first = await live.http(KEY, Send, { input });
    expect(first.data?.sendMessage.message ?? null).toBeNull();
    expect(await stagedRows()).toHaveLength(1);
    await db().updateTable('idempotency_keys').set({ lease_expires_at: new Date(Date.now() - 1000) }).where('key', '=', 'invoice-1').execute();
    fake.resetCalls();
    const retry = await live.mutate(KEY, Send, { input });
    expect(retry.sendMessage.message!.attachments.map((attachment) => attachment.filename)).toEqual(['invoice.pdf']);
    expect(sendCalls()).toEqual([]);
    expect(sentRaw('Invoice')).toHaveLength(1);
    expect(await stagedRows()).toEqual([]);
  });

  it('sends a reply with a file in its parent\'s thread, with the threading headers', async () => {
    const parent = fake.deliver(
      MAILBOX,
      composeMessage({ from: { name: 'Carol', address: 'carol@partner.example' }, to: [{ name: null, address: MAILBOX }], subject: 'Price list', messageId: '<prices@partner.example>', text: 'Send the list?' }),
    );
    const inbox = await live.http(KEY, InboxMail, { id: inboxId });
    const parentId = (inbox.data!.node as { messages: { nodes: Array<{ id: string; subject: string | null }> } }).messages.nodes.find((node) => node.subject === 'Price list')!.id;
    const file = await uploaded(live, KEY, workspaceId, { bytes: pdfBytes(30_000), name: 'prices.pdf', type: 'application/pdf' });
    fake.resetCalls();
    await live.mutate(KEY, Send, { input: { channelId: inboxId, parentId, text: 'Here it is.', attachmentIds: [file.id] } });
    const [reply] = sentRaw('Re: Price list');
    expect(reply.threadId).toBe(parent.threadId);
    const root = parseMime(reply.raw);
    expect(root.headers.find((header) => header.name === 'In-Reply-To')?.value).toBe('<prices@partner.example>');
    expect(mailContent(root).attachments.map((attachment) => attachment.filename)).toEqual(['prices.pdf']);
    expect(sendCalls().map((call) => call.path)).toEqual(['/upload/gmail/v1/users/me/messages/send']);
    expect(await stagedRows()).toEqual([]);
  });

  it("refuses another account's upload id, and a mail over Gmail's 35 MB before sending it", async () => {
    const file = await uploaded(live, KEY, workspaceId, { bytes: pdfBytes(3_000), name: 'mine.pdf', type: 'application/pdf' });
    const bob = await db().selectFrom('accounts').select('id').where('email', '=', 'bob@acme.test').executeTakeFirstOrThrow();
    const provider = runtime.open(MAILBOX);
    fake.resetCalls();
    await expect(
      provider.sendMessage({ accountId: bob.id, userId: MAILBOX }, { channelId: 'INBOX', content: { text: 'x', format: 'text' }, parentId: null, alsoSendToChannel: false, attachmentIds: [file.id] }),
    ).rejects.toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'attachmentIds'] });
    expect(sendCalls()).toEqual([]);

    // Two files of 14 MiB: each fits, together they pass 35 MB once base64 in mail.
    const big = [];
    for (const name of ['a.bin', 'b.bin']) big.push(await uploaded(live, KEY, workspaceId, { bytes: randomBytes(14 * 1024 * 1024), name, type: 'application/octet-stream' }));
    const refused = await live.http(KEY, Send, { input: { channelId: inboxId, subject: 'Too big', text: 'x', to: [BOB], attachmentIds: big.map((entry) => entry.id) } });
    expect(refused.data!.sendMessage.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_ERROR', field: ['input', 'attachmentIds'], message: expect.stringContaining('Gmail takes at most 35 MiB') })]);
    expect(sendCalls()).toEqual([]);
    // Refused before anything left: the files stay staged for a smaller send.
    expect(await stagedRows()).toHaveLength(3);
  }, 180_000);
});
