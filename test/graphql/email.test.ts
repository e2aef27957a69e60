import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../../src/providers/index.js';
import type { MessagingProvider } from '../../src/providers/provider.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { graphql } from '../../testkit/gql/index.js';
import { createWorldAccounts } from '../../testkit/providers/fixtures/accounts.js';
import { MemoryWorkspace, MemoryWorkspaces } from '../../testkit/providers/memory/index.js';
import { encodeGlobalId } from '../../src/providers/ids.js';

/**
 * Mail through the schema, on a memory mailbox (a memory workspace whose capabilities say `email`) next to a
 * memory chat workspace: subject, to/cc/bcc and html are taken exactly where `capabilities.email` is true,
 * recipients resolve to users (people outside the organisation by address), replies are addressed and
 * titled by the core's rules, and bad addresses are refused by name.
 */

const SendMail = graphql(`
  mutation SendMail($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message {
        id
        subject
        text
        html
        parent { id }
        author { name email }
        recipients {
          from { name email }
          to { id name email }
          cc { name email }
          bcc { name email }
        }
      }
      userErrors { code message field }
    }
  }
`);

const UpdateMail = graphql(`
  mutation UpdateMail($input: UpdateMessageInput!) {
    updateMessage(input: $input) {
      message { text html }
      userErrors { code message field }
    }
  }
`);

const MailCapabilities = graphql(`
  query MailCapabilities {
    workspaces { name capabilities { email } }
  }
`);

const UserNode = graphql(`
  query MailUserNode($id: ID!) {
    node(id: $id) { ... on User { name email isBot } }
  }
`);

describe('email through the schema (a memory mailbox)', () => {
  let app: TestApp;
  let key: string;
  let mailbox: MemoryWorkspace;
  let mailProvider: MessagingProvider;
  let inbox: string;
  let chatChannel: string;
  const ids = { alice: '', bob: '' };

  beforeAll(async () => {
    const mail = new MemoryWorkspaces({ name: 'memory-mail', email: true });
    const chat = new MemoryWorkspaces();
    app = await startTestApp('pglite', { seed: false, providers: [...PROVIDERS, mail.definition, chat.definition] });
    const accounts = await createWorldAccounts(app.started.services.database.db, 'mail');
    key = accounts.key.alice;

    mailbox = new MemoryWorkspace({ name: 'Alice mail', email: true });
    const alice = mailbox.addUser({ handle: 'alice', displayName: 'Alice Chen', email: 'alice@acme.test', accountId: accounts.accountId.alice });
    const bob = mailbox.addUser({ handle: 'bob', displayName: 'Bob Martinez', email: 'bob@acme.test' });
    ids.alice = alice.id;
    ids.bob = bob.id;
    const folder = mailbox.addChannel('Inbox', [alice.id], { type: 'MAILBOX' });
    inbox = encodeGlobalId({ typename: 'Channel', provider: 'memory-mail', workspaceId: mailbox.id, nativeId: folder.id });
    mailProvider = mail.add(mailbox);

    const team = new MemoryWorkspace({ name: 'Acme chat' });
    const chatAlice = team.addUser({ handle: 'alice', displayName: 'Alice Chen', accountId: accounts.accountId.alice });
    const general = team.addChannel('general', [chatAlice.id]);
    chatChannel = encodeGlobalId({ typename: 'Channel', provider: 'memory', workspaceId: team.id, nativeId: general.id });
    chat.add(team);
  }, 60_000);
  afterAll(() => app?.close());

  const send = async (input: Record<string, unknown>) => (await app.gql(key, SendMail, { input: input as never })).data!.sendMessage;

  it('capabilities say which workspaces take mail', async () => {
    const { data } = await app.gql(key, MailCapabilities);
    expect(data?.workspaces).toEqual(
      expect.arrayContaining([
        { name: 'Alice mail', capabilities: { email: true } },
        { name: 'Acme chat', capabilities: { email: false } },
      ]),
    );
  });

  it('sends a new mail with subject, html and recipients, people outside the organisation resolving by address in one user batch', async () => {
    const loadUsers = vi.spyOn(mailProvider, 'loadUsers');
    const payload = await send({
      channelId: inbox,
      subject: 'Quarterly numbers',
      html: '<p>Hello <b>team</b>,</p><p>see <a href="https://example.com/q3">the report</a>.</p>',
      to: ['"Jane Doe" <Jane.Doe@Outside.example>', 'bob@acme.test'],
      cc: ['carl@partner.example'],
      bcc: ['audit@acme.test'],
    });
    expect(payload.userErrors).toEqual([]);
    const message = payload.message!;
    expect(message.subject).toBe('Quarterly numbers');
    expect(message.html).toBe('<p>Hello <b>team</b>,</p><p>see <a href="https://example.com/q3">the report</a>.</p>');
    expect(message.text).toBe('Hello team,\n\nsee the report (https://example.com/q3).');
    expect(message.author).toEqual({ name: 'Alice Chen', email: 'alice@acme.test' });
    expect(message.recipients.from).toEqual([{ name: 'Alice Chen', email: 'alice@acme.test' }]);
    expect(message.recipients.to.map(({ name, email }) => ({ name, email }))).toEqual([
      // The provider knows no name for an outsider: the address is the name.
      { name: 'jane.doe@outside.example', email: 'jane.doe@outside.example' },
      { name: 'Bob Martinez', email: 'bob@acme.test' },
    ]);
    expect(message.recipients.cc).toEqual([{ name: 'carl@partner.example', email: 'carl@partner.example' }]);
    expect(message.recipients.bcc).toEqual([{ name: 'audit@acme.test', email: 'audit@acme.test' }]);
    // author, from, to, cc and bcc: one provider call for every user the response names.
    expect(loadUsers).toHaveBeenCalledTimes(1);
    expect([...loadUsers.mock.calls[0][0]].sort()).toEqual(
      [ids.alice, 'jane.doe@outside.example', ids.bob, 'carl@partner.example', 'audit@acme.test'].sort(),
    );
    loadUsers.mockRestore();

    // An outsider is a user like any other: its id opens it.
    const node = await app.gql(key, UserNode, { id: message.recipients.to[0].id });
    expect(node.data?.node).toEqual({ name: 'jane.doe@outside.example', email: 'jane.doe@outside.example', isBot: false });
  });

  it('a reply without recipients goes to the parent’s sender, keeps the thread and titles itself "Re: …"', async () => {
    const incoming = mailbox.addMessage(mailbox.channels.keys().next().value!, {
      authorId: 'jane.doe@outside.example',
      text: 'Can we meet?',
      subject: 'Meeting',
      recipients: { to: [ids.alice], cc: [ids.bob] },
    });
    const parentId = encodeGlobalId({ typename: 'Message', provider: 'memory-mail', workspaceId: mailbox.id, nativeId: incoming.id });
    const reply = await send({ channelId: inbox, parentId, text: 'Yes, Tuesday.' });
    expect(reply.userErrors).toEqual([]);
    expect(reply.message).toMatchObject({ subject: 'Re: Meeting', parent: { id: parentId } });
    expect(reply.message!.recipients.to.map((user) => user.email)).toEqual(['jane.doe@outside.example']);
    expect(reply.message!.recipients.cc).toEqual([]);

    // Replying to that reply (one's own mail) goes to its recipients again; "Re: " is not doubled.
    const again = await send({ channelId: inbox, parentId: reply.message!.id, text: 'Or Wednesday.' });
    expect(again.message).toMatchObject({ subject: 'Re: Meeting' });
    expect(again.message!.recipients.to.map((user) => user.email)).toEqual(['jane.doe@outside.example']);

    // With recipients ("reply all" as a client does it) and a new subject, exactly those.
    const all = await send({ channelId: inbox, parentId, text: 'Adding Bob.', subject: 'Meeting (Tuesday)', to: ['jane.doe@outside.example'], cc: ['bob@acme.test', 'BOB@acme.test'] });
    expect(all.message).toMatchObject({ subject: 'Meeting (Tuesday)' });
    expect(all.message!.recipients.to.map((user) => user.email)).toEqual(['jane.doe@outside.example']);
    expect(all.message!.recipients.cc.map((user) => user.email)).toEqual(['bob@acme.test']);
  });

  it('edits a mail in html', async () => {
    const sent = await send({ channelId: inbox, subject: 'Draft', text: 'first', to: ['bob@acme.test'] });
    const edited = await app.gql(key, UpdateMail, { input: { messageId: sent.message!.id, html: '<p>second &amp; final</p>' } });
    expect(edited.data?.updateMessage).toEqual({ message: { text: 'second & final', html: '<p>second &amp; final</p>' }, userErrors: [] });
  });

  it('refuses bad addresses by name, a new mail without recipients, and a subject of two lines', async () => {
    const cases: Array<[Record<string, unknown>, RegExp, string[]]> = [
      [{ to: ['bob@acme.test', 'not an address'] }, /^to: "not an address" is not an email address/, ['input', 'to']],
      [{ to: ['a@b.example, c@d.example'] }, /^to: "a@b.example, c@d.example" is not an email address/, ['input', 'to']],
      [{ cc: ['bob@'] }, /^cc: "bob@" is not an email address/, ['input', 'cc']],
      [{ bcc: ['<javascript:alert(1)>'] }, /^bcc: "<javascript:alert\(1\)>" is not an email address/, ['input', 'bcc']],
      [{}, /^A new mail needs at least one recipient in to, cc or bcc\.$/, ['input', 'to']],
      [{ to: ['bob@acme.test'], subject: 'Hi\r\nBcc: everyone@acme.test' }, /^subject must be one line/, ['input', 'subject']],
    ];
    for (const [fields, message, field] of cases) {
      const payload = await send({ channelId: inbox, text: 'hello', ...fields });
      expect(payload.message).toBeNull();
      expect(payload.userErrors).toEqual([{ code: 'VALIDATION_ERROR', message: expect.stringMatching(message), field }]);
    }
    // Each recipient list is a list argument: the query limits hold it to 100 items, before any resolver runs.
    const many = await app.gql(key, SendMail, { input: { channelId: inbox, text: 'hi', to: Array.from({ length: 101 }, (_, i) => `p${i}@acme.test`) } });
    expect(many.errors?.[0].message).toMatch(/takes at most 100 items; got 101/);
    const blank = await send({ channelId: inbox, html: '<p> </p><script>x</script>', to: ['bob@acme.test'] });
    expect(blank.userErrors).toEqual([{ code: 'VALIDATION_ERROR', message: 'html must not be empty.', field: ['input', 'html'] }]);
  });

  it('a chat workspace answers UNSUPPORTED for subject, to, cc, bcc and html, naming the field', async () => {
    for (const [fields, field] of [
      [{ subject: 'Hello' }, 'subject'],
      [{ to: ['bob@acme.test'] }, 'to'],
      [{ cc: ['bob@acme.test'] }, 'cc'],
      [{ bcc: ['bob@acme.test'] }, 'bcc'],
    ] as const) {
      const payload = await send({ channelId: chatChannel, text: 'hi', ...fields });
      expect(payload.userErrors).toEqual([{ code: 'UNSUPPORTED', message: expect.stringContaining('email workspaces only'), field: ['input', field] }]);
    }
    const html = await send({ channelId: chatChannel, html: '<p>hi</p>' });
    expect(html.userErrors).toEqual([{ code: 'UNSUPPORTED', message: expect.stringContaining('email workspaces only'), field: ['input', 'html'] }]);
  });
});
