import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGED_FOLDER, type StagedUploadRuntime } from '../../../src/providers/kit/uploads/index.js';
import { INLINE_ATTACHMENT_MAX_BYTES, UPLOAD_RANGE_BYTES } from '../../../src/providers/outlook/outgoing-attachments.js';
import { startFakeGraph, type FakeGraph, type FakeGraphUser } from '../../../testkit/fakes/graph/index.js';
import { outlookServerSettings } from '../../../testkit/fakes/graph/outlook-fixture.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startLiveServer, type LiveServer } from '../../../testkit/subscriptions.js';
import { download, pdfBytes, uploaded, uploadFile } from '../kit/uploads/multipart.js';

/**
 * Outgoing Outlook attachments, end to end over a real port with the Outlook definition as the server runs it
 * (withStagedUploads, src/providers/kit/uploads/): a file uploaded with uploadAttachment waits staged and
 * sealed in Switchboard, then the send puts it on the draft (inline up to 3 MB, through an upload session
 * with ranged PUTs above) before Graph sends it, once per idempotency key, and the staged file is gone.
 * The real Graph SDK talks to the fake Graph throughout; the sent mail is read back from the fake and
 * through Switchboard's signed links.
 */

const Workspaces = graphql(`
  query OutlookAttachWorkspaces {
    workspaces { id provider capabilities { attachmentUpload } channels(first: 50) { nodes { id name } } }
  }
`);

const Send = graphql(`
  mutation OutlookAttachSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id subject attachments { id filename contentType sizeBytes url } }
      userErrors { code message field }
    }
  }
`);

const AttachmentNode = graphql(`
  query OutlookAttachNode($id: ID!) {
    node(id: $id) { ... on Attachment { id filename sizeBytes url } }
  }
`);

const MessageAttachments = graphql(`
  query OutlookAttachMessage($id: ID!) {
    node(id: $id) { ... on Message { attachments { filename contentType sizeBytes url } } }
  }
`);

describe('Outlook mail with attachments, staged in Switchboard until sent', () => {
  let fake: FakeGraph;
  let live: LiveServer;
  let alice: FakeGraphUser;
  let bob: FakeGraphUser;
  let support: { id: string; address: string };
  let workspaceId: string;
  let inboxId: string;
  let runtime: StagedUploadRuntime;

  const db = () => live.testApp.started.services.database.db;
  const stagedRows = () => db().selectFrom('staged_uploads').selectAll().where('provider', '=', 'outlook').execute();
  const sentItems = () => {
    const box = fake.mail.mailbox(support.id);
    const folder = fake.mail.folder(box, 'sentitems').id;
    return [...box.messages.values()].filter((message) => message.parentFolderId === folder);
  };
  const attachmentsOf = (ownerId: string, messageId: string) => fake.mail.mailbox(ownerId).attachments.get(messageId) ?? [];
  const calls = (route: string) => fake.calls.filter((call) => call.route === route);
  const stagedFiles = async () => {
    const dir = join(live.testApp.started.services.files.store.dir, STAGED_FOLDER);
    const folders = await readdir(dir).catch(() => [] as string[]);
    return (await Promise.all(folders.map(async (folder) => (await readdir(join(dir, folder))).map((name) => join(dir, folder, name))))).flat();
  };

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Acme' });
    const { tenant } = fake;
    const app = tenant.addApp();
    alice = tenant.addUser('Alice Chen', { mailNickname: 'alice' });
    bob = tenant.addUser('Bob Martinez', { mailNickname: 'bob' });
    fake.mail.mailbox(alice.id);
    fake.mail.mailbox(bob.id);
    // A shared mailbox both Alice and Bob open: one mailbox user, two accounts, so only the account tells
    // whose upload a file is.
    const box = fake.mail.addSharedMailbox('Support', [alice.id, bob.id]);
    support = { id: box.ownerId, address: box.address };
    live = await startLiveServer('pglite', { connections: outlookServerSettings(fake, app) });
    const services = live.testApp.started.services;
    const { store } = services.connections;
    await store.save(
      {
        provider: 'outlook',
        workspaceId: support.id,
        name: `Support <${support.address}>`,
        webUrl: 'https://outlook.office.com/mail/',
        appId: tenant.tenantId,
        botUserId: support.address,
        // Reads outside a request (downloads through signed links) act as the mailbox itself.
        credentials: { accessToken: 'unused', expiresAt: new Date(0), refreshToken: tenant.issueRefreshToken(app.clientId, support.id, ['Mail.ReadWrite']).token, webhookSecret: 'client-state' },
        eventDelivery: 'POLL',
      },
      null,
    );
    for (const [email, person] of [['alice@acme.test', alice], ['bob@acme.test', bob]] as const) {
      const account = await services.database.db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow();
      const token = tenant.issueRefreshToken(app.clientId, person.id, ['Mail.ReadWrite.Shared', 'Mail.Send.Shared']).token;
      await store.link({ provider: 'outlook', workspaceId: support.id, accountId: account.id, externalUserId: person.id, userToken: token, linkedVia: 'OAUTH' });
    }
    services.connections.changed({ provider: 'outlook', workspaceId: support.id });
    runtime = services.registry.require('outlook').runtime as StagedUploadRuntime;
    const workspaces = await live.http('demo-alice', Workspaces);
    const workspace = workspaces.data!.workspaces.find((candidate) => candidate.provider === 'OUTLOOK')!;
    expect(workspace.capabilities.attachmentUpload).toBe(true);
    workspaceId = workspace.id;
    inboxId = workspace.channels.nodes.find((channel) => channel.name === 'Inbox')!.id;
  }, 60_000);

  afterAll(async () => {
    await live?.close();
    await fake?.close();
  });

  it('stages uploads sealed, visible to their uploader only, then sends them inline and through an upload session', async () => {
    const small = { bytes: pdfBytes(200 * 1024), name: 'Brief ü.pdf', type: 'application/pdf' };
    const large = { bytes: randomBytes(INLINE_ATTACHMENT_MAX_BYTES + UPLOAD_RANGE_BYTES + 12_345), name: 'dataset.csv', type: 'text/csv' };
    const smallUpload = await uploaded(live, 'demo-alice', workspaceId, small);
    const largeUpload = await uploaded(live, 'demo-alice', workspaceId, large);
    expect(smallUpload).toMatchObject({ filename: 'Brief ü.pdf', contentType: 'application/pdf', sizeBytes: small.bytes.length });

    // At rest: the key and name sealed in the row, the bytes encrypted in the staged folder.
    const rows = await stagedRows();
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.sealed.startsWith('sb-enc:v1:') && !row.sealed.includes('Brief'))).toBe(true);
    const files = await stagedFiles();
    expect(files).toHaveLength(2);
    for (const path of files) {
      const stored = await readFile(path);
      expect(stored.includes(small.bytes.subarray(100, 164))).toBe(false);
      expect(stored.includes(large.bytes.subarray(100, 164))).toBe(false);
    }
    // The uploader sees it, and its signed link serves the bytes; Bob, on the same mailbox, sees nothing.
    const seen = await live.http('demo-alice', AttachmentNode, { id: smallUpload.id });
    expect(seen.data!.node).toMatchObject({ id: smallUpload.id, filename: 'Brief ü.pdf' });
    expect((await download(live, (seen.data!.node as { url: string }).url)).bytes.equals(small.bytes)).toBe(true);
    expect((await live.http('demo-bob', AttachmentNode, { id: smallUpload.id })).data!.node).toBeNull();

    fake.calls.length = 0;
    const sent = await live.mutate('demo-alice', Send, {
      input: { channelId: inboxId, subject: 'Figures', text: 'Both files attached.', to: [alice.mail], attachmentIds: [smallUpload.id, largeUpload.id], idempotencyKey: 'figures-1' },
    });
    const message = sent.sendMessage.message!;
    expect(message.attachments.map(({ filename, contentType, sizeBytes }) => ({ filename, contentType, sizeBytes }))).toEqual([
      { filename: 'Brief ü.pdf', contentType: 'application/pdf', sizeBytes: small.bytes.length },
      { filename: 'dataset.csv', contentType: 'text/csv', sizeBytes: large.bytes.length },
    ]);
    // Graph saw: one draft, one inline attachment, one upload session filled by ranged PUTs in order, one send.
    expect(calls('mail.message.create')).toHaveLength(1);
    expect(calls('mail.attachment.add')).toHaveLength(1);
    expect(calls('mail.attachment.uploadSession')).toHaveLength(1);
    const puts = calls('mail.upload.put');
    expect(puts.map((call) => call.status)).toEqual([200, 201]);
    expect(puts.every((call) => call.userId === null)).toBe(true);
    expect(calls('mail.message.send')).toHaveLength(1);

    // The fake holds the same bytes, in the mailbox's Sent Items and in the recipient's copy.
    const [copy] = sentItems().filter((candidate) => candidate.subject === 'Figures');
    for (const attachments of [attachmentsOf(support.id, copy.id), attachmentsOf(alice.id, [...fake.mail.mailbox(alice.id).messages.values()].find((candidate) => candidate.subject === 'Figures')!.id)]) {
      expect(attachments.map((attachment) => [attachment.name, Buffer.from(attachment.contentBytes ?? '', 'base64').equals(attachment.name === 'dataset.csv' ? large.bytes : small.bytes)])).toEqual([
        ['Brief ü.pdf', true],
        ['dataset.csv', true],
      ]);
    }
    // Read back through Switchboard, downloaded through its signed links.
    const readBack = await live.http('demo-alice', MessageAttachments, { id: message.id });
    const listed = (readBack.data!.node as { attachments: Array<{ filename: string; url: string }> }).attachments;
    expect((await download(live, listed.find((entry) => entry.filename === 'dataset.csv')!.url)).bytes.equals(large.bytes)).toBe(true);
    expect((await download(live, listed.find((entry) => entry.filename === 'Brief ü.pdf')!.url)).bytes.equals(small.bytes)).toBe(true);

    // Sent: nothing of the files stays in Switchboard, and the upload ids are gone.
    expect(await stagedRows()).toEqual([]);
    expect(await stagedFiles()).toEqual([]);
    expect((await live.http('demo-alice', AttachmentNode, { id: smallUpload.id })).data!.node).toBeNull();

    // The same key again answers the same mail without sending anything.
    fake.calls.length = 0;
    const again = await live.mutate('demo-alice', Send, {
      input: { channelId: inboxId, subject: 'Figures', text: 'Both files attached.', to: [alice.mail], attachmentIds: [smallUpload.id, largeUpload.id], idempotencyKey: 'figures-1' },
    });
    expect(again.sendMessage.message!.id).toBe(message.id);
    expect(calls('mail.message.send')).toHaveLength(0);
    expect(sentItems().filter((candidate) => candidate.subject === 'Figures')).toHaveLength(1);
  });

  it('a retry after a send whose answer was lost finds the sent mail by its idempotency header: sent once, staged file let go', async () => {
    const file = await uploaded(live, 'demo-alice', workspaceId, { bytes: pdfBytes(10_000), name: 'contract.pdf', type: 'application/pdf' });
    // Graph sends, then the read-back fails: the send's outcome is unknown to the client, which retries.
    fake.inject('mail.message.get', { status: 500 }, 3); // reads are tried three times
    const input = { channelId: inboxId, subject: 'Contract', text: 'Signed copy.', to: [alice.mail], attachmentIds: [file.id], idempotencyKey: 'contract-1' };
    const first = await live.http('demo-alice', Send, { input });
    expect(first.data?.sendMessage.message ?? null).toBeNull();
    expect(await stagedRows()).toHaveLength(1);
    // The first attempt's lease runs out (its process is gone); the retry asks Graph before sending again.
    await db().updateTable('idempotency_keys').set({ lease_expires_at: new Date(Date.now() - 1000) }).where('key', '=', 'contract-1').execute();
    fake.calls.length = 0;
    const retry = await live.mutate('demo-alice', Send, { input });
    expect(retry.sendMessage.message!.attachments.map((attachment) => attachment.filename)).toEqual(['contract.pdf']);
    expect(calls('mail.message.send')).toHaveLength(0);
    expect(sentItems().filter((candidate) => candidate.subject === 'Contract')).toHaveLength(1);
    expect(await stagedRows()).toEqual([]);
    expect(await stagedFiles()).toEqual([]);
  });

  it('refuses an upload of another account, even on the same mailbox, and sends nothing', async () => {
    const bobs = await uploaded(live, 'demo-bob', workspaceId, { bytes: pdfBytes(5_000), name: 'bobs.pdf', type: 'application/pdf' });
    fake.calls.length = 0;
    const refused = await live.http('demo-alice', Send, { input: { channelId: inboxId, subject: 'Not mine', text: 'x', to: [alice.mail], attachmentIds: [bobs.id] } });
    expect(refused.data!.sendMessage.userErrors).toEqual([
      expect.objectContaining({ code: 'VALIDATION_ERROR', field: ['input', 'attachmentIds'], message: expect.stringContaining('every attachment must be one you uploaded') }),
    ]);
    expect(calls('mail.message.create')).toHaveLength(0);
    // Bob's own send with it works, as a reply (createReply keeps the thread) with the file inline.
    const root = fake.mail.deliver(support.id, { from: { name: 'Carol', address: 'carol@partner.example' }, to: [{ address: support.address }], subject: 'Quote', body: '<p>Quote?</p>' });
    const rootId = (await live.http('demo-bob', graphql(`query OutlookAttachInbox($id: ID!) { node(id: $id) { ... on Channel { messages(first: 5) { nodes { id subject } } } } }`), { id: inboxId })).data!;
    const parent = (rootId.node as { messages: { nodes: Array<{ id: string; subject: string | null }> } }).messages.nodes.find((node) => node.subject === root.subject)!;
    const reply = await live.mutate('demo-bob', Send, { input: { channelId: inboxId, parentId: parent.id, text: 'Attached.', attachmentIds: [bobs.id] } });
    expect(reply.sendMessage.message!.attachments.map((attachment) => attachment.filename)).toEqual(['bobs.pdf']);
    const [sentReply] = sentItems().filter((candidate) => /quote/i.test(candidate.subject ?? '') && candidate.id !== root.id);
    expect(attachmentsOf(support.id, sentReply.id).map((attachment) => attachment.name)).toEqual(['bobs.pdf']);
    expect(await stagedRows()).toEqual([]);
  });

  it('removes a draft whose upload failed, keeping the files staged for the retry', async () => {
    const big = await uploaded(live, 'demo-alice', workspaceId, { bytes: randomBytes(INLINE_ATTACHMENT_MAX_BYTES + 1_000), name: 'big.bin', type: 'application/octet-stream' });
    fake.inject('mail.upload.put', { status: 500 });
    const input = { channelId: inboxId, subject: 'Big one', text: 'Large file.', to: [alice.mail], attachmentIds: [big.id] };
    const failed = await live.http('demo-alice', Send, { input });
    expect(failed.data?.sendMessage.message ?? null).toBeNull();
    const box = fake.mail.mailbox(support.id);
    const drafts = fake.mail.folder(box, 'drafts').id;
    expect([...box.messages.values()].filter((message) => message.subject === 'Big one' && message.parentFolderId === drafts)).toEqual([]);
    expect(await stagedRows()).toHaveLength(1);
    const retry = await live.mutate('demo-alice', Send, { input });
    expect(retry.sendMessage.message!.attachments.map((attachment) => [attachment.filename, attachment.sizeBytes])).toEqual([['big.bin', INLINE_ATTACHMENT_MAX_BYTES + 1_000]]);
    expect(sentItems().filter((message) => message.subject === 'Big one')).toHaveLength(1);
    expect(await stagedRows()).toEqual([]);
  });

  it('expires files never sent, with their bytes', async () => {
    await uploaded(live, 'demo-alice', workspaceId, { bytes: pdfBytes(4_000), name: 'draft.pdf', type: 'application/pdf' });
    expect(await runtime.stagedUploads.sweep(new Date())).toEqual({ expired: 0, orphans: 0 });
    expect(await runtime.stagedUploads.sweep(new Date(Date.now() + 25 * 3_600_000))).toEqual({ expired: 1, orphans: 0 });
    expect(await stagedRows()).toEqual([]);
    expect(await stagedFiles()).toEqual([]);
  });

  it('refuses an empty file and an executable as built-in uploads do', async () => {
    const empty = await uploadFile(live, 'demo-alice', workspaceId, { bytes: new Uint8Array(0), name: 'empty.txt', type: 'text/plain' });
    expect(empty.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_ERROR', field: ['input', 'file'] })]);
    const program = await uploadFile(live, 'demo-alice', workspaceId, { bytes: Buffer.from('MZ\u0090\u0000rest'), name: 'tool.exe', type: 'application/octet-stream' });
    expect(program.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_ERROR' })]);
    expect(await stagedRows()).toEqual([]);
  });
});
