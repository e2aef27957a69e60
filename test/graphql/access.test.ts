import { describe, expect, it } from 'vitest';
import { graphql } from '../../testkit/gql/index.js';
import type { TestApp } from '../../testkit/app.js';
import { useDemoApp, type DemoDirectory } from '../../testkit/demo.js';
import { itWith, PROVIDER_TABLE, SHARED_WORKSPACE, useProviderFixture, type ProviderFixture } from '../../testkit/providers/table.js';

const Me = graphql(`
  query Me {
    viewer { name scopes users { name workspace { name } } }
    workspaces { name }
  }
`);

const ChannelNames = graphql(`
  query ChannelNames($workspaceId: ID!) {
    workspace(id: $workspaceId) { channels(first: 50) { nodes { name isPrivate } } }
  }
`);

const ChannelById = graphql(`
  query ChannelById($id: ID!) {
    channel(id: $id) { name }
  }
`);

const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) { id ... on Channel { name } }
    nodes(ids: [$id]) { id }
  }
`);

const LatestInChannel = graphql(`
  query LatestInChannel($id: ID!) {
    channel(id: $id) { messages(first: 1) { nodes { id } } }
  }
`);

const MessageById = graphql(`
  query MessageById($id: ID!) {
    message(id: $id) { id text }
  }
`);

describe('authentication, ids and request limits', () => {
  let app: TestApp;
  let demo: DemoDirectory;
  useDemoApp('pglite', (started, directory) => {
    app = started;
    demo = directory;
  });

  it('a request without an API key gets NOT_AUTHENTICATED and HTTP 401', async () => {
    const result = await app.gql(null, Me);
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('NOT_AUTHENTICATED');
    expect(result.data).toBeUndefined();
  });

  it('an unknown API key gets NOT_AUTHENTICATED and HTTP 401', async () => {
    const result = await app.gql('demo-mallory', Me);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]).toMatchObject({ message: 'The API key is not valid.', extensions: { code: 'NOT_AUTHENTICATED' } });
  });

  it('User.handle is the @handle mentions use, beside the display name', async () => {
    const result = await app.gql('demo-alice', 'query($id: ID!) { workspace(id: $id) { users(first: 20) { nodes { name handle isBot } } } }', {
      id: demo.acmeId,
    });
    expect(result.errors).toBeUndefined();
    const users = (result.data as { workspace: { users: { nodes: Array<{ name: string; handle: string | null; isBot: boolean }> } } }).workspace.users.nodes;
    expect(users).toEqual(
      expect.arrayContaining([
        { name: 'Alice Chen', handle: 'alice', isBot: false },
        { name: 'Bob Martinez', handle: 'bob', isBot: false },
        expect.objectContaining({ handle: 'switchbot', isBot: true }),
      ]),
    );
  });

  it('a malformed id or an id of the wrong type is a VALIDATION_ERROR that says what was expected', async () => {
    const malformed = await app.gql('demo-alice', ChannelById, { id: 'nope' });
    expect(malformed.errors?.[0]).toMatchObject({
      message: 'id: "nope" is not a valid Switchboard id.',
      extensions: { code: 'VALIDATION_ERROR' },
    });
    const wrongType = await app.gql('demo-alice', ChannelById, { id: demo.acmeId });
    expect(wrongType.errors?.[0].message).toMatch(/^id: expected the id of a Channel, but ".*" is the id of a Workspace\.$/);
  });

  it('every error carries a code of the closed set, including syntax and unknown-field errors', async () => {
    const syntax = await app.gql('demo-alice', '{ viewer { name ');
    expect(syntax.errors?.[0].extensions?.code).toBe('VALIDATION_ERROR');
    const unknownField = await app.gql('demo-alice', '{ viewer { password } }');
    expect(unknownField.errors?.[0].extensions?.code).toBe('VALIDATION_ERROR');
  });

  it('an oversized document or request body is refused before any GraphQL work', async () => {
    const huge = `{ ${Array.from({ length: 3000 }, (_, index) => `a${index}: viewer { name }`).join(' ')} }`;
    const tooManyTokens = await app.gql('demo-alice', huge);
    expect(tooManyTokens.errors?.[0]).toMatchObject({
      // graphql-js spells it "more that"; accept the corrected spelling too.
      message: expect.stringMatching(/^Syntax Error: Document contains more tha[nt] 5000 tokens\. Parsing aborted\.$/),
      extensions: { code: 'VALIDATION_ERROR' },
    });

    const body = JSON.stringify({ query: '{ viewer { name } }', variables: { padding: 'x'.repeat(1024 * 1024) } });
    const response = await app.app.fetch('http://switchboard.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), authorization: 'Bearer demo-alice' },
      body,
    });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('VALIDATION_ERROR');
  });

  it('GET /healthz and /readyz answer without authentication', async () => {
    const response = await app.app.fetch('http://switchboard.test/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    const ready = await app.app.fetch('http://switchboard.test/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('GraphiQL is served at /graphql to a browser', async () => {
    const response = await app.app.fetch('http://switchboard.test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Switchboard');
  });
});

describe.each(PROVIDER_TABLE)('visibility on $name', (entry) => {
  let f: ProviderFixture;
  useProviderFixture(entry, (fixture) => {
    f = fixture;
  });

  it('the viewer sees only the workspaces it has a user in', async () => {
    const alice = await f.app.gql(f.key.alice, Me);
    expect(alice.data?.workspaces.map((workspace) => workspace.name)).toEqual(f.workspaceNames.alice);
    expect(alice.data?.viewer.users.map((user) => user.workspace.name)).toEqual(f.workspaceNames.alice);
    // carol is in Acme where it is shared; a mailbox (Acme on mail) is alice's alone.
    const carol = await f.app.gql(f.key.carol, Me);
    expect(carol.data?.workspaces.map((workspace) => workspace.name)).toEqual(f.workspaceNames.carol);
    expect(f.workspaceNames.carol).toEqual(entry.capabilities.audience === 'PERSONAL' ? [] : [f.acmeName]);
    expect(f.workspaceNames.alice).toEqual(expect.arrayContaining([f.acmeName, 'Globex']));
    const globex = await f.app.gql(f.key.carol, ChannelNames, { workspaceId: f.globexId });
    expect(globex.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  itWith(entry, SHARED_WORKSPACE, 'channels are listed for their members only, public and private alike', async () => {
    const names = async (key: string) =>
      (await f.app.gql(key, ChannelNames, { workspaceId: f.acmeId })).data!.workspace!.channels.nodes.map((c) => c.name);
    expect(await names(f.key.bob)).toContain('leadership');
    const carolSees = await names(f.key.carol);
    expect(carolSees).not.toContain('leadership');
    expect(carolSees).not.toContain('engineering'); // public, but she is not a member
    expect(carolSees).toContain('general');
  });

  itWith(entry, SHARED_WORKSPACE, 'a hidden channel is NOT_FOUND by id, and null through node and nodes, exactly like a missing one', async () => {
    const hidden = await f.app.gql(f.key.carol, ChannelById, { id: f.channel.leadership });
    expect(hidden.data?.channel).toBeNull();
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const asNode = await f.app.gql(f.key.carol, NodeById, { id: f.channel.leadership });
    expect(asNode.errors).toBeUndefined();
    expect(asNode.data).toEqual({ node: null, nodes: [null] });

    const visible = await f.app.gql(f.key.carol, NodeById, { id: f.channel.general });
    expect(visible.data?.node).toEqual({ id: f.channel.general, name: 'general' });
  });

  itWith(entry, SHARED_WORKSPACE, 'a message in a hidden channel is NOT_FOUND, never PERMISSION_DENIED', async () => {
    const latest = await f.app.gql(f.key.alice, LatestInChannel, { id: f.channel.leadership });
    const messageId = latest.data!.channel!.messages.nodes[0].id;
    const asCarol = await f.app.gql(f.key.carol, MessageById, { id: messageId });
    expect(asCarol.data?.message).toBeNull();
    expect(asCarol.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const asBob = await f.app.gql(f.key.bob, MessageById, { id: messageId });
    expect(asBob.data?.message?.id).toBe(messageId);
  });

  // The personal reading of the cases above: nobody but the owner sees anything of a mailbox.
  if (entry.capabilities.audience === 'PERSONAL') {
    it('a mailbox is its owner’s alone: to anyone else it, its folders and its mail are NOT_FOUND, like missing ones', async () => {
      const latest = await f.app.gql(f.key.alice, LatestInChannel, { id: f.channel.general });
      const messageId = latest.data!.channel!.messages.nodes[0].id;
      for (const key of [f.key.bob, f.key.carol, f.key.dave]) {
        const workspace = await f.app.gql(key, ChannelNames, { workspaceId: f.acmeId });
        expect(workspace.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        const channel = await f.app.gql(key, ChannelById, { id: f.channel.general });
        expect(channel.data?.channel).toBeNull();
        expect(channel.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect((await f.app.gql(key, NodeById, { id: f.channel.leadership })).data).toEqual({ node: null, nodes: [null] });
        const message = await f.app.gql(key, MessageById, { id: messageId });
        expect(message.data?.message).toBeNull();
        expect(message.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      }
      const own = await f.app.gql(f.key.alice, MessageById, { id: messageId });
      expect(own.data?.message?.id).toBe(messageId);
    });
  }
});
