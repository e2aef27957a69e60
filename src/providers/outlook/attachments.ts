import { isAbsent } from '../kit/graph/errors.js';
import type { GraphStream } from '../kit/graph/client.js';
import type { Principal } from '../kit/graph/tokens.js';
import type { ProviderFile } from '../provider.js';
import type { OutlookConnection } from './connection.js';
import type { GraphMailAttachment } from './wire.js';

/**
 * Attachment bytes for Switchboard's signed download links (`MessagingProvider.attachmentContent`), streamed
 * from Graph to the client and never stored. An attachment id is `<message id>/<attachment id>` (records name
 * it with `/provider-files/<id>`, src/files/provider-files.ts). Two reads, each within the mailbox's budget:
 * the attachment without its bytes (`$select`: name, type; only file attachments have bytes to download),
 * then `…/attachments/{id}/$value`, whose body goes to the client as Graph sends it (../kit/graph/client.ts
 * `stream`; the transport reads the socket only as fast as the client takes the bytes). A mail or attachment
 * gone (or no longer readable) answers null, which the download route serves as 404.
 */

const FILE_ATTACHMENT = '#microsoft.graph.fileAttachment';

export async function attachmentContent(connection: OutlookConnection, principal: Principal, attachmentId: string): Promise<ProviderFile | null> {
  const [messageId, id, ...rest] = attachmentId.split('/');
  if (!messageId || !id || rest.length > 0) return null;
  let info: GraphMailAttachment;
  let value: GraphStream;
  try {
    info = await connection.call<GraphMailAttachment>(principal, connection.calls.attachmentInfo(messageId, id));
    // Item attachments (an attached mail, event) answer MIME at `$value`, not a file the record announced.
    if (info['@odata.type'] !== FILE_ATTACHMENT) return null;
    value = await connection.api.stream(principal, connection.calls.attachmentValue(messageId, id));
  } catch (error) {
    if (isAbsent(error)) return null;
    throw error;
  }
  const file = { filename: info.name, contentType: info.contentType ?? value.contentType ?? 'application/octet-stream' };
  if (value.contentLength !== null) return { ...file, sizeBytes: value.contentLength, body: value.body };
  // The download announces its length (Content-Length), and Graph's `size` counts more than the bytes: without
  // a length from Graph the body is read whole for this one response rather than served with a wrong one.
  const bytes = new Uint8Array(await new Response(value.body).arrayBuffer());
  return { ...file, sizeBytes: bytes.byteLength, body: bytes };
}
