import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId } from '../../src/providers/ids.js';
import type { TestApp } from '../../testkit/app.js';
import { useDemoApp, type DemoDirectory } from '../../testkit/demo.js';

/**
 * A NOT_FOUND answer names the id the client sent (the global id), never the provider's internal id: a client
 * can match the message to its own input, and internal UUIDs never leave the server.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** The NOT_FOUND message of an answer: from errors[], or from the first payload's userErrors. */
function notFoundMessage(answer: Answer): string {
  const error = answer.errors?.find((candidate) => candidate.extensions?.code === 'NOT_FOUND');
  if (error) return error.message;
  const payload = Object.values(answer.data ?? {})[0] as { userErrors?: Array<{ code: string; message: string }> } | null;
  const userError = payload?.userErrors?.find((candidate) => candidate.code === 'NOT_FOUND');
  if (userError) return userError.message;
  throw new Error(`no NOT_FOUND in ${JSON.stringify(answer)}`);
}

describe('NOT_FOUND messages name the global id the client sent', () => {
  let app: TestApp;
  let demo: DemoDirectory;
  useDemoApp('pglite', (started, directory) => {
    app = started;
    demo = directory;
  });

  /** A well-formed global id of the Acme workspace whose object does not exist. */
  const missing = (typename: string) =>
    encodeGlobalId({ typename, provider: 'builtin', workspaceId: decodeGlobalId(demo.acmeId).workspaceId, nativeId: randomUUID() });

  async function expectNamed(apiKey: string, query: string, variables: Record<string, unknown>, sent: string) {
    const answer = (await app.gql(apiKey, query, variables)) as Answer;
    const message = notFoundMessage(answer);
    expect(message).toContain(sent);
    expect(message).not.toMatch(UUID);
  }

  it('in query errors: channel(id), message(id), workspace(id)', async () => {
    const channel = missing('Channel');
    await expectNamed('demo-alice', 'query($id: ID!) { channel(id: $id) { name } }', { id: channel }, channel);
    const message = missing('Message');
    await expectNamed('demo-alice', 'query($id: ID!) { message(id: $id) { text } }', { id: message }, message);
    // carol has no user in Globex: the workspace is NOT_FOUND for her, named by its global id.
    await expectNamed('demo-carol', 'query($id: ID!) { workspace(id: $id) { name } }', { id: demo.globexId }, demo.globexId);
    // A private channel carol is not in: indistinguishable from a missing one, and named the same way.
    await expectNamed('demo-carol', 'query($id: ID!) { channel(id: $id) { name } }', { id: demo.channel.leadership }, demo.channel.leadership);
  });

  it('in query errors: ids inside arguments (search by user), also written inline', async () => {
    const user = missing('User');
    await expectNamed('demo-alice', `query($w: ID!) { workspace(id: $w) { search(query: "deploy", userId: "${user}") { totalCount } } }`, { w: demo.acmeId }, user);
  });

  it('in query errors raised deep in the provider: a page around a message that does not exist', async () => {
    const message = missing('Message');
    await expectNamed(
      'demo-alice',
      'query($c: ID!, $m: ID!) { channel(id: $c) { messages(first: 5, around: $m) { nodes { text } } } }',
      { c: demo.channel.general, m: message },
      message,
    );
  });

  it('in userErrors: sendMessage to an unknown channel and below an unknown parent', async () => {
    const channel = missing('Channel');
    await expectNamed(
      'demo-alice',
      'mutation($c: ID!) { sendMessage(input: { channelId: $c, text: "hi" }) { userErrors { code message } } }',
      { c: channel },
      channel,
    );
    const parent = missing('Message');
    await expectNamed(
      'demo-alice',
      'mutation($c: ID!, $p: ID!) { sendMessage(input: { channelId: $c, parentId: $p, text: "hi" }) { userErrors { code message } } }',
      { c: demo.channel.general, p: parent },
      parent,
    );
  });

  it('in userErrors: reactions, pins and thread operations on an unknown message', async () => {
    for (const mutation of [
      'addReaction(input: { messageId: $m, emoji: "👍" })',
      'pinMessage(input: { messageId: $m })',
      'subscribeToThread(input: { messageId: $m })',
      'markUnread(input: { messageId: $m })',
    ]) {
      const message = missing('Message');
      await expectNamed('demo-alice', `mutation($m: ID!) { ${mutation} { userErrors { code message } } }`, { m: message }, message);
    }
  });

  it('in userErrors: people to invite who do not exist, and a scheduled message that is not yours', async () => {
    const user = missing('User');
    await expectNamed(
      'demo-alice',
      'mutation($c: ID!, $u: ID!) { inviteToChannel(input: { channelId: $c, userIds: [$u] }) { userErrors { code message } } }',
      { c: demo.channel.random, u: user },
      user,
    );
    const scheduled = missing('ScheduledMessage');
    await expectNamed(
      'demo-bob',
      'mutation($s: ID!) { deleteScheduledMessage(input: { scheduledMessageId: $s }) { userErrors { code message } } }',
      { s: scheduled },
      scheduled,
    );
  });
});
