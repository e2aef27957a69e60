import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { listen, type RunningServer } from '../../src/http/listen.js';
import { decodeGlobalId, encodeGlobalId } from '../../src/providers/ids.js';
import { createApiKey } from '../../src/store/api-keys.js';
import { graphql } from '../../testkit/gql/index.js';
import { STORES, type StoreKind } from '../../testkit/databases.js';
import { startLiveServer, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Uploads (the GraphQL multipart request spec, as real multipart HTTP requests made with fetch + FormData),
 * signed download links, the size and type rules, attaching uploads to messages and who may see them, on
 * PGlite and PostgreSQL.
 */

const Upload = graphql(`
  mutation AttachmentsUpload($input: UploadAttachmentInput!) {
    uploadAttachment(input: $input) {
      attachment { id filename contentType sizeBytes url createdAt }
      userErrors { code message field }
    }
  }
`);

const Send = graphql(`
  mutation AttachmentsSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id attachments { id filename contentType sizeBytes url } }
      userErrors { code message field }
    }
  }
`);

const Delete = graphql(`
  mutation AttachmentsDelete($input: DeleteMessageInput!) {
    deleteMessage(input: $input) {
      deletedMessageId
      userErrors { code message }
    }
  }
`);

const Node = graphql(`
  query AttachmentsNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on Attachment { id filename sizeBytes url }
    }
  }
`);

const ReadMessage = graphql(`
  query AttachmentsReadMessage($id: ID!) {
    message(id: $id) { id attachments { id filename contentType sizeBytes url } }
  }
`);

const Capabilities = graphql(`
  query AttachmentsCapabilities {
    workspaces { name capabilities { attachmentUpload } }
  }
`);

interface UploadedFile {
  bytes: Uint8Array;
  name: string;
  type: string;
}

interface UploadResponse {
  status: number;
  data?: { uploadAttachment: { attachment: { id: string; filename: string; contentType: string; sizeBytes: number; url: string } | null; userErrors: Array<{ code: string; message: string; field: string[] | null }> } };
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const MIB = 1024 * 1024;
/** The upload limit of the second server these tests start. */
const SMALL_LIMIT = 64 * 1024;

function pdfBytes(size: number): Uint8Array {
  const bytes = randomBytes(size);
  bytes.set(Buffer.from('%PDF-1.4\n'), 0);
  return bytes;
}

describe.each(STORES)('attachments on %s', (kind: StoreKind) => {
  let live: LiveServer;
  /** Same services, an upload limit of 64 KiB. */
  let small: RunningServer;

  beforeAll(async () => {
    live = await startLiveServer(kind);
    const services = live.testApp.started.services;
    const limited = { ...services, files: services.files.withMaxBytes(SMALL_LIMIT) };
    small = await listen(createApp(limited), limited, 0, '127.0.0.1');
  });

  afterAll(async () => {
    await small?.close();
    await live?.close();
  });

  /** One multipart upload request, as the GraphQL multipart request spec has it (operations, map, file). */
  async function upload(key: string, file: UploadedFile, options: { workspaceId?: string | null; port?: number } = {}): Promise<UploadResponse> {
    const form = new FormData();
    const workspaceId = options.workspaceId === undefined ? live.directory.acmeId : options.workspaceId;
    form.set('operations', JSON.stringify({ query: print(Upload), variables: { input: { file: null, workspaceId } } }));
    form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.set('0', new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
    const response = await fetch(`http://127.0.0.1:${options.port ?? live.port}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
      body: form,
    });
    return { status: response.status, ...((await response.json()) as Omit<UploadResponse, 'status'>) };
  }

  async function uploaded(key: string, file: UploadedFile, workspaceId?: string | null) {
    const result = await upload(key, file, { workspaceId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.uploadAttachment.userErrors).toEqual([]);
    return result.data!.uploadAttachment.attachment!;
  }

  /** Follows a link handed out for PUBLIC_URL (http://switchboard.test) on the listening port. */
  function download(link: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(link);
    return fetch(`http://127.0.0.1:${live.port}${url.pathname}${url.search}`, init);
  }

  it('uploads a 3 MiB file in one multipart request, past the 1 MiB JSON limit, and downloads the same bytes from its signed link', async () => {
    const bytes = pdfBytes(3 * MIB);
    const before = Math.floor(Date.now() / 1000);
    const attachment = await uploaded('demo-bob', { bytes, name: 'Q3 report.pdf', type: 'application/pdf' });
    expect(attachment).toMatchObject({ filename: 'Q3 report.pdf', contentType: 'application/pdf', sizeBytes: 3 * MIB });
    const link = new URL(attachment.url);
    const fileId = link.pathname.split('/')[2];
    expect(attachment.url).toMatch(/^http:\/\/switchboard\.test\/files\/[0-9a-f-]{36}\/download\?exp=\d+&sig=[A-Za-z0-9_-]{43}$/);
    const exp = Number(link.searchParams.get('exp'));
    expect(exp).toBeGreaterThanOrEqual(before + 3600);
    expect(exp).toBeLessThanOrEqual(before + 3600 + 300 + 5);

    const response = await download(attachment.url);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(3 * MIB),
      'content-disposition': `attachment; filename="Q3 report.pdf"; filename*=UTF-8''Q3%20report.pdf`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);

    // On disk under <files>/<workspace>/<uuid>: nothing the uploader chose is in the path.
    const { db } = live.testApp.started.services.database;
    const row = await db.selectFrom('attachments').select(['storage_key', 'workspace_id']).where('id', '=', fileId).executeTakeFirstOrThrow();
    expect(row.storage_key).toMatch(new RegExp(`^${row.workspace_id}/[0-9a-f-]{36}$`));
    const path = join(live.testApp.started.services.files.store.dir, row.storage_key!);
    expect(readFileSync(path).equals(Buffer.from(bytes))).toBe(true);
    expect(path).not.toMatch(/report/i);

    const capabilities = await live.http('demo-bob', Capabilities);
    expect(capabilities.data?.workspaces).toEqual([{ name: 'Acme', capabilities: { attachmentUpload: true } }]);
  });

  it('still refuses a plain JSON request over 1 MiB with 413', async () => {
    const response = await fetch(live.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-bob' },
      body: JSON.stringify({ query: '{ viewer { name } }', variables: { padding: 'x'.repeat(1.5 * MIB) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'VALIDATION_ERROR' } }] });
  });

  it('answers 403 for a tampered, incomplete or expired link and 404 for a file that does not exist', async () => {
    const attachment = await uploaded('demo-bob', { bytes: Buffer.from('hello, files\n'), name: 'hello.txt', type: 'text/plain' });
    const good = new URL(attachment.url);
    const fileId = good.pathname.split('/')[2];
    const variant = (change: (url: URL) => void) => {
      const url = new URL(good);
      change(url);
      return url.toString();
    };
    const sig = good.searchParams.get('sig')!;
    const flipped = `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    const exp = good.searchParams.get('exp')!;
    const forbidden = [
      variant((url) => url.searchParams.set('sig', flipped)),
      variant((url) => url.searchParams.set('exp', String(Number(exp) + 300))),
      variant((url) => url.searchParams.delete('sig')),
      variant((url) => (url.pathname = `/files/${randomUUID()}/download`)),
    ];
    for (const link of forbidden) {
      const response = await download(link);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: { code: 'PERMISSION_DENIED', message: 'The download link is not valid: its signature does not match.' },
      });
    }

    const { signer } = live.testApp.started.services.files;
    const stale = signer.sign(fileId, new Date(Date.now() - 2 * 3600 * 1000));
    const expired = await download(variant((url) => {
      url.searchParams.set('exp', String(stale.exp));
      url.searchParams.set('sig', stale.sig);
    }));
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { error: { message: string } }).error.message).toMatch(
      /^The download link expired at \d{4}-\d\d-\d\dT[\d:.]+Z; read the attachment again for a fresh link\.$/,
    );

    const unknownId = randomUUID();
    const signedUnknown = signer.sign(unknownId);
    const missing = await download(`http://switchboard.test/files/${unknownId}/download?exp=${signedUnknown.exp}&sig=${signedUnknown.sig}`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: `File "${unknownId}" was not found.` } });
    expect((await download('http://switchboard.test/files/whatever')).status).toBe(404);
    expect((await download(attachment.url, { method: 'POST' })).status).toBe(405);
    const head = await download(attachment.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('13');
  });

  it('refuses empty files, executables and files over the limit with a VALIDATION_ERROR on input.file; far over, the request gets 413', async () => {
    const refused = async (file: UploadedFile) => {
      const result = await upload('demo-bob', file, { port: small.port });
      expect(result.errors).toBeUndefined();
      expect(result.data!.uploadAttachment.attachment).toBeNull();
      return result.data!.uploadAttachment.userErrors;
    };
    expect(await refused({ bytes: new Uint8Array(SMALL_LIMIT + 1), name: 'big.bin', type: 'application/octet-stream' })).toEqual([
      {
        code: 'VALIDATION_ERROR',
        message: 'file: "big.bin" is 65,537 bytes; the limit is 65,536 bytes (64 KiB).',
        field: ['input', 'file'],
      },
    ]);
    expect(await refused({ bytes: new Uint8Array(0), name: 'empty.txt', type: 'text/plain' })).toEqual([
      { code: 'VALIDATION_ERROR', message: 'file: "empty.txt" is empty.', field: ['input', 'file'] },
    ]);
    expect(await refused({ bytes: Buffer.from('echo hi'), name: 'setup.exe', type: 'application/octet-stream' })).toEqual([
      {
        code: 'VALIDATION_ERROR',
        message: 'file: executable files are not accepted ("setup.exe" is .exe); put it in an archive to share it.',
        field: ['input', 'file'],
      },
    ]);
    const windowsProgram = Buffer.concat([Buffer.from('MZ'), randomBytes(200)]);
    expect((await refused({ bytes: windowsProgram, name: 'notes.txt', type: 'text/plain' }))[0].message).toContain('is a Windows program');
    expect((await refused({ bytes: Buffer.from('x'), name: 'tool', type: 'application/x-msdownload' }))[0].message).toContain(
      'is application/x-msdownload',
    );

    // Exactly at the limit is fine.
    const atLimit = await upload('demo-bob', { bytes: pdfBytes(SMALL_LIMIT), name: 'max.pdf', type: 'application/pdf' }, { port: small.port });
    expect(atLimit.data?.uploadAttachment.attachment?.sizeBytes).toBe(SMALL_LIMIT);

    // Past the limit and the room for the rest of the request, the body is refused before it is parsed.
    // The server answers from the declared length before reading a byte, and closes. A client that writes the
    // whole body first may see its write cut (EPIPE: fetch on Node 24 reports that instead of the answer), so
    // this one sends the headers and reads the answer, as a client using Expect: 100-continue would.
    const tooBig = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest({
        host: '127.0.0.1',
        port: small.port,
        path: '/graphql',
        method: 'POST',
        headers: { authorization: 'Bearer demo-bob', 'content-type': 'multipart/form-data; boundary=xyz', 'content-length': String(SMALL_LIMIT + 2 * MIB) },
      });
      request.on('response', (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
      request.flushHeaders();
    });
    expect(tooBig.status).toBe(413);
    expect(JSON.parse(tooBig.body).errors[0]).toMatchObject({ extensions: { code: 'VALIDATION_ERROR' } });

    // A multipart body of unknown length (chunked) could be any size: it must declare its length.
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port: small.port,
          path: '/graphql',
          method: 'POST',
          headers: { authorization: 'Bearer demo-bob', 'content-type': 'multipart/form-data; boundary=xyz', 'transfer-encoding': 'chunked' },
        },
        (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      request.on('error', reject);
      request.write('--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n');
      request.end('--xyz--\r\n');
    });
    expect(chunked.status).toBe(411);
    expect(JSON.parse(chunked.body)).toMatchObject({ errors: [{ message: 'A multipart upload must declare its Content-Length.', extensions: { code: 'VALIDATION_ERROR' } }] });
  });

  it('serves HTML and SVG as opaque downloads, never rendered, and keeps unusual file names exact', async () => {
    const html = await uploaded('demo-bob', { bytes: Buffer.from('<script>alert(1)</script>'), name: 'page.html', type: 'text/html' });
    expect(html.contentType).toBe('text/html');
    const response = await download(html.url);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="page.html"; filename*=UTF-8''page.html`);
    const svg = await uploaded('demo-bob', { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), name: 'logo.svg', type: 'image/svg+xml' });
    expect((await download(svg.url)).headers.get('content-type')).toBe('application/octet-stream');

    // A path is cut to its last segment, a missing type guessed from the extension.
    const odd = await uploaded('demo-bob', { bytes: Buffer.from('cv'), name: 'C:\\Users\\bob\\résumé (final).txt', type: '' });
    expect(odd).toMatchObject({ filename: 'résumé (final).txt', contentType: 'text/plain' });
    expect((await download(odd.url)).headers.get('content-disposition')).toBe(
      `attachment; filename="r_sum_ (final).txt"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%28final%29.txt`,
    );
  });

  it('attaches an upload to a message: readers of the message see it with a working link, nobody else sees it at all', async () => {
    const bytes = Buffer.from('Offsite budget: 12,000\n');
    const attachment = await uploaded('demo-bob', { bytes, name: 'budget.csv', type: 'text/csv' });
    const nodeAs = async (key: string) => (await live.http(key, Node, { id: attachment.id })).data?.node;
    // Not sent yet: the uploader's alone.
    expect(await nodeAs('demo-bob')).toMatchObject({ __typename: 'Attachment', id: attachment.id, filename: 'budget.csv', sizeBytes: bytes.length });
    expect(await nodeAs('demo-alice')).toBeNull();

    const sent = await live.http('demo-bob', Send, {
      input: { channelId: live.directory.channel.leadership, text: 'Numbers attached', attachmentIds: [attachment.id] },
    });
    expect(sent.data?.sendMessage.userErrors).toEqual([]);
    const message = sent.data!.sendMessage.message!;
    expect(message.attachments).toMatchObject([{ id: attachment.id, filename: 'budget.csv', contentType: 'text/csv', sizeBytes: bytes.length }]);

    // alice reads #leadership: she sees the attachment, by node and on the message, and its link works.
    const forAlice = await nodeAs('demo-alice');
    expect(forAlice).toMatchObject({ __typename: 'Attachment', id: attachment.id });
    const read = await live.http('demo-alice', ReadMessage, { id: message.id });
    const link = read.data!.message!.attachments[0].url;
    expect(Buffer.from(await (await download(link)).arrayBuffer()).equals(bytes)).toBe(true);
    // carol does not: null, like an attachment that does not exist.
    expect(await nodeAs('demo-carol')).toBeNull();
    expect((await live.http('demo-carol', ReadMessage, { id: message.id })).errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });

    // An upload goes with one message, and only its uploader may send it.
    const again = await live.http('demo-bob', Send, { input: { channelId: live.directory.channel.general, text: 'again', attachmentIds: [attachment.id] } });
    expect(again.data?.sendMessage.userErrors).toEqual([
      {
        code: 'VALIDATION_ERROR',
        message: expect.stringMatching(/^attachmentIds: every attachment must be one you uploaded to this workspace, not yet attached to a message/),
        field: ['input', 'attachmentIds'],
      },
    ]);
    const bobsUpload = await uploaded('demo-bob', { bytes: Buffer.from('mine'), name: 'mine.txt', type: 'text/plain' });
    const stolen = await live.http('demo-alice', Send, { input: { channelId: live.directory.channel.general, text: 'his', attachmentIds: [bobsUpload.id] } });
    expect(stolen.data?.sendMessage.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'attachmentIds'] });

    // Deleting the message takes its attachment with it: the link stops working.
    await live.mutate('demo-bob', Delete, { input: { messageId: message.id } });
    expect((await download(link)).status).toBe(404);
    expect(await nodeAs('demo-alice')).toBeNull();
  });

  it('asks a viewer of several workspaces which one the upload is for, and needs the write scope', async () => {
    const file = { bytes: Buffer.from('a'), name: 'a.txt', type: 'text/plain' };
    const ambiguous = await upload('demo-alice', file, { workspaceId: null });
    expect(ambiguous.data?.uploadAttachment.userErrors).toEqual([
      { code: 'VALIDATION_ERROR', message: 'workspaceId: you belong to 2 workspaces; say which one the file is for.', field: ['input', 'workspaceId'] },
    ]);
    expect((await upload('demo-carol', file, { workspaceId: null })).data?.uploadAttachment.userErrors).toEqual([]);
    expect((await upload('demo-carol', file, { workspaceId: live.directory.globexId })).data?.uploadAttachment.userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
    });

    const { db } = live.testApp.started.services.database;
    const carol = await db.selectFrom('accounts').select('id').where('email', '=', 'carol@acme.test').executeTakeFirstOrThrow();
    await createApiKey(db, carol.id, `carol-files-read-${kind}`, 'read only', ['read']);
    expect((await upload(`carol-files-read-${kind}`, file)).data?.uploadAttachment.userErrors).toEqual([
      { code: 'PERMISSION_DENIED', message: 'This API key is read-only: it lacks the "write" scope.', field: null },
    ]);

    // A File variable only comes from a file part; a string in JSON is a client error.
    const json = await fetch(live.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-carol' },
      body: JSON.stringify({ query: print(Upload), variables: { input: { file: 'not a file' } } }),
    });
    const body = (await json.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('VALIDATION_ERROR');
    expect(body.errors[0].message).toContain('File must be a file part of a multipart request');
  });

  it('gives the demo seed’s attachments real files of their type behind their links', async () => {
    const { db } = live.testApp.started.services.database;
    const rows = await db
      .selectFrom('attachments')
      .innerJoin('messages', 'messages.id', 'attachments.message_id')
      .innerJoin('channels', 'channels.id', 'messages.channel_id')
      .select(['messages.id as message_id', 'attachments.content_type', 'attachments.storage_key'])
      .where('channels.name', 'in', ['general', 'random', 'engineering'])
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.storage_key !== null && existsSync(live.testApp.started.services.files.store.path(row.storage_key)))).toBe(true);
    const magic: Record<string, string> = { 'image/png': '89504e47', 'image/jpeg': 'ffd8ff', 'application/pdf': '25504446' };
    const checked = new Set<string>();
    for (const row of rows) {
      const { workspaceId } = decodeGlobalId(live.directory.acmeId);
      const messageId = encodeGlobalId({ typename: 'Message', provider: 'builtin', workspaceId, nativeId: row.message_id! });
      const read = await live.http('demo-alice', ReadMessage, { id: messageId });
      const [attachment] = read.data!.message!.attachments;
      const response = await download(attachment.url);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length).toBe(attachment.sizeBytes);
      if (magic[attachment.contentType]) expect(bytes.subarray(0, magic[attachment.contentType].length / 2).toString('hex')).toBe(magic[attachment.contentType]);
      checked.add(attachment.contentType);
    }
    expect(checked.size).toBeGreaterThan(1);
  });
});
