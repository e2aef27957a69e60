import { EncryptionKeyError, loadEncryptionKeys, type EncryptionKeys } from './crypto.js';

/**
 * What the server needs to connect provider workspaces, read from the environment at start:
 *
 * | Variable | Default | Meaning |
 * |---|---|---|
 * | `SWITCHBOARD_ENCRYPTION_KEY` | unset: credentials cannot be stored | 32 bytes, hex or base64; seals tokens at rest |
 * | `SWITCHBOARD_ENCRYPTION_KEYS_PREVIOUS` | none | comma-separated older keys, to open values sealed before a rotation |
 *
 * Each provider reads its own variables through its definition (`readSettings`, see its folder's
 * settings.ts); src/config.ts collects them into `providers`, by provider name.
 */
export interface ConnectionSettings {
  /** Null when no key is configured: then storing credentials is refused. */
  encryption: EncryptionKeys | null;
  /** Each provider's own settings, by provider name; a provider missing here gets its defaults. */
  providers: Readonly<Record<string, unknown>>;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

export { EncryptionKeyError, loadEncryptionKeys };
