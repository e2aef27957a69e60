import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { SwitchboardError } from '../errors.js';

/**
 * Credentials at rest (provider tokens, signing secrets) are sealed with AES-256-GCM under a key from
 * the environment (`SWITCHBOARD_ENCRYPTION_KEY`, 32 bytes as base64 or hex). There is no plaintext
 * fallback: without a key, storing credentials fails with a clear error.
 *
 * A sealed value is `sb-enc:v1:<key id>:<base64url(iv | tag | ciphertext)>`:
 * - a random 12-byte IV per value (GCM's nonce; never reused under one key),
 * - the 16-byte authentication tag, so any tampering fails to open,
 * - the key id (first 8 hex digits of the key's SHA-256), so that after a rotation the old values can
 *   still be opened with the previous key (`SWITCHBOARD_ENCRYPTION_KEYS_PREVIOUS`) and re-sealed.
 * Each value is bound to a `context` (`<provider>:<workspace>:<label>`, see store.ts) as associated data: a ciphertext
 * copied into another row or column does not open there.
 */

const PREFIX = 'sb-enc';
const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** One AES-256 key and its id. */
export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** The key new values are sealed with, and earlier keys that may still open old values. */
export interface EncryptionKeys {
  current: EncryptionKey;
  previous: EncryptionKey[];
}

/** Why an encryption key could not be read; the message never contains the key itself. */
export class EncryptionKeyError extends Error {
  override name = 'EncryptionKeyError';
}

/**
 * Reads a 32-byte key written as 64 hex digits or as base64 (standard or url-safe, padded or not).
 * Throws EncryptionKeyError naming the variable and what was wrong (never echoing the value).
 */
export function parseEncryptionKey(variable: string, value: string): EncryptionKey {
  const text = value.trim();
  let key: Buffer | null = null;
  if (/^[0-9a-fA-F]{64}$/.test(text)) key = Buffer.from(text, 'hex');
  else if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(text)) key = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (!key || key.length !== KEY_BYTES) {
    throw new EncryptionKeyError(
      `${variable} must be ${KEY_BYTES} random bytes written as 64 hex digits or as base64 (44 characters), ` +
        `got a value of ${text.length} characters. Generate one with: openssl rand -base64 32`,
    );
  }
  return { id: keyId(key), key };
}

/** The first 8 hex digits of the key's SHA-256: enough to pick the right key, useless to an attacker. */
export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/**
 * Reads `SWITCHBOARD_ENCRYPTION_KEY` (and optional comma-separated `SWITCHBOARD_ENCRYPTION_KEYS_PREVIOUS`);
 * null when no key is configured.
 */
export function loadEncryptionKeys(env: NodeJS.ProcessEnv): EncryptionKeys | null {
  const current = env.SWITCHBOARD_ENCRYPTION_KEY?.trim();
  if (!current) return null;
  const previous = (env.SWITCHBOARD_ENCRYPTION_KEYS_PREVIOUS ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part, index) => parseEncryptionKey(`SWITCHBOARD_ENCRYPTION_KEYS_PREVIOUS (entry ${index + 1})`, part));
  return { current: parseEncryptionKey('SWITCHBOARD_ENCRYPTION_KEY', current), previous };
}

/** Seals and opens credentials. Construct it with null keys to get a cipher that refuses to seal. */
export class CredentialCipher {
  constructor(private readonly keys: EncryptionKeys | null) {}

  /** Whether credentials can be stored at all on this server. */
  get enabled(): boolean {
    return this.keys !== null;
  }

  /** Throws VALIDATION_ERROR when no key is configured (the caller cannot store credentials). */
  requireKey(): EncryptionKey {
    if (!this.keys) {
      throw new SwitchboardError(
        'VALIDATION_ERROR',
        'This server has no SWITCHBOARD_ENCRYPTION_KEY, so it refuses to store provider credentials. ' +
          'Set it to 32 random bytes (openssl rand -base64 32) and restart.',
      );
    }
    return this.keys.current;
  }

  /** Seals `plaintext` for `context` with the current key. */
  seal(plaintext: string, context: string): string {
    const { id, key } = this.requireKey();
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const payload = Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
    return `${PREFIX}:${VERSION}:${id}:${payload}`;
  }

  /**
   * Opens a sealed value. Throws PROVIDER_ERROR (without any of the value) when it is malformed, sealed
   * under a key this server does not have, bound to another context, or tampered with.
   */
  open(sealed: string, context: string): string {
    const parts = sealed.split(':');
    if (parts.length !== 4 || parts[0] !== PREFIX || parts[1] !== VERSION) {
      throw new SwitchboardError('PROVIDER_ERROR', `A stored credential (${context}) is not in the sealed format.`);
    }
    const [, , id, payload] = parts;
    const key = this.keyById(id);
    if (!key) {
      throw new SwitchboardError(
        'PROVIDER_ERROR',
        `A stored credential (${context}) was sealed with encryption key ${id}, which this server does not have ` +
          '(set it as SWITCHBOARD_ENCRYPTION_KEY or in SWITCHBOARD_ENCRYPTION_KEYS_PREVIOUS).',
      );
    }
    const bytes = Buffer.from(payload, 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES) {
      throw new SwitchboardError('PROVIDER_ERROR', `A stored credential (${context}) is truncated.`);
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.key, bytes.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch (error) {
      throw new SwitchboardError('PROVIDER_ERROR', `A stored credential (${context}) failed its integrity check.`, {
        cause: error,
      });
    }
  }

  /** Whether a sealed value was sealed with an older key (then re-seal it with `seal`). */
  needsRotation(sealed: string): boolean {
    return this.keys !== null && sealed.split(':')[2] !== this.keys.current.id;
  }

  private keyById(id: string): EncryptionKey | null {
    if (!this.keys) return null;
    return [this.keys.current, ...this.keys.previous].find((key) => key.id === id) ?? null;
  }
}
