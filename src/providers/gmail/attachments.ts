import { Readable } from 'node:stream';
import { SwitchboardError } from '../../errors.js';
import { mailContent } from '../kit/email/mime-parse.js';
import type { ProviderFile } from '../provider.js';
import type { GmailConnection } from './connection.js';
import { parseMessageId } from './ids.js';
import { partOf } from './map.js';

/**
 * Attachment bytes for Switchboard's signed download links (`MessagingProvider.attachmentContent`),
 * streamed from Gmail to the client and never stored. An attachment id is `<threadId>:<messageId>:<partId>`
 * (records name it with `/provider-files/<id>`, src/files/provider-files.ts): Gmail's attachmentIds change
 * from read to read, so the part is found again with `messages.get` (format full, 5 units) and its body
 * streamed from `messages.attachments.get` (5 units); a small body Gmail inlined in the part needs no
 * second call. A trashed message's attachments are gone, like its content.
 */

export async function attachmentContent(connection: GmailConnection, attachmentId: string): Promise<ProviderFile | null> {
  const cut = attachmentId.lastIndexOf(':');
  const parsed = cut > 0 ? parseMessageId(attachmentId.slice(0, cut)) : null;
  const partId = attachmentId.slice(cut + 1);
  if (!parsed || !partId) return null;
  let message;
  try {
    message = await connection.api.message(parsed.messageId, 'full');
  } catch (error) {
    if (error instanceof SwitchboardError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
  if (message.threadId !== parsed.threadId || (message.labelIds ?? []).includes('TRASH')) return null;
  const tree = partOf(message.payload ?? {});
  const attachment = mailContent(tree).attachments.find((candidate) => candidate.partId === partId);
  if (!attachment) return null;
  const file = { filename: attachment.filename, contentType: attachment.contentType, sizeBytes: attachment.size };
  if (!attachment.bodyRef) {
    const part = findPart(tree, partId);
    const bytes = part?.body ?? new Uint8Array();
    return { ...file, sizeBytes: bytes.byteLength, body: bytes };
  }
  const json = await connection.api.call('messages.attachments.get', (gmail) =>
    gmail.users.messages.attachments.get({ userId: 'me', messageId: parsed.messageId, id: attachment.bodyRef! }, { responseType: 'stream' }),
  );
  return { ...file, body: Readable.toWeb(Readable.from(base64Field(json, 'data'))) as ReadableStream<Uint8Array> };
}

function findPart<T extends { partId: string | null; parts: T[] }>(part: T, partId: string): T | null {
  if (part.partId === partId) return part;
  for (const child of part.parts) {
    const found = findPart(child, partId);
    if (found) return found;
  }
  return null;
}

/**
 * The bytes of one base64url string field of a JSON object, decoded while the JSON arrives: Gmail answers
 * `{"size": n, "data": "<base64url>"}`, and an attachment of 25 MB is 33 MB of JSON that need never be
 * held whole. The field's value has no escapes (base64url is plain ASCII). Throws when the field is absent.
 */
export async function* base64Field(json: AsyncIterable<Buffer | string>, field: string): AsyncGenerator<Uint8Array> {
  const opening = new RegExp(`"${field}"\\s*:\\s*"`);
  let head = '';
  let inside = false;
  let pending = '';
  for await (const chunk of json) {
    let text = typeof chunk === 'string' ? chunk : chunk.toString('latin1');
    if (!inside) {
      head += text;
      const found = opening.exec(head);
      if (!found) {
        // Keep only what could still begin the field's name.
        head = head.slice(-(field.length + 16));
        continue;
      }
      inside = true;
      text = head.slice(found.index + found[0].length);
    }
    const end = text.indexOf('"');
    pending += end >= 0 ? text.slice(0, end) : text;
    // Whole 4-character groups decode on their own; the rest waits for the next chunk.
    const whole = end >= 0 ? pending.length : pending.length - (pending.length % 4);
    if (whole > 0) yield new Uint8Array(Buffer.from(pending.slice(0, whole), 'base64url'));
    pending = pending.slice(whole);
    if (end >= 0) return;
  }
  throw new SwitchboardError('PROVIDER_ERROR', `Gmail messages.attachments.get answered without its "${field}".`);
}
