import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CredentialCipher, parseEncryptionKey } from '../../../../src/connections/crypto.js';
import { StagedFileSeal } from '../../../../src/providers/kit/uploads/index.js';

/** A staged file at rest: its own key sealed with the credentials' cipher, both bound to their row. */
describe('staged files at rest', () => {
  const cipher = new CredentialCipher({ current: parseEncryptionKey('test key', randomBytes(32).toString('hex')), previous: [] });
  const seal = new StagedFileSeal(cipher);
  const row = { provider: 'gmail', workspace_id: 'ana@example.com', id: '00000000-0000-4000-8000-000000000001' };
  const other = { ...row, id: '00000000-0000-4000-8000-000000000002' };
  const bytes = randomBytes(70_001);

  it('opens to the same bytes and name, 28 bytes larger than the file, with neither in the clear', () => {
    const { encrypted, sealed } = seal.seal(row, 'Plan été.pdf', bytes);
    expect(encrypted.length).toBe(bytes.length + 28);
    expect(encrypted.includes(bytes.subarray(0, 32))).toBe(false);
    expect(sealed).toMatch(/^sb-enc:v1:/);
    expect(sealed).not.toContain('Plan');
    const secret = seal.secret(row, sealed);
    expect(secret.filename).toBe('Plan été.pdf');
    expect(seal.open(row, secret, encrypted).equals(bytes)).toBe(true);
  });

  it('does not open in another row, nor when the bytes were changed or cut', () => {
    const { encrypted, sealed } = seal.seal(row, 'a.pdf', bytes);
    expect(() => seal.secret(other, sealed)).toThrow(expect.objectContaining({ code: 'PROVIDER_ERROR' }));
    const secret = seal.secret(row, sealed);
    expect(() => seal.open(other, secret, encrypted)).toThrow(expect.objectContaining({ code: 'PROVIDER_ERROR' }));
    const changed = Buffer.from(encrypted);
    changed[100] ^= 1;
    expect(() => seal.open(row, secret, changed)).toThrow(/integrity check/);
    expect(() => seal.open(row, secret, encrypted.subarray(0, 20))).toThrow(/truncated/);
  });
});
