import type { CredentialCipher } from '../../../connections/crypto.js';
import { SwitchboardError } from '../../../errors.js';
import type { MessageContent } from '../../model.js';

/**
 * The content of a pending scheduled message at rest: sealed with the same cipher and key as connection
 * credentials (src/connections/crypto.ts: AES-256-GCM under SWITCHBOARD_ENCRYPTION_KEY, a random IV per
 * value, rotation through SWITCHBOARD_ENCRYPTION_KEYS_PREVIOUS), bound to its own row as associated data,
 * so a sealed value copied into another row, provider or workspace does not open there.
 */
export class ScheduledContentSeal {
  constructor(private readonly cipher: CredentialCipher) {}

  /** Whether this server can keep scheduled content at all (it has an encryption key). */
  get enabled(): boolean {
    return this.cipher.enabled;
  }

  seal(row: SealedRow, content: MessageContent): string {
    return this.cipher.seal(JSON.stringify({ format: content.format, text: content.text }), contextOf(row));
  }

  /** Opens a row's content; PROVIDER_ERROR (without any of it) when it does not open under this server's keys. */
  open(row: SealedRow, sealed: string): MessageContent {
    const opened = JSON.parse(this.cipher.open(sealed, contextOf(row))) as Partial<MessageContent>;
    if (typeof opened.text !== 'string' || (opened.format !== 'text' && opened.format !== 'markdown')) {
      throw new SwitchboardError('PROVIDER_ERROR', `Scheduled message ${row.id} holds content in an unknown shape.`);
    }
    return { text: opened.text, format: opened.format };
  }
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
