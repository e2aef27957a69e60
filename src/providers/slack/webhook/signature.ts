import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Slack's v0 request signing (Events API, interactivity): `X-Slack-Signature` is
 * `v0=` + hex(HMAC-SHA256(signing secret, "v0:" + X-Slack-Request-Timestamp + ":" + raw body)).
 * Checked on the raw bytes before anything is parsed; requests older than five minutes are refused so a
 * captured request cannot be replayed later.
 */

/** How far a request's timestamp may lie in the past (Slack's recommendation and Bolt's check). */
export const MAX_REQUEST_AGE_SECONDS = 5 * 60;

export type SignatureCheck =
  | { ok: true; secretIndex: number }
  | { ok: false; reason: 'missing_headers' | 'stale_timestamp' | 'bad_signature' };

/** The v0 signature of a body, as Slack computes it. */
export function signSlackRequest(signingSecret: string, timestamp: string, rawBody: Uint8Array | string): string {
  const hmac = createHmac('sha256', signingSecret);
  hmac.update(`v0:${timestamp}:`, 'utf8');
  hmac.update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody);
  return `v0=${hmac.digest('hex')}`;
}

/**
 * Verifies a request against each candidate signing secret (a server may host several Slack apps) and
 * says which one signed it. Every candidate is compared in constant time. A timestamp in the future is
 * accepted, as Bolt does; one older than MAX_REQUEST_AGE_SECONDS is not.
 */
export function verifySlackRequest(
  headers: { timestamp: string | null; signature: string | null },
  rawBody: Uint8Array,
  signingSecrets: readonly string[],
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature) return { ok: false, reason: 'missing_headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'stale_timestamp' };
  if (Number(timestamp) < nowSeconds - MAX_REQUEST_AGE_SECONDS) return { ok: false, reason: 'stale_timestamp' };
  if (!/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'bad_signature' };
  const given = Buffer.from(signature, 'utf8');
  let match = -1;
  signingSecrets.forEach((secret, index) => {
    const expected = Buffer.from(signSlackRequest(secret, timestamp, rawBody), 'utf8');
    // Keep comparing after a match, so timing does not tell which secret (or whether any) matched.
    if (timingSafeEqual(expected, given) && match === -1) match = index;
  });
  return match === -1 ? { ok: false, reason: 'bad_signature' } : { ok: true, secretIndex: match };
}
