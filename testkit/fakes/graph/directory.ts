import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { notFound } from './wire.js';

/**
 * The directory part of a fake tenant: users, the app registration, and what the identity platform issues
 * (authorization codes, access tokens, refresh tokens). Tokens are opaque random strings here; the fake
 * knows whom each one stands for, when it expires, and whether its grant was revoked.
 */

export interface FakeGraphUser {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  userType: 'Member' | 'Guest';
}

export interface FakeApp {
  clientId: string;
  clientSecret: string;
  displayName: string;
  redirectUris: string[];
}

/** What an access token stands for: a user (delegated) or the app itself (application permissions). */
export interface FakeAccessToken {
  token: string;
  clientId: string;
  /** The signed-in user; null for an application (client-credentials) token. */
  userId: string | null;
  expiresAt: number;
  scopes: string[];
}

export interface FakeRefreshToken {
  token: string;
  clientId: string;
  userId: string;
  scopes: string[];
  revoked: boolean;
}

export interface FakeAuthorizationCode {
  code: string;
  clientId: string;
  userId: string;
  redirectUri: string;
  scopes: string[];
  codeChallenge: string | null;
  used: boolean;
}

export class TenantDirectory {
  readonly users = new Map<string, FakeGraphUser>();
  readonly apps = new Map<string, FakeApp>();
  readonly accessTokens = new Map<string, FakeAccessToken>();
  readonly refreshTokens = new Map<string, FakeRefreshToken>();
  readonly authorizationCodes = new Map<string, FakeAuthorizationCode>();
  /** Lifetime of issued access tokens, in seconds (Graph's are about an hour). */
  accessTokenLifetimeSeconds = 3599;
  /** Grants revoked per user (by an admin, a password reset…): their refresh tokens stop working. */
  private readonly revokedUsers = new Set<string>();

  constructor(
    readonly tenantId: string,
    readonly displayName: string,
    readonly clock: () => number,
  ) {}

  addUser(displayName: string, options: { mailNickname?: string; guest?: boolean; id?: string } = {}): FakeGraphUser {
    const nickname = options.mailNickname ?? displayName.split(' ')[0].toLowerCase();
    const user: FakeGraphUser = {
      id: options.id ?? randomUUID(),
      displayName,
      mail: `${nickname}@contoso.example`,
      userPrincipalName: `${nickname}@contoso.example`,
      userType: options.guest ? 'Guest' : 'Member',
    };
    this.users.set(user.id, user);
    return user;
  }

  requireUser(id: string): FakeGraphUser {
    const user = this.users.get(id);
    if (!user) throw notFound(`User ${id}`);
    return user;
  }

  addApp(options: { clientId?: string; clientSecret?: string; displayName?: string; redirectUris?: string[] } = {}): FakeApp {
    const app: FakeApp = {
      clientId: options.clientId ?? randomUUID(),
      clientSecret: options.clientSecret ?? randomBytes(18).toString('base64url'),
      displayName: options.displayName ?? 'Switchboard',
      redirectUris: options.redirectUris ?? [],
    };
    this.apps.set(app.clientId, app);
    return app;
  }

  /** An access token as the token endpoint would issue it (tests that skip the OAuth dance use this). */
  issueAccessToken(clientId: string, userId: string | null, scopes: string[] = ['https://graph.microsoft.com/.default']): FakeAccessToken {
    const token: FakeAccessToken = {
      token: `eyJ0eXAi.${randomBytes(24).toString('base64url')}`,
      clientId,
      userId,
      expiresAt: this.clock() + this.accessTokenLifetimeSeconds * 1000,
      scopes,
    };
    this.accessTokens.set(token.token, token);
    return token;
  }

  issueRefreshToken(clientId: string, userId: string, scopes: string[]): FakeRefreshToken {
    const token: FakeRefreshToken = { token: `0.AR${randomBytes(32).toString('base64url')}`, clientId, userId, scopes, revoked: false };
    this.refreshTokens.set(token.token, token);
    return token;
  }

  /** What the authorize endpoint hands back after `userId` signed in and consented. */
  issueAuthorizationCode(input: { clientId: string; userId: string; redirectUri: string; scopes: string[]; codeChallenge: string | null }): string {
    const code = `0.AX${randomBytes(24).toString('base64url')}`;
    this.authorizationCodes.set(code, { code, used: false, ...input });
    return code;
  }

  /** Revokes every grant of a user: refresh tokens fail with invalid_grant, access tokens stop working. */
  revokeGrants(userId: string): void {
    this.revokedUsers.add(userId);
    for (const token of this.refreshTokens.values()) if (token.userId === userId) token.revoked = true;
    for (const [key, token] of this.accessTokens) if (token.userId === userId) this.accessTokens.delete(key);
  }

  isRevoked(userId: string): boolean {
    return this.revokedUsers.has(userId);
  }

  /** Lets every access token expire now (tests of refresh before expiry and on 401). */
  expireAccessTokens(): void {
    for (const token of this.accessTokens.values()) token.expiresAt = this.clock() - 1;
  }

  /** PKCE S256: base64url(sha256(verifier)). */
  static challengeOf(verifier: string): string {
    return createHash('sha256').update(verifier).digest('base64url');
  }
}
