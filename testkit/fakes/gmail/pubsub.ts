import { createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';

/**
 * A fake Cloud Pub/Sub push subscription for Gmail's `users.watch`: it POSTs push messages to the endpoint
 * under test as Pub/Sub does (`{message:{data,messageId,message_id,publishTime,publish_time},subscription}`,
 * `data` = base64 of `{"emailAddress": …, "historyId": …}`), authenticated with an OIDC bearer token (RS256
 * JWT, `kid` header) signed by a key made at test time. The fake Gmail server publishes that key at
 * `/oauth2/v1/certs` (Google's PEM certs format: `{kid: PEM}`), so Switchboard under test verifies it with
 * the same code as production, only pointed at another certs URL. A test can also sign with a key nobody
 * trusts (`forge`) or alter claims, to prove forged pushes are refused.
 */

export interface PushClaims {
  aud: string;
  iss: string;
  email: string;
  email_verified: boolean;
  iat: number;
  exp: number;
  sub: string;
  azp: string;
}

export interface PushOutcome {
  status: number;
  messageId: string;
}

export interface PubSubOptions {
  /** The push endpoint (Switchboard's /webhooks/gmail). */
  endpoint?: string | null;
  /** The OIDC token's audience; default the endpoint. */
  audience?: string | null;
  serviceAccount?: string;
  subscription?: string;
}

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicPem: string;
}

function makeKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid: randomBytes(20).toString('hex'), privateKey, publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

function b64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

export function signJwt(key: { kid: string; privateKey: KeyObject }, claims: Record<string, unknown>): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', kid: key.kid, typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims));
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key.privateKey);
  return `${head}.${body}.${b64url(signature)}`;
}

export class FakePubSub {
  endpoint: string | null;
  audience: string | null;
  readonly serviceAccount: string;
  readonly subscription: string;
  readonly trusted: SigningKey = makeKey();
  /** Every push sent, in order, with Switchboard's answer. */
  readonly pushes: Array<{ body: Record<string, unknown>; status: number }> = [];
  private pending = new Set<Promise<unknown>>();
  private nextMessageId = 2070443601311540n;
  clock: () => number = () => Date.now();

  constructor(options: PubSubOptions = {}) {
    this.endpoint = options.endpoint ?? null;
    this.audience = options.audience ?? null;
    this.serviceAccount = options.serviceAccount ?? 'gmail-push@switchboard-test.iam.gserviceaccount.com';
    this.subscription = options.subscription ?? 'projects/switchboard-test/subscriptions/gmail-push';
  }

  /** Google's PEM certs document (`oauth2FederatedSignonPemCertsUrl`). */
  certs(): Record<string, string> {
    return { [this.trusted.kid]: this.trusted.publicPem };
  }

  claims(overrides: Partial<PushClaims> = {}): PushClaims {
    const now = Math.floor(this.clock() / 1000);
    return {
      aud: this.audience ?? this.endpoint ?? '',
      iss: 'https://accounts.google.com',
      email: this.serviceAccount,
      email_verified: true,
      iat: now,
      exp: now + 3600,
      sub: '113774264463038321964',
      azp: '113774264463038321964',
      ...overrides,
    };
  }

  /** A bearer token for a push: signed by the trusted key, or by `key` (a forger's). */
  token(overrides: Partial<PushClaims> = {}, key: { kid: string; privateKey: KeyObject } = this.trusted): string {
    return signJwt(key, { ...this.claims(overrides) });
  }

  /** A key nobody trusts, with the trusted key's kid (a forger who copied the header). */
  forgerKey(): { kid: string; privateKey: KeyObject } {
    return { kid: this.trusted.kid, privateKey: makeKey().privateKey };
  }

  body(emailAddress: string, historyId: number | string, messageId = String(this.nextMessageId++)): Record<string, unknown> {
    // Gmail's data has spaces after ':' and ',' (the push guide's sample); Pub/Sub adds snake_case twins.
    const data = Buffer.from(`{"emailAddress": "${emailAddress}", "historyId": ${JSON.stringify(String(historyId))}}`).toString('base64');
    const publishTime = new Date(this.clock()).toISOString();
    return { message: { data, messageId, message_id: messageId, publishTime, publish_time: publishTime }, subscription: this.subscription };
  }

  /** POSTs one push (with `authorization`, default a valid bearer); answers Switchboard's status. */
  async send(body: Record<string, unknown>, authorization: string | null = `Bearer ${this.token()}`): Promise<number> {
    if (!this.endpoint) throw new Error('FakePubSub has no endpoint');
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)' };
    if (authorization) headers.authorization = authorization;
    const response = await fetch(this.endpoint, { method: 'POST', headers, body: JSON.stringify(body) });
    await response.arrayBuffer();
    this.pushes.push({ body, status: response.status });
    return response.status;
  }

  /** What the fake Gmail does on a watched mailbox's change: a push, not awaited by the API call. */
  notify(emailAddress: string, historyId: number): void {
    if (!this.endpoint) return;
    const push = this.send(this.body(emailAddress, historyId)).catch(() => 0);
    this.pending.add(push);
    void push.finally(() => this.pending.delete(push));
  }

  /** Waits until every push sent so far has its answer. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}
