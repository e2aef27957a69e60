import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../../src/connections/settings.js';
import { pkcePairForState } from '../../../src/providers/kit/graph/identity.js';
import { readMicrosoftSettings } from '../../../src/providers/kit/graph/settings.js';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';

function refused(env: NodeJS.ProcessEnv): SettingsError {
  try {
    readMicrosoftSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return error as SettingsError;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('Microsoft app settings (MICROSOFT_*)', () => {
  it('nothing set is valid: no app, Microsoft\'s URLs, multi-tenant sign-in', () => {
    expect(readMicrosoftSettings({})).toEqual({
      clientId: null,
      clientSecret: null,
      tenant: 'organizations',
      graphUrl: 'https://graph.microsoft.com/',
      loginUrl: 'https://login.microsoftonline.com/',
      pollIntervalSeconds: 30,
    });
  });

  it('reads the app, the tenant and base URLs (a trailing slash added)', () => {
    const settings = readMicrosoftSettings({
      MICROSOFT_CLIENT_ID: CLIENT_ID,
      MICROSOFT_CLIENT_SECRET: 's3cret',
      MICROSOFT_TENANT: 'contoso.onmicrosoft.com',
      MICROSOFT_GRAPH_URL: 'https://127.0.0.1:4443',
      MICROSOFT_LOGIN_URL: 'https://127.0.0.1:4444/login/',
      MICROSOFT_POLL_INTERVAL_SECONDS: '5',
    });
    expect(settings).toEqual({
      clientId: CLIENT_ID,
      clientSecret: 's3cret',
      tenant: 'contoso.onmicrosoft.com',
      graphUrl: 'https://127.0.0.1:4443/',
      loginUrl: 'https://127.0.0.1:4444/login/',
      pollIntervalSeconds: 5,
    });
  });

  it('refuses bad values naming the variable, without echoing the secret', () => {
    expect(refused({ MICROSOFT_CLIENT_ID: CLIENT_ID }).message).toContain('MICROSOFT_CLIENT_ID and MICROSOFT_CLIENT_SECRET must be set together');
    const secretOnly = refused({ MICROSOFT_CLIENT_SECRET: 'do-not-print' });
    expect(secretOnly.message).not.toContain('do-not-print');
    expect(refused({ MICROSOFT_CLIENT_ID: 'my-app', MICROSOFT_CLIENT_SECRET: 'x' }).message).toContain('MICROSOFT_CLIENT_ID must be');
    expect(refused({ MICROSOFT_TENANT: 'not a tenant' }).message).toContain('MICROSOFT_TENANT must be');
    expect(refused({ MICROSOFT_GRAPH_URL: 'graph.microsoft.com' }).message).toContain('MICROSOFT_GRAPH_URL must be an absolute http(s) URL');
    expect(refused({ MICROSOFT_LOGIN_URL: 'ftp://login.example/' }).message).toContain('MICROSOFT_LOGIN_URL must be an absolute http(s) URL');
    expect(refused({ MICROSOFT_GRAPH_URL: 'https://graph.example/?x=1' }).message).toContain('without query');
    expect(refused({ MICROSOFT_POLL_INTERVAL_SECONDS: '0' }).message).toContain('MICROSOFT_POLL_INTERVAL_SECONDS');
  });
});

describe('PKCE pairs derived from the OAuth state', () => {
  it('the same state and key give the same pair; the challenge is S256 of the verifier; another state or key another pair', () => {
    const pair = pkcePairForState('server-key', 'state-1');
    expect(pkcePairForState('server-key', 'state-1')).toEqual(pair);
    expect(pair.verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(pair.challenge).toBe(createHash('sha256').update(pair.verifier).digest('base64url'));
    expect(pkcePairForState('server-key', 'state-2').verifier).not.toBe(pair.verifier);
    expect(pkcePairForState('other-key', 'state-1').verifier).not.toBe(pair.verifier);
  });
});
