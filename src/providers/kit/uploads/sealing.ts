import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { CredentialCipher } from '../../../connections/crypto.js';
import { SwitchboardError } from '../../../errors.js';

/**
 * A staged file at rest: its bytes encrypted with AES-256-GCM under a random key of its own (one pass, 28
 * bytes more than the file, however large), and that key sealed with the credentials' cipher
 * (src/connections/crypto.ts: SWITCHBOARD_ENCRYPTION_KEY, rotation through ..._PREVIOUS) together with the
 * file name, in the row. Both are bound to `staged-upload:<provider>:<workspace>:<id>` as associated data:
 * bytes or a sealed key moved to another row do not open there.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What a sealed file and its row are bound to. */
export interface StagedRowRef {
  provider: string;
  workspace_id: string;
  id: string;
}

/** What the row keeps sealed: the file's key and its name. */
export interface StagedSecret {
  key: Buffer;
  filename: string;
}

export class StagedFileSeal {
  constructor(private readonly cipher: CredentialCipher) {}

  /** Whether this server can stage files at all (it has an encryption key). */
  get enabled(): boolean {
    return this.cipher.enabled;
  }

  /** The encrypted bytes (iv | tag | ciphertext) and the sealed key and name for the row. */
  seal(row: StagedRowRef, filename: string, bytes: Uint8Array): { encrypted: Buffer; sealed: string } {
    const key = randomBytes(32);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(contextOf(row), 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(bytes), cipher.final()]);
    const sealed = this.cipher.seal(JSON.stringify({ key: key.toString('base64'), filename }), contextOf(row));
    return { encrypted: Buffer.concat([iv, cipher.getAuthTag(), ciphertext]), sealed };
  }

  /** The row's key and file name; PROVIDER_ERROR (naming no content) when it does not open here. */
  secret(row: StagedRowRef, sealed: string): StagedSecret {
    const opened = JSON.parse(this.cipher.open(sealed, contextOf(row))) as { key?: unknown; filename?: unknown };
    if (typeof opened.key !== 'string' || typeof opened.filename !== 'string') {
      throw new SwitchboardError('PROVIDER_ERROR', `Staged upload ${row.id} holds a key in an unknown shape.`);
    }
    return { key: Buffer.from(opened.key, 'base64'), filename: opened.filename };
  }

  /** The file's bytes; PROVIDER_ERROR when they were changed, truncated or belong to another row. */
  open(row: StagedRowRef, secret: StagedSecret, encrypted: Buffer): Buffer {
    if (encrypted.length < IV_BYTES + TAG_BYTES) throw new SwitchboardError('PROVIDER_ERROR', `Staged upload ${row.id} is truncated.`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', secret.key, encrypted.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(contextOf(row), 'utf8'));
      decipher.setAuthTag(encrypted.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(encrypted.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch (error) {
      throw new SwitchboardError('PROVIDER_ERROR', `Staged upload ${row.id} failed its integrity check.`, { cause: error });
    }
  }
}

function contextOf(row: StagedRowRef): string {
  return `staged-upload:${row.provider}:${row.workspace_id}:${row.id}`;
}
