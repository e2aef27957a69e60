import { randomBytes } from 'node:crypto';
import { encodeHeaderText, formatAddress, formatAddressList, type MailAddress } from './addresses.js';

/**
 * Composing raw RFC 2822 messages (what Gmail's `messages.send` takes as `raw`, what Outlook's MIME send
 * takes): headers encoded (RFC 2047 for non-ASCII text), bodies as UTF-8 in base64 lines of 76, HTML as a
 * multipart/alternative with its text, attachments in a multipart/mixed. Replies keep In-Reply-To,
 * References and the subject, so they thread for every recipient, not only in the sender's mailbox.
 */

/** A mailbox of a composed mail: the kit's MailAddress (formatted by addresses.ts). */
export type ComposeAddress = MailAddress;

export interface ComposeAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface ComposeMessage {
  from: ComposeAddress;
  to: readonly ComposeAddress[];
  cc?: readonly ComposeAddress[];
  bcc?: readonly ComposeAddress[];
  subject: string;
  /** `<id@domain>`; made by `newMessageId` when absent. Recorded before sending so a lost answer can be looked up. */
  messageId: string;
  /** The parent's Message-ID, for a reply. */
  inReplyTo?: string | null;
  /** The parent's References followed by its Message-ID, for a reply. */
  references?: readonly string[];
  date?: Date;
  text: string;
  html?: string | null;
  attachments?: readonly ComposeAttachment[];
  /** Extra headers (X-…); values must be ASCII. */
  extraHeaders?: ReadonlyArray<[string, string]>;
}

/** A fresh Message-ID in the sender's domain. */
export function newMessageId(fromAddress: string, seed = randomBytes(12).toString('hex')): string {
  const domain = fromAddress.split('@')[1] || 'switchboard.invalid';
  return `<${seed}.switchboard@${domain}>`;
}

function assertHeaderSafe(value: string): string {
  if (/[\r\n]/.test(value)) throw new Error('A header value may not contain line breaks');
  return value;
}

/** Folds a header line at commas/spaces so no line passes 78 characters where it can be helped. */
function foldHeader(name: string, value: string): string {
  const line = `${name}: ${value}`;
  if (line.length <= 78) return line;
  const words = line.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && current.length + 1 + word.length > 76) {
      lines.push(current);
      current = ' ' + word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  return lines.join('\r\n');
}

function base64Lines(bytes: Uint8Array): string {
  return (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function boundary(): string {
  return `sb_${randomBytes(12).toString('hex')}`;
}

/** A leaf part: UTF-8 text in base64 (safe for any content and line length). */
function textPart(mimeType: 'text/plain' | 'text/html', content: string): string {
  return [`Content-Type: ${mimeType}; charset="UTF-8"`, 'Content-Transfer-Encoding: base64', '', base64Lines(Buffer.from(content, 'utf8'))].join('\r\n');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** The longest RFC 2231 value piece on one header line, so that no line passes 78 characters. */
const PARAM_PIECE = 56;

/** A quoted-string (RFC 2045 parameter value): `"` and `\` escaped. */
function quoted(value: string): string {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`;
}

/**
 * `filename` parameters of a Content-Disposition (RFC 2231): a short printable ASCII name quoted as it is;
 * anything else percent-encoded UTF-8 (every byte outside RFC 2231's attribute characters, so `'`, `(`, `*`
 * and `%` too), in continuations `filename*0*=UTF-8''…`, `filename*1*=…` of at most PARAM_PIECE characters,
 * never splitting an escape.
 */
function filenameParams(filename: string): string[] {
  if (PRINTABLE_ASCII.test(filename) && filename.length <= PARAM_PIECE) return [`filename=${quoted(filename)}`];
  const encoded = [...Buffer.from(filename, 'utf8')].map((byte) => (/[A-Za-z0-9!#$&+.^_`|~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`));
  const pieces: string[] = [];
  let piece = '';
  for (const unit of encoded) {
    if (piece.length + unit.length > PARAM_PIECE) {
      pieces.push(piece);
      piece = '';
    }
    piece += unit;
  }
  pieces.push(piece);
  if (pieces.length === 1) return [`filename*=UTF-8''${pieces[0]}`];
  return pieces.map((text, index) => `filename*${index}*=${index === 0 ? "UTF-8''" : ''}${text}`);
}

/**
 * A file as a base64 leaf of a multipart/mixed: `Content-Disposition: attachment` with the RFC 2231 file name,
 * and `name=` in Content-Type as RFC 2047 words too, for the mailers that read only that. Parameters go on
 * lines of their own, so long names fold instead of passing the line limit.
 */
function attachmentPart(attachment: ComposeAttachment): string {
  const name = attachment.filename.replace(/[\r\n]/g, ' ');
  const nameParam = PRINTABLE_ASCII.test(name) && !name.includes('=?') ? quoted(name) : `"${encodeHeaderText(name).split(' ').join('\r\n  ')}"`;
  return [
    `Content-Type: ${attachment.contentType};\r\n name=${nameParam}`,
    ['Content-Disposition: attachment', ...filenameParams(name)].join(';\r\n '),
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(attachment.content),
  ].join('\r\n');
}

function multipart(subtype: 'alternative' | 'mixed', parts: string[]): string {
  const mark = boundary();
  return [`Content-Type: multipart/${subtype}; boundary="${mark}"`, '', ...parts.flatMap((part) => [`--${mark}`, part]), `--${mark}--`, ''].join('\r\n');
}

/** RFC 5322 date (`Tue, 14 Nov 2023 22:13:20 +0000`). */
export function formatMailDate(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

/** The message as RFC 2822 text with CRLF line ends. */
export function composeMessage(message: ComposeMessage): string {
  const headers: string[] = [];
  const add = (name: string, value: string) => headers.push(foldHeader(name, assertHeaderSafe(value)));
  add('From', formatAddress(message.from));
  if (message.to.length) add('To', formatAddressList(message.to));
  if (message.cc?.length) add('Cc', formatAddressList(message.cc));
  // Bcc stays in the raw message handed to the sending provider: Gmail strips it for recipients and keeps it on the sent copy.
  if (message.bcc?.length) add('Bcc', formatAddressList(message.bcc));
  add('Subject', encodeHeaderText(message.subject.replace(/[\r\n]+/g, ' ')));
  add('Date', formatMailDate(message.date ?? new Date()));
  add('Message-ID', message.messageId);
  if (message.inReplyTo) add('In-Reply-To', message.inReplyTo);
  if (message.references?.length) add('References', message.references.join(' '));
  for (const [name, value] of message.extraHeaders ?? []) add(name, value);
  add('MIME-Version', '1.0');

  let body = message.html ? multipart('alternative', [textPart('text/plain', message.text), textPart('text/html', message.html)]) : textPart('text/plain', message.text);
  if (message.attachments?.length) body = multipart('mixed', [body, ...message.attachments.map(attachmentPart)]);
  return `${headers.join('\r\n')}\r\n${body}`;
}

/** base64url without padding (the Gmail API's `raw` and body `data`). */
export function toBase64Url(content: string | Uint8Array): string {
  return Buffer.from(typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64url');
}
