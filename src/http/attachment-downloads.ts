import type { Plugin } from 'graphql-yoga';
import type { Services } from '../context.js';
import { isUuid } from '../db/uuid.js';
import type { ErrorCode } from '../errors.js';
import { contentDisposition, servedContentType } from '../files/rules.js';
import { parseProviderFileId } from '../files/provider-files.js';

/**
 * `GET /files/{id}/download?exp=…&sig=…`: the bytes of a stored attachment, for whoever holds a link that
 * Switchboard signed (see ./signing.ts). A bad or expired signature answers 403, a file that does not exist
 * (any more) 404, both as `{"error": {"code", "message"}}` like the operation reference's errors.
 *
 * Every file is served as a download, never rendered: `Content-Disposition: attachment`,
 * `X-Content-Type-Options: nosniff`, a CSP that allows nothing, and active types as octet-stream.
 */
export function attachmentDownloads(services: Services): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith('/files/')) return;
      endResponse(await downloadResponse(services, request, url, fetchAPI.Response));
    },
  };
}

const DOWNLOAD_PATH = /^\/files\/([^/]+)\/download$/;

async function downloadResponse(services: Services, request: Request, url: URL, ResponseClass: typeof Response): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return failure(405, 'VALIDATION_ERROR', `Downloads are read with GET, not ${request.method}.`, { allow: 'GET, HEAD' });
  }
  const match = DOWNLOAD_PATH.exec(url.pathname);
  const fileId = match ? safeDecode(match[1]) : null;
  if (fileId === null) return failure(404, 'NOT_FOUND', `Nothing is served at ${url.pathname}.`);

  const { signer } = services.files;
  const check = signer.check(fileId, url.searchParams.get('exp'), url.searchParams.get('sig'));
  if (check === 'invalid') {
    return failure(403, 'PERMISSION_DENIED', 'The download link is not valid: its signature does not match.');
  }
  if (check === 'expired') {
    const expiredAt = new Date(Number(url.searchParams.get('exp')) * 1000).toISOString();
    return failure(403, 'PERMISSION_DENIED', `The download link expired at ${expiredAt}; read the attachment again for a fresh link.`);
  }

  const providerFile = parseProviderFileId(fileId);
  if (providerFile) return providerDownload(services, request, url, providerFile, ResponseClass);

  const row = isUuid(fileId)
    ? await services.database.db
        .selectFrom('attachments')
        .select(['storage_key', 'filename', 'content_type'])
        .where('id', '=', fileId)
        .executeTakeFirst()
    : undefined;
  const stored = row?.storage_key ? await services.files.store.read(row.storage_key) : null;
  if (!row || !stored) return failure(404, 'NOT_FOUND', `File ${JSON.stringify(fileId)} was not found.`);

  const secondsLeft = Math.max(0, Number(url.searchParams.get('exp')) - Math.floor(Date.now() / 1000));
  const headers = {
    'content-type': servedContentType(row.content_type),
    'content-length': String(stored.sizeBytes),
    'content-disposition': contentDisposition(row.filename),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'referrer-policy': 'no-referrer',
    // The link is the credential: shared caches must not keep the file, the browser may until it expires.
    'cache-control': `private, max-age=${secondsLeft}`,
  };
  if (request.method === 'HEAD') return new ResponseClass(null, { status: 200, headers });
  // Yoga's Response (the @whatwg-node ponyfill) streams a Node readable without buffering the file.
  return new ResponseClass(stored.open() as unknown as BodyInit, { status: 200, headers });
}

/**
 * A provider's attachment (mail), streamed from the platform and never stored: the signature names the
 * provider, workspace and attachment, and was handed out only to a viewer of its message.
 */
async function providerDownload(
  services: Services,
  request: Request,
  url: URL,
  file: { provider: string; workspaceId: string; attachmentId: string },
  ResponseClass: typeof Response,
): Promise<Response> {
  const notFound = () => failure(404, 'NOT_FOUND', 'The attachment was not found.');
  let provider;
  try {
    provider = await services.registry.require(file.provider).runtime.openFresh(file.workspaceId);
  } catch {
    return notFound();
  }
  if (!provider?.attachmentContent) return notFound();
  let content;
  try {
    content = await provider.attachmentContent(file.attachmentId);
  } catch (error) {
    const code = (error as { code?: ErrorCode }).code;
    if (code === 'NOT_FOUND' || code === 'PERMISSION_DENIED') return notFound();
    return failure(502, 'PROVIDER_ERROR', `The ${file.provider} provider could not serve the attachment.`);
  }
  if (!content) return notFound();
  const secondsLeft = Math.max(0, Number(url.searchParams.get('exp')) - Math.floor(Date.now() / 1000));
  const headers = {
    'content-type': servedContentType(content.contentType),
    'content-length': String(content.sizeBytes),
    'content-disposition': contentDisposition(content.filename),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'referrer-policy': 'no-referrer',
    'cache-control': `private, max-age=${secondsLeft}`,
  };
  if (request.method === 'HEAD') return new ResponseClass(null, { status: 200, headers });
  return new ResponseClass(content.body as BodyInit, { status: 200, headers });
}

function failure(status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
