import type { CredentialCipher } from '../../../connections/crypto.js';
import { SwitchboardError } from '../../../errors.js';
import type { MessageContent } from '../../model.js';
import type { EmailEnvelope, EnvelopeAddress } from '../../provider.js';

/**
 * What a pending scheduled message says, at rest: its content and, for mail, its envelope (subject and
 * recipients: who is written to is as private as what), sealed together with the same cipher and key as
 * connection credentials (src/connections/crypto.ts: AES-256-GCM under SWITCHBOARD_ENCRYPTION_KEY, a random
 * IV per value, rotation through SWITCHBOARD_ENCRYPTION_KEYS_PREVIOUS), bound to its own row as associated
 * data, so a sealed value copied into another row, provider or workspace does not open there.
 */
export class ScheduledContentSeal {
  constructor(private readonly cipher: CredentialCipher) {}

  /** Whether this server can keep scheduled content at all (it has an encryption key). */
  get enabled(): boolean {
    return this.cipher.enabled;
  }

  seal(row: SealedRow, sealed: SealedMessage): string {
    const { content, email } = sealed;
    return this.cipher.seal(
      JSON.stringify({ format: content.format, text: content.text, ...(content.html !== undefined ? { html: content.html } : {}), ...(email ? { email } : {}) }),
      contextOf(row),
    );
  }

  /** Opens a row's content; PROVIDER_ERROR (without any of it) when it does not open under this server's keys. */
  open(row: SealedRow, sealed: string): SealedMessage {
    const opened = JSON.parse(this.cipher.open(sealed, contextOf(row))) as Partial<MessageContent> & { email?: unknown };
    const shapeless = () => new SwitchboardError('PROVIDER_ERROR', `Scheduled message ${row.id} holds content in an unknown shape.`);
    if (typeof opened.text !== 'string' || (opened.format !== 'text' && opened.format !== 'markdown') || (opened.html !== undefined && typeof opened.html !== 'string')) {
      throw shapeless();
    }
    const email = opened.email === undefined ? null : envelopeOf(opened.email);
    if (email === undefined) throw shapeless();
    return { content: { text: opened.text, format: opened.format, ...(opened.html !== undefined ? { html: opened.html } : {}) }, email };
  }
}

/** The words of a scheduled message: its content and, on email workspaces, its envelope. */
export interface SealedMessage {
  content: MessageContent;
  email: EmailEnvelope | null;
}

/** What a sealed content is bound to. */
export interface SealedRow {
  provider: string;
  workspace_id: string;
  id: string;
}

function contextOf(row: SealedRow): string {
  return `scheduled-message:${row.provider}:${row.workspace_id}:${row.id}`;
}

/** A sealed envelope checked field by field; undefined when it is not one. */
function envelopeOf(value: unknown): EmailEnvelope | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { subject, to, cc, bcc, derivedRecipients } = value as Record<string, unknown>;
  const addresses = (list: unknown): EnvelopeAddress[] | undefined =>
    Array.isArray(list) && list.every((entry) => typeof entry?.address === 'string' && (entry.name === null || typeof entry.name === 'string'))
      ? list.map((entry: EnvelopeAddress) => ({ name: entry.name, address: entry.address }))
      : undefined;
  const lists = { to: addresses(to), cc: addresses(cc), bcc: addresses(bcc) };
  if (typeof subject !== 'string' || typeof derivedRecipients !== 'boolean' || !lists.to || !lists.cc || !lists.bcc) return undefined;
  return { subject, to: lists.to, cc: lists.cc, bcc: lists.bcc, derivedRecipients };
}
