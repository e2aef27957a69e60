import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { OAuth2Client } from 'google-auth-library';

/**
 * Verifies the RS256 bearer JWT a platform signs its pushes with, before anything else of the request is
 * read: Gmail's Pub/Sub pushes (Google OIDC, ../gmail/push-auth.ts) and the Bot Framework's activities
 * (../teams/bot.ts). Checks: RS256 only, the key named by the token's `kid` (from a `SigningKeys` source,
 * re-read when a token names a key it does not hold: rotation), the signature, `exp` present and not passed,
 * `nbf` and `iat` (when present: the Bot Framework's tokens carry no `iat`) not in the future, 300 s of skew
 * as google-auth-library allows, a lifetime of at most a day, the issuer among `issuers`, the audience.
 * Answers the claims, or why not (for the 401 and the log; never the token).
 */

export type JwtClaims = Record<string, unknown>;

/** Public keys by `kid`, as PEM; `fresh` asks for a new read instead of what is cached. */
export type SigningKeys = (fresh: boolean) => Promise<Record<string, string>>;

export interface JwtRules {
  audience: string;
  issuers: readonly string[];
}

export type JwtVerdict = { ok: true; claims: JwtClaims; header: JwtClaims } | { ok: false; refusal: string };

const BEARER = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(authorization: string | null): string | null {
  return BEARER.exec(authorization ?? '')?.[1] ?? null;
}

/** Clock skew allowed on `exp`, `nbf` and `iat`. */
const SKEW_SECONDS = 300;
/** Longest lifetime a token may claim (from now). */
const MAX_LIFETIME_SECONDS = 86_400;

function decoded(part: string): JwtClaims | null {
  try {
    const parsed = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as JwtClaims) : null;
  } catch {
    return null;
  }
}

/** Why the claims are not acceptable at `now` (seconds), or null. */
function claimsRefusal(claims: JwtClaims, rules: JwtRules, now: number): string | null {
  const time = (name: string) => (typeof claims[name] === 'number' && Number.isFinite(claims[name]) ? (claims[name] as number) : null);
  const exp = time('exp');
  if (exp === null) return 'token without expiry';
  if (now > exp + SKEW_SECONDS) return 'token expired';
  if (exp > now + MAX_LIFETIME_SECONDS) return 'token valid for too long';
  for (const name of ['nbf', 'iat']) {
    const at = time(name);
    if (claims[name] !== undefined && (at === null || at > now + SKEW_SECONDS)) return 'token not valid yet';
  }
  if (typeof claims.iss !== 'string' || !rules.issuers.includes(claims.iss)) return 'token of another issuer';
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(rules.audience)) return 'token for another audience';
  return null;
}

export class BearerJwtVerifier {
  constructor(
    private readonly keys: SigningKeys,
    private readonly rules: JwtRules,
    private readonly clock: () => number = Date.now,
  ) {}

  async verify(authorization: string | null): Promise<JwtVerdict> {
    const token = bearerToken(authorization);
    if (!token) return { ok: false, refusal: 'no bearer token' };
    const [headPart, claimsPart, signature] = token.split('.');
    const head = decoded(headPart);
    const claims = decoded(claimsPart);
    // RS256 only: the keys are RSA, and a token naming another algorithm (none, HS256) is not even tried.
    if (!head || !claims || head.alg !== 'RS256' || typeof head.kid !== 'string') return { ok: false, refusal: 'token of an unexpected kind' };
    let keys: Record<string, string>;
    try {
      keys = await this.keys(false);
      if (!Object.hasOwn(keys, head.kid)) keys = await this.keys(true);
    } catch {
      return { ok: false, refusal: 'signing keys not available' };
    }
    if (!Object.hasOwn(keys, head.kid)) return { ok: false, refusal: 'token signed with an unknown key' };
    let signed: boolean;
    try {
      signed = verify('RSA-SHA256', Buffer.from(`${headPart}.${claimsPart}`), keys[head.kid], Buffer.from(signature, 'base64url'));
    } catch {
      signed = false;
    }
    if (!signed) return { ok: false, refusal: 'token signature not verified' };
    const refusal = claimsRefusal(claims, this.rules, this.clock() / 1000);
    return refusal ? { ok: false, refusal } : { ok: true, claims, header: head };
  }
}

/** Keys that are cached for `ttlMs` and re-read at most once per `minRefreshMs` when asked for fresh ones. */
export function cachedKeys(read: () => Promise<Record<string, string>>, options: { ttlMs?: number; minRefreshMs?: number } = {}): SigningKeys {
  const ttlMs = options.ttlMs ?? 24 * 3_600_000;
  const minRefreshMs = options.minRefreshMs ?? 60_000;
  let cached: { keys: Record<string, string>; at: number } | null = null;
  let reading: Promise<Record<string, string>> | null = null;
  return async (fresh) => {
    const now = Date.now();
    const stale = !cached || now - cached.at > ttlMs || (fresh && now - cached.at > minRefreshMs);
    if (!stale) return cached!.keys;
    reading ??= read()
      .then((keys) => {
        cached = { keys, at: Date.now() };
        return keys;
      })
      .finally(() => (reading = null));
    return reading;
  };
}

/** Google's federated sign-on certificates (PEM by kid, cached per Cache-Control by google-auth-library). */
export function googleCerts(certsUrl: string): SigningKeys {
  const client = new OAuth2Client({ endpoints: { oauth2FederatedSignonPemCertsUrl: certsUrl } });
  return async () => (await client.getFederatedSignonCertsAsync()).certs as Record<string, string>;
}

export interface JsonWebKeyWithExtras extends JsonWebKey {
  kid?: string;
  /** The Bot Framework's: the channels (`msteams`, …) a key may sign for. */
  endorsements?: string[];
}

/**
 * The RSA keys of an OpenID Connect provider: its metadata document (`jwks_uri`), then the JWKS, as PEM by
 * kid. `accept` filters keys (the Bot Framework's endorsements). Cached a day; an unknown kid re-reads.
 */
export function openIdKeys(metadataUrl: string, accept: (key: JsonWebKeyWithExtras) => boolean = () => true): SigningKeys {
  return cachedKeys(async () => {
    const metadata = (await fetchJson(metadataUrl)) as { jwks_uri?: unknown };
    if (typeof metadata.jwks_uri !== 'string') throw new Error('OpenID metadata without jwks_uri');
    const jwks = (await fetchJson(metadata.jwks_uri)) as { keys?: JsonWebKeyWithExtras[] };
    const keys: Record<string, string> = {};
    for (const key of jwks.keys ?? []) {
      if (key.kty !== 'RSA' || typeof key.kid !== 'string' || !accept(key)) continue;
      keys[key.kid] = createPublicKey({ key, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
    }
    return keys;
  });
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`GET ${new URL(url).host} answered ${response.status}`);
  return response.json();
}
