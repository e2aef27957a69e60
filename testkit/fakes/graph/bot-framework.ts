import { createServer, type Server } from 'node:http';
import { createSign, randomUUID, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';

/**
 * The Bot Framework as Teams' bots meet it, for adaptive-card clicks: it publishes its signing keys (OpenID
 * metadata at `/v1/.well-known/openidconfiguration`, whose `jwks_uri` lists RSA keys endorsed for
 * `msteams`) and POSTs activities to the bot's messaging endpoint with `Authorization: Bearer <JWT>` (RS256,
 * issuer `https://api.botframework.com`, audience the bot's app id, `serviceurl` claim, no `iat`). The test makes the
 * key pair; `token` signs with it (or with another key, to forge), `send` posts an activity. Activities are
 * built as Teams sends them: `executeActivity` (invoke `adaptiveCard/action`, Action.Execute) and
 * `submitActivity` (a message with `value`, Action.Submit). Plain HTTP on 127.0.0.1 (the metadata URL is
 * configurable: MICROSOFT_BOTFRAMEWORK_OPENID_URL).
 */

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
export const TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/amer/';

export interface BotKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** Where a click happened: a channel message (its root when it is a reply) or a chat message. */
export type ClickPlace =
  | { kind: 'channel'; teamId: string; channelId: string; messageId: string; rootId?: string | null }
  | { kind: 'chat'; chatId: string; messageId: string };

export interface ClickOptions {
  tenantId: string;
  place: ClickPlace;
  userId: string;
  userName?: string;
}

export class FakeBotFramework {
  /** Every activity posted, with the answer it got. */
  readonly sent: Array<{ activity: Record<string, unknown>; status: number; body: unknown }> = [];

  private constructor(
    private readonly server: Server,
    readonly key: BotKey,
    readonly appId: string,
  ) {}

  static async start(options: { key: BotKey; appId: string }): Promise<FakeBotFramework> {
    let fake: FakeBotFramework | null = null;
    const server = createServer((request, response) => {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      response.setHeader('content-type', 'application/json');
      if (request.url === '/v1/.well-known/openidconfiguration') {
        response.end(JSON.stringify({ issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      } else if (request.url === '/v1/.well-known/keys') {
        response.end(JSON.stringify({ keys: [{ ...fake!.key.publicKey.export({ format: 'jwk' }), kid: fake!.key.kid, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }] }));
      } else {
        response.statusCode = 404;
        response.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake = new FakeBotFramework(server, options.key, options.appId);
    return fake;
  }

  get openIdUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
  }

  /** A token as the Bot Framework signs it; `claims` override any claim, `key` signs with another key (a forgery). */
  token(claims: Record<string, unknown> = {}, key: BotKey = this.key): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: key.kid };
    // As the Bot Framework's: no `iat`, the service URL as `serviceurl`.
    const payload = { iss: BOT_FRAMEWORK_ISSUER, aud: this.appId, nbf: now, exp: now + 3600, serviceurl: TEAMS_SERVICE_URL, ...claims };
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const signed = `${encode(header)}.${encode(payload)}`;
    const signature = createSign('RSA-SHA256').update(signed).end().sign(key.privateKey).toString('base64url');
    return `${signed}.${signature}`;
  }

  /** Posts an activity to the bot's endpoint (signed with `token()` unless another token is given). */
  async send(endpoint: string, activity: Record<string, unknown>, token: string | null = this.token()): Promise<{ status: number; body: unknown }> {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    const body = text ? (JSON.parse(text) as unknown) : null;
    this.sent.push({ activity, status: response.status, body });
    return { status: response.status, body };
  }

  /** An Action.Execute click: invoke `adaptiveCard/action` with the action's id (when it has one), verb and data. */
  executeActivity(options: ClickOptions, action: { id?: string; verb: string; data?: unknown }): Record<string, unknown> {
    return { ...this.base(options), type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', ...action }, trigger: 'manual' } };
  }

  /** An Action.Submit click: a message activity whose `value` is the action's data (merged with the card's inputs). */
  submitActivity(options: ClickOptions, value: Record<string, unknown>): Record<string, unknown> {
    return { ...this.base(options), type: 'message', value };
  }

  private base({ tenantId, place, userId, userName }: ClickOptions): Record<string, unknown> {
    const channel = place.kind === 'channel';
    return {
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl: TEAMS_SERVICE_URL,
      from: { id: `29:${userId}`, name: userName ?? 'someone', aadObjectId: userId },
      recipient: { id: `28:${this.appId}`, name: 'Switchboard' },
      conversation: channel
        ? { id: `${place.channelId};messageid=${place.rootId ?? place.messageId}`, conversationType: 'channel', isGroup: true, tenantId }
        : { id: place.chatId, conversationType: 'groupChat', isGroup: true, tenantId },
      channelData: channel
        ? { tenant: { id: tenantId }, team: { id: place.channelId, aadGroupId: place.teamId }, channel: { id: place.channelId } }
        : { tenant: { id: tenantId } },
      replyToId: place.messageId,
      locale: 'en-US',
    };
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
