import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

/**
 * Signed download links: `/files/{id}/download?exp=…&sig=…`, where `sig` is HMAC-SHA256 over the file id
 * and the expiry (seconds since the epoch) with a server secret, base64url. A link is a capability: who
 * holds it may download the file until it expires, without an API key (so `<img src>` and plain browser
 * downloads work). It is handed out only to viewers who may read the file's message, and only for an hour.
 */

/** How long a link works: one hour. */
export const DOWNLOAD_LINK_TTL_SECONDS = 60 * 60;
/**
 * Expiries are rounded up to this step, so the same link is handed out for a few minutes and browser
 * caches can keep the file; a link still works for at least the TTL.
 */
const EXPIRY_STEP_SECONDS = 5 * 60;

/** The settings row holding the generated secret when FILE_URL_SECRET is not configured. */
const SECRET_SETTING = 'file_url_secret';

export type LinkCheck = 'valid' | 'invalid' | 'expired';

export class DownloadSigner {
  constructor(
    private readonly secret: Buffer,
    readonly ttlSeconds = DOWNLOAD_LINK_TTL_SECONDS,
  ) {}

  /** The query parameters of a link to `fileId` made at `now`. */
  sign(fileId: string, now = new Date()): { exp: number; sig: string } {
    const earliest = Math.floor(now.getTime() / 1000) + this.ttlSeconds;
    const exp = Math.ceil(earliest / EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS;
    return { exp, sig: this.signature(fileId, exp) };
  }

  /**
   * Checks a link's parameters: 'invalid' unless the signature matches (compared in constant time),
   * 'expired' when it matches but its time has passed.
   */
  check(fileId: string, exp: string | null, sig: string | null, now = new Date()): LinkCheck {
    if (exp === null || sig === null || !/^\d{1,12}$/.test(exp)) return 'invalid';
    const expected = Buffer.from(this.signature(fileId, Number(exp)), 'utf8');
    const given = Buffer.from(sig, 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    return Number(exp) * 1000 <= now.getTime() ? 'expired' : 'valid';
  }

  private signature(fileId: string, exp: number): string {
    return createHmac('sha256', this.secret).update(`${fileId}.${exp}`, 'utf8').digest('base64url');
  }
}

/**
 * The signing secret: FILE_URL_SECRET when configured, else one generated on first use and kept in the
 * settings table, so every instance sharing the database signs and checks alike and links survive restarts.
 */
export async function loadSigningSecret(db: Kysely<Database>, configured: string | null): Promise<Buffer> {
  if (configured) return Buffer.from(configured, 'utf8');
  await db
    .insertInto('settings')
    .values({ key: SECRET_SETTING, value: randomBytes(32).toString('base64url') })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', SECRET_SETTING).executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'base64url');
}
