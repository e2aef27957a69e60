import { composeMessage } from '../../../src/providers/kit/email/mime-compose.js';
import { GmailProvider } from '../../../src/providers/gmail/index.js';
import { readGmailSettings, type GmailSettings } from '../../../src/providers/gmail/settings.js';
import type { Actor } from '../../../src/providers/model.js';
import { startFakeGmail, type FakeGmail, type FakeGmailOptions } from './server.js';

/**
 * A Gmail mailbox on the fake, opened as a provider: ana@example.com (linked to account `acct-ana`), plus
 * mailboxes for carol@partner.example and bob@example.com so that mail sent by the provider is delivered,
 * and helpers to deliver mail from outside.
 */

export interface GmailMailbox {
  fake: FakeGmail;
  settings: GmailSettings;
  provider: GmailProvider;
  ana: Actor;
  /** An account not linked to the mailbox. */
  eve: Actor;
  /** Mail from outside into ana's mailbox; answers its native id. */
  deliver(mail: Partial<Parameters<typeof composeMessage>[0]> & { from: { name: string | null; address: string }; subject: string; text: string }, labelIds?: string[]): { id: string; messageId: string; threadId: string };
  close(): Promise<void>;
}

export function gmailSettingsFor(fake: FakeGmail, extra: Partial<GmailSettings> = {}): GmailSettings {
  return {
    ...readGmailSettings({ GMAIL_CLIENT_ID: fake.clientId, GMAIL_CLIENT_SECRET: fake.clientSecret, GMAIL_API_URL: fake.apiUrl, GOOGLE_OAUTH_URL: fake.oauthUrl }),
    ...extra,
  };
}

let sequence = 0;

export async function openGmailMailbox(options: FakeGmailOptions & { settings?: Partial<GmailSettings> } = {}): Promise<GmailMailbox> {
  const fake = await startFakeGmail(options);
  fake.addMailbox('ana@example.com');
  fake.addMailbox('carol@partner.example');
  fake.addMailbox('bob@example.com');
  const settings = gmailSettingsFor(fake, options.settings);
  const tokens = fake.issueTokens('ana@example.com');
  const provider = new GmailProvider({
    mailbox: 'ana@example.com',
    settings,
    grant: { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: new Date(tokens.expiresAt) },
    isLinked: async (accountId) => accountId === 'acct-ana',
  });
  return {
    fake,
    settings,
    provider,
    ana: { accountId: 'acct-ana', userId: 'ana@example.com' },
    eve: { accountId: 'acct-eve', userId: 'eve@example.com' },
    deliver(mail, labelIds = ['INBOX', 'UNREAD']) {
      const messageId = mail.messageId ?? `<m${++sequence}.${Date.now()}@partner.example>`;
      const raw = composeMessage({ to: [{ name: 'Ana', address: 'ana@example.com' }], ...mail, messageId });
      const message = fake.deliver('ana@example.com', raw, labelIds, fake.now() + sequence);
      return { id: `${message.threadId}:${message.id}`, messageId, threadId: message.threadId };
    },
    close: () => fake.close(),
  };
}
