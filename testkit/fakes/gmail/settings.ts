import { randomBytes } from 'node:crypto';
import { loadConnectionSettings } from '../../../src/config.js';
import type { ConnectionSettings } from '../../../src/connections/settings.js';
import type { FakeGmail } from './server.js';

/**
 * Server settings that point the Gmail definition at the fake: an encryption key and GMAIL_* read from an
 * environment as a deployment sets them. With `push`, a Pub/Sub topic and the fake pusher's service account
 * (the fake serves the key that signs its pushes at GOOGLE_OAUTH_URL's oauth2/v1/certs, the one test key trusted).
 */
export function gmailServerSettings(fake: FakeGmail, options: { push?: boolean; publicUrl?: string } = {}): ConnectionSettings {
  return loadConnectionSettings({
    SWITCHBOARD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    GMAIL_CLIENT_ID: fake.clientId,
    GMAIL_CLIENT_SECRET: fake.clientSecret,
    GMAIL_API_URL: fake.apiUrl,
    GOOGLE_OAUTH_URL: fake.oauthUrl,
    ...(options.push ? { GMAIL_PUBSUB_TOPIC: 'projects/switchboard-test/topics/gmail', GMAIL_PUSH_SERVICE_ACCOUNT: fake.pubsub.serviceAccount } : {}),
    ...(options.publicUrl ? { GMAIL_PUSH_AUDIENCE: `${options.publicUrl}/webhooks/gmail` } : {}),
  });
}
