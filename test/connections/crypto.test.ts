import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { CredentialCipher, keyId, loadEncryptionKeys, parseEncryptionKey } from '../../src/connections/crypto.js';
import { SwitchboardError } from '../../src/errors.js';

const hexKey = randomBytes(32).toString('hex');
const base64Key = randomBytes(32).toString('base64');
const TOKEN = 'xoxb-1234567890-abcdefghijklmnop';

function cipherFor(current: string, previous: string[] = []): CredentialCipher {
  return new CredentialCipher(loadEncryptionKeys({ SWITCHBOARD_ENCRYPTION_KEY: current, SWITCHBOARD_ENCRYPTION_KEYS_PREVIOUS: previous.join(',') }));
}

/** Flips one bit of the sealed payload (the base64url part after the key id). */
function tamper(sealed: string, byteIndex: number): string {
  const [prefix, version, id, payload] = sealed.split(':');
  const bytes = Buffer.from(payload, 'base64url');
  bytes[byteIndex] ^= 0x01;
  return [prefix, version, id, bytes.toString('base64url')].join(':');
}

describe('credential encryption (AES-256-GCM)', () => {
  it('opens what it sealed, with a fresh IV every time and no trace of the plaintext', () => {
    const cipher = cipherFor(hexKey);
    const first = cipher.seal(TOKEN, 'slack:T1:bot_token');
    const second = cipher.seal(TOKEN, 'slack:T1:bot_token');
    expect(first).not.toBe(second);
    expect(first).toMatch(/^sb-enc:v1:[0-9a-f]{8}:[A-Za-z0-9_-]+$/);
    expect(first).not.toContain(TOKEN);
    expect(first).not.toContain('abcdefghijklmnop');
    expect(cipher.open(first, 'slack:T1:bot_token')).toBe(TOKEN);
    expect(cipher.open(second, 'slack:T1:bot_token')).toBe(TOKEN);
  });

  it('carries the key id, and reads keys as hex or base64', () => {
    const fromHex = parseEncryptionKey('K', hexKey);
    expect(fromHex.key.equals(Buffer.from(hexKey, 'hex'))).toBe(true);
    expect(fromHex.id).toBe(keyId(Buffer.from(hexKey, 'hex')));
    const fromBase64 = parseEncryptionKey('K', base64Key);
    expect(fromBase64.key.equals(Buffer.from(base64Key, 'base64'))).toBe(true);
    const sealed = cipherFor(base64Key).seal('secret', 'ctx');
    expect(sealed.split(':')[2]).toBe(fromBase64.id);
  });

  it('fails the integrity check when any byte of IV, tag or ciphertext is changed', () => {
    const cipher = cipherFor(hexKey);
    const sealed = cipher.seal(TOKEN, 'slack:T1:bot_token');
    for (const index of [0, 11, 12, 27, 28, 40]) {
      expect(() => cipher.open(tamper(sealed, index), 'slack:T1:bot_token')).toThrow('failed its integrity check');
    }
  });

  it('does not open a value moved to another row or column (the context is authenticated)', () => {
    const cipher = cipherFor(hexKey);
    const sealed = cipher.seal(TOKEN, 'slack:T1:bot_token');
    expect(() => cipher.open(sealed, 'slack:T2:bot_token')).toThrow('failed its integrity check');
    expect(() => cipher.open(sealed, 'slack:T1:signing_secret')).toThrow('failed its integrity check');
  });

  it('does not open with another key, and names the missing key id without any secret', () => {
    const sealed = cipherFor(hexKey).seal(TOKEN, 'ctx');
    const other = cipherFor(base64Key);
    let error: unknown;
    try {
      other.open(sealed, 'ctx');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SwitchboardError);
    expect((error as SwitchboardError).code).toBe('PROVIDER_ERROR');
    expect((error as Error).message).toContain(keyId(Buffer.from(hexKey, 'hex')));
    expect((error as Error).message).not.toContain(hexKey);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('after a rotation opens old values with the previous key and seals new ones with the current', () => {
    const old = cipherFor(hexKey).seal(TOKEN, 'ctx');
    const rotated = cipherFor(base64Key, [hexKey]);
    expect(rotated.open(old, 'ctx')).toBe(TOKEN);
    expect(rotated.needsRotation(old)).toBe(true);
    const fresh = rotated.seal(TOKEN, 'ctx');
    expect(rotated.needsRotation(fresh)).toBe(false);
    expect(() => cipherFor(hexKey).open(fresh, 'ctx')).toThrow('which this server does not have');
  });

  it('refuses to seal without a key: a clear VALIDATION_ERROR, no plaintext fallback', () => {
    const cipher = new CredentialCipher(null);
    expect(cipher.enabled).toBe(false);
    expect(() => cipher.seal(TOKEN, 'ctx')).toThrow(/no SWITCHBOARD_ENCRYPTION_KEY, so it refuses to store provider credentials/);
    try {
      cipher.seal(TOKEN, 'ctx');
    } catch (error) {
      expect((error as SwitchboardError).code).toBe('VALIDATION_ERROR');
    }
  });

  it('validates the key at startup, naming the variable and never echoing the value', () => {
    expect(loadConfig({}).connections.encryption).toBeNull();
    expect(loadConfig({ SWITCHBOARD_ENCRYPTION_KEY: hexKey }).connections.encryption?.current.id).toBe(keyId(Buffer.from(hexKey, 'hex')));
    const short = 'c2hvcnQta2V5';
    expect(() => loadConfig({ SWITCHBOARD_ENCRYPTION_KEY: short })).toThrow(
      'SWITCHBOARD_ENCRYPTION_KEY must be 32 random bytes written as 64 hex digits or as base64 (44 characters), got a value of 12 characters.',
    );
    try {
      loadConfig({ SWITCHBOARD_ENCRYPTION_KEY: short });
    } catch (error) {
      expect((error as Error).name).toBe('ConfigError');
      expect((error as Error).message).not.toContain(short);
    }
    expect(() => loadConfig({ SWITCHBOARD_ENCRYPTION_KEY: hexKey, SWITCHBOARD_ENCRYPTION_KEYS_PREVIOUS: 'nope' })).toThrow(
      'SWITCHBOARD_ENCRYPTION_KEYS_PREVIOUS (entry 1) must be 32 random bytes',
    );
  });
});
