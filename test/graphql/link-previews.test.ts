import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../testkit/gql/index.js';
import type { TestApp } from '../../testkit/app.js';
import { STORES } from '../../testkit/databases.js';
import { useDemoApp, type DemoDirectory } from '../../testkit/demo.js';
import type { LoggedEvent } from '../../src/providers/events.js';
import { isPrivateAddress } from '../../src/unfurl/address-guard.js';
import { LinkUnfurler } from '../../src/unfurl/unfurler.js';
import { loadConfig } from '../../src/config.js';

const PreviewSend = graphql(`
  mutation PreviewSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id linkPreview { url title } }
      userErrors { code message }
    }
  }
`);

const PreviewEdit = graphql(`
  mutation PreviewEdit($input: UpdateMessageInput!) {
    updateMessage(input: $input) {
      message { id linkPreview { url linkedMessage { id } linkedChannel { id } } }
      userErrors { code message }
    }
  }
`);

const RemovePreview = graphql(`
  mutation RemovePreview($input: MessageInput!) {
    removeLinkPreview(input: $input) {
      message { id linkPreview { url } }
      userErrors { code message field }
    }
  }
`);

const PreviewOf = graphql(`
  query PreviewOf($id: ID!) {
    message(id: $id) {
      id
      linkPreview {
        url
        title
        description
        imageUrl
        siteName
        linkedMessage { id text }
        linkedChannel { id name }
      }
    }
  }
`);

const PreviewCapabilities = graphql(`
  query PreviewCapabilities($workspace: ID!) {
    workspace(id: $workspace) { capabilities { linkPreviewRemoval eventTypes } }
  }
`);

const PreviewTimeline = graphql(`
  query PreviewTimeline($id: ID!) {
    channel(id: $id) { messages(first: 1) { nodes { id } } }
  }
`);

/** A web server on 127.0.0.1 with a few pages, counting the requests it gets. */
interface Site {
  url: string;
  requests: string[];
  /** Holds back the answers to /slow until the returned function is called. */
  hold(): () => void;
  close(): Promise<void>;
}

const PAGE = `<!doctype html><html><head>
  <meta charset="utf-8">
  <title>Fallback title</title>
  <meta property="og:title" content="Quarterly results &amp; outlook">
  <meta content="Revenue grew 12%, the &quot;outlook&quot; is steady." property="og:description">
  <meta property="og:image" content="/img/chart.png">
  <meta property="og:site_name" content="Acme Investor Relations">
</head><body><p>Body text that is never read.</p></body></html>`;

async function startSite(): Promise<Site> {
  const requests: string[] = [];
  let released: Promise<void> = Promise.resolve();
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests.push(request.url ?? '');
    const html = (body: string) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    switch (request.url) {
      case '/report':
        return html(PAGE);
      case '/titled':
        return html('<html><head><title>Just a &lt;title&gt;</title></head><body></body></html>');
      case '/slow':
        return void released.then(() => html(PAGE));
      case '/moved':
        return response.writeHead(302, { location: '/report' }).end();
      case '/error':
        return response.writeHead(500, { 'content-type': 'text/html' }).end('<title>Oops</title>');
      case '/data.json':
        return response.writeHead(200, { 'content-type': 'application/json' }).end('{"title":"not html"}');
      case '/bare':
        return html('<html><body>No head, no title.</body></html>');
      case '/huge':
        // The title only comes after 600 KB: beyond what the unfurler reads.
        return html(`<html><head><script>${'x'.repeat(600 * 1024)}</script><title>Too far</title></head></html>`);
      case '/hang':
        return; // never answers
      default:
        return response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    hold: () => {
      let release!: () => void;
      released = new Promise<void>((resolve) => (release = resolve));
      return release;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site.close());

describe('the unfurler', () => {
  it('reads Open Graph metadata, resolving the image against the page and following redirects', async () => {
    const unfurler = new LinkUnfurler({ allowPrivateNetworks: true });
    const expected = {
      ok: true,
      metadata: {
        title: 'Quarterly results & outlook',
        description: 'Revenue grew 12%, the "outlook" is steady.',
        imageUrl: `${site.url}/img/chart.png`,
        siteName: 'Acme Investor Relations',
      },
    };
    expect(await unfurler.unfurl(`${site.url}/report`)).toEqual(expected);
    expect(await unfurler.unfurl(`${site.url}/moved`)).toEqual({ ...expected, metadata: { ...expected.metadata } });
    // Without Open Graph: the page title, and the host as the site name.
    expect(await unfurler.unfurl(`${site.url}/titled`)).toEqual({
      ok: true,
      metadata: { title: 'Just a <title>', description: null, imageUrl: null, siteName: '127.0.0.1' },
    });
  });

  it('gives up on errors, other content types, pages without metadata, slow servers and metadata past 512 KB', async () => {
    const unfurler = new LinkUnfurler({ allowPrivateNetworks: true, timeoutMs: 300 });
    expect(await unfurler.unfurl(`${site.url}/error`)).toEqual({ ok: false, reason: 'http-status' });
    expect(await unfurler.unfurl(`${site.url}/data.json`)).toEqual({ ok: false, reason: 'not-html' });
    expect(await unfurler.unfurl(`${site.url}/bare`)).toEqual({ ok: false, reason: 'no-metadata' });
    expect(await unfurler.unfurl(`${site.url}/hang`)).toEqual({ ok: false, reason: 'timeout' });
    expect(await unfurler.unfurl(`${site.url}/huge`)).toEqual({ ok: false, reason: 'no-metadata' });
    expect(await unfurler.unfurl('ftp://example.com/file')).toEqual({ ok: false, reason: 'unsupported-url' });
  });

  it('refuses loopback, private and link-local addresses by default, before sending anything', async () => {
    const unfurler = new LinkUnfurler();
    const before = site.requests.length;
    const port = new URL(site.url).port;
    for (const url of [`${site.url}/report`, `http://localhost:${port}/report`, `http://[::1]:${port}/report`, 'http://169.254.169.254/latest/meta-data/']) {
      expect(await unfurler.unfurl(url), url).toEqual({ ok: false, reason: 'private-address' });
    }
    expect(site.requests.length).toBe(before);
  });

  it('is on by default and refuses private networks unless configured otherwise', () => {
    expect(loadConfig({}).linkPreviews).toEqual({ enabled: true, allowPrivateNetworks: false });
    expect(loadConfig({ LINK_PREVIEWS: 'false', LINK_PREVIEWS_ALLOW_PRIVATE_NETWORKS: 'true' }).linkPreviews).toEqual({
      enabled: false,
      allowPrivateNetworks: true,
    });
    expect(() => loadConfig({ LINK_PREVIEWS: 'sometimes' })).toThrow('LINK_PREVIEWS must be true or false, got "sometimes".');
  });

  it('does nothing when switched off', async () => {
    const before = site.requests.length;
    expect(await new LinkUnfurler({ enabled: false, allowPrivateNetworks: true }).unfurl(`${site.url}/report`)).toEqual({
      ok: false,
      reason: 'disabled',
    });
    expect(site.requests.length).toBe(before);
  });

  it('knows which addresses are private', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:10.0.0.1', '::ffff:127.0.0.1']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});

describe.each(STORES)('link previews on %s', (kind) => {
  let app: TestApp;
  let demo: DemoDirectory;
  useDemoApp(kind, (started, directory) => {
    app = started;
    demo = directory;
    // The tests' pages are served from 127.0.0.1, which a real server refuses.
    started.started.services.unfurler = new LinkUnfurler({ allowPrivateNetworks: true });
  });

  const messageUrl = (id: string) => `http://switchboard.test/messages/${id}`;
  const channelUrl = (id: string) => `http://switchboard.test/channels/${id}`;

  async function send(key: string, channelId: string, text: string) {
    const result = await app.gql(key, PreviewSend, { input: { channelId, text } });
    expect(result.data?.sendMessage.userErrors).toEqual([]);
    return result.data!.sendMessage.message!;
  }

  async function preview(key: string, id: string) {
    const result = await app.gql(key, PreviewOf, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.message!.linkPreview;
  }

  async function eventsDuring(work: () => Promise<unknown>): Promise<LoggedEvent[]> {
    const seen: LoggedEvent[] = [];
    const stop = app.started.services.bus.subscribe((event) => seen.push(event));
    try {
      await work();
    } finally {
      stop();
    }
    return seen;
  }

  const nativeId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':').at(-1);

  it("the demo's internal links use the server's PUBLIC_URL, not a hard-coded localhost:4000", async () => {
    const result = await app.gql(
      'demo-alice',
      'query($w: ID!) { workspace(id: $w) { search(query: "postmortem or lurk or leads", first: 20) { nodes { message { text linkPreview { url linkedMessage { id } linkedChannel { id } } } } } } }',
      { w: demo.acmeId },
    );
    expect(result.errors).toBeUndefined();
    type Hit = { message: { text: string; linkPreview: { url: string; linkedMessage: unknown; linkedChannel: unknown } | null } };
    const hits = (result.data as { workspace: { search: { nodes: Hit[] } } }).workspace.search.nodes;
    const internal = hits.map((hit) => hit.message).filter((message) => message.linkPreview?.linkedMessage || message.linkPreview?.linkedChannel);
    expect(internal.length).toBeGreaterThan(0);
    for (const message of internal) {
      expect(message.linkPreview!.url).toMatch(/^http:\/\/switchboard\.test\/(messages|channels)\//);
      expect(message.text).not.toContain('localhost:4000');
    }
  });

  it('the built-in workspace lets authors remove previews', async () => {
    const result = await app.gql('demo-alice', PreviewCapabilities, { workspace: demo.acmeId });
    expect(result.data!.workspace!.capabilities.linkPreviewRemoval).toBe(true);
    expect(result.data!.workspace!.capabilities.eventTypes).toContain('LINK_PREVIEW_REMOVED');
  });

  it('a link to a message is an internal preview that shows the message only to those who can read it', async () => {
    const secret = await send('demo-bob', demo.channel.leadership, 'Reorg plan, do not share');
    const note = await send('demo-alice', demo.channel.general, `Context for leads: ${messageUrl(secret.id)}.`);
    expect(note.linkPreview).toEqual({ url: messageUrl(secret.id), title: null });

    expect(await preview('demo-alice', note.id)).toMatchObject({
      url: messageUrl(secret.id),
      title: null,
      description: null,
      linkedMessage: { id: secret.id, text: 'Reorg plan, do not share' },
      linkedChannel: null,
    });
    // carol sees the link, never what it points at.
    expect(await preview('demo-carol', note.id)).toEqual({
      url: messageUrl(secret.id),
      title: null,
      description: null,
      imageUrl: null,
      siteName: null,
      linkedMessage: null,
      linkedChannel: null,
    });
  });

  it('a link to a channel is an internal preview too; links naming nothing here get no preview', async () => {
    const note = await send('demo-bob', demo.channel.general, `Follow-ups in ${channelUrl(demo.channel.engineering)}`);
    expect((await preview('demo-alice', note.id))?.linkedChannel).toEqual({ id: demo.channel.engineering, name: 'engineering' });
    // carol is not in #engineering.
    expect((await preview('demo-carol', note.id))?.linkedChannel).toBeNull();

    const globex = await send('demo-alice', demo.channel.general, `See ${channelUrl(demo.globexChannelId)}`);
    expect(globex.linkPreview).toBeNull();
    const garbage = await send('demo-alice', demo.channel.general, 'See http://switchboard.test/messages/not-an-id');
    expect(garbage.linkPreview).toBeNull();
    await app.started.services.unfurler!.idle();
    expect(await preview('demo-alice', garbage.id)).toBeNull();
  });

  it('unfurls an external link after the send has returned, and announces it with MESSAGE_UPDATED', async () => {
    const unfurler = app.started.services.unfurler!;
    const seenBefore = site.requests.filter((url) => url === '/slow').length;
    let sent!: { id: string; linkPreview?: unknown };
    const events = await eventsDuring(async () => {
      // The page is held back: the send returns without waiting for it.
      const release = site.hold();
      sent = await send('demo-dave', demo.channel.general, `Numbers are out: ${site.url}/slow`);
      expect(sent.linkPreview).toBeNull();
      expect(await preview('demo-alice', sent.id)).toBeNull();
      release();
      await unfurler.idle();
    });
    expect(site.requests.filter((url) => url === '/slow').length).toBe(seenBefore + 1);
    expect(await preview('demo-carol', sent.id)).toEqual({
      url: `${site.url}/slow`,
      title: 'Quarterly results & outlook',
      description: 'Revenue grew 12%, the "outlook" is steady.',
      imageUrl: `${site.url}/img/chart.png`,
      siteName: 'Acme Investor Relations',
      linkedMessage: null,
      linkedChannel: null,
    });
    const updates = events.filter((event) => event.type === 'MESSAGE_UPDATED');
    expect(updates.map((event) => event.messageId)).toEqual([nativeId(sent.id)]);
  });

  it('a link without usable metadata gets no preview and no event', async () => {
    const events = await eventsDuring(async () => {
      const failing = await send('demo-dave', demo.channel.general, `Broken: ${site.url}/error`);
      await app.started.services.unfurler!.idle();
      expect(await preview('demo-alice', failing.id)).toBeNull();
    });
    expect(events.map((event) => event.type)).toEqual(['MESSAGE_CREATED']);
  });

  it('a server that refuses private networks never fetches them: the send works, the preview never comes', async () => {
    const strict = new LinkUnfurler();
    app.started.services.unfurler = strict;
    try {
      const before = site.requests.length;
      const message = await send('demo-alice', demo.channel.general, `Internal dashboard: ${site.url}/report`);
      await strict.idle();
      expect(site.requests.length).toBe(before);
      expect(await preview('demo-alice', message.id)).toBeNull();
    } finally {
      app.started.services.unfurler = new LinkUnfurler({ allowPrivateNetworks: true });
    }
  });

  it('edits re-examine the first link: a new link replaces the preview, no link removes it', async () => {
    const first = await send('demo-alice', demo.channel.random, `Look ${messageUrl(demo.channel.general)} and ${channelUrl(demo.channel.random)}`);
    // The first link names a channel with a message's path: no preview; the second link is not looked at.
    expect(first.linkPreview).toBeNull();

    const target = await send('demo-bob', demo.channel.random, 'the target');
    const edited = await app.gql('demo-alice', PreviewEdit, { input: { messageId: first.id, text: `Look ${messageUrl(target.id)}` } });
    expect(edited.data!.updateMessage.message!.linkPreview).toEqual({
      url: messageUrl(target.id),
      linkedMessage: { id: target.id },
      linkedChannel: null,
    });
    const relinked = await app.gql('demo-alice', PreviewEdit, { input: { messageId: first.id, text: `Now ${channelUrl(demo.channel.random)}` } });
    expect(relinked.data!.updateMessage.message!.linkPreview).toMatchObject({ linkedChannel: { id: demo.channel.random } });
    const unlinked = await app.gql('demo-alice', PreviewEdit, { input: { messageId: first.id, text: 'No links any more' } });
    expect(unlinked.data!.updateMessage.message!.linkPreview).toBeNull();
  });

  it('only the author removes a preview; it stays removed while the message links to the same URL', async () => {
    const message = await send('demo-carol', demo.channel.general, `Read ${site.url}/report please`);
    await app.started.services.unfurler!.idle();
    expect((await preview('demo-alice', message.id))?.title).toBe('Quarterly results & outlook');

    const byOther = await app.gql('demo-alice', RemovePreview, { input: { messageId: message.id } });
    expect(byOther.data!.removeLinkPreview).toEqual({
      message: null,
      userErrors: [{ code: 'PERMISSION_DENIED', message: 'Only the author can remove the link preview of a message.', field: null }],
    });

    const events = await eventsDuring(async () => {
      const byAuthor = await app.gql('demo-carol', RemovePreview, { input: { messageId: message.id } });
      expect(byAuthor.data!.removeLinkPreview).toEqual({ message: { id: message.id, linkPreview: null }, userErrors: [] });
    });
    expect(events.map((event) => [event.type, event.messageId])).toEqual([['LINK_PREVIEW_REMOVED', nativeId(message.id)]]);

    const again = await app.gql('demo-carol', RemovePreview, { input: { messageId: message.id } });
    expect(again.data!.removeLinkPreview.userErrors).toEqual([
      { code: 'NOT_FOUND', message: 'The message has no link preview to remove.', field: null },
    ]);

    // Same URL after an edit: still removed, and nothing is fetched again.
    const fetches = site.requests.length;
    const sameUrl = await app.gql('demo-carol', PreviewEdit, { input: { messageId: message.id, text: `Please read ${site.url}/report` } });
    expect(sameUrl.data!.updateMessage.message!.linkPreview).toBeNull();
    await app.started.services.unfurler!.idle();
    expect(site.requests.length).toBe(fetches);
    expect(await preview('demo-carol', message.id)).toBeNull();

    // Another URL: a new preview.
    await app.gql('demo-carol', PreviewEdit, { input: { messageId: message.id, text: `Actually ${site.url}/titled` } });
    await app.started.services.unfurler!.idle();
    expect((await preview('demo-carol', message.id))?.title).toBe('Just a <title>');
  });

  it('a message without a preview, or one the viewer cannot see, is NOT_FOUND; an archived channel CONFLICT', async () => {
    const plain = await send('demo-dave', demo.channel.general, 'No links here');
    const none = await app.gql('demo-dave', RemovePreview, { input: { messageId: plain.id } });
    expect(none.data!.removeLinkPreview.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });

    const secret = await send('demo-bob', demo.channel.leadership, `Plan: ${channelUrl(demo.channel.leadership)}`);
    const hidden = await app.gql('demo-carol', RemovePreview, { input: { messageId: secret.id } });
    expect(hidden.data!.removeLinkPreview.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });

    const archived = await app.gql('demo-alice', PreviewTimeline, { id: demo.channel['old-projects'] });
    const old = archived.data!.channel!.messages.nodes[0].id;
    const closed = await app.gql('demo-alice', RemovePreview, { input: { messageId: old } });
    expect(closed.data!.removeLinkPreview.userErrors).toEqual([
      { code: 'CONFLICT', message: '#old-projects is archived and read-only.', field: null },
    ]);
  });

  it('an unfurl that lands after the link was edited away changes nothing', async () => {
    const unfurler = app.started.services.unfurler!;
    const release = site.hold();
    const message = await send('demo-dave', demo.channel.random, `Slow one ${site.url}/slow`);
    // The edit lands while the page is held back; the unfurl of the old URL then finds its preview gone.
    const events = await eventsDuring(async () => {
      await app.gql('demo-dave', PreviewEdit, { input: { messageId: message.id, text: 'never mind' } });
      release();
      await unfurler.idle();
    });
    expect(await preview('demo-dave', message.id)).toBeNull();
    expect(events.map((event) => event.type)).toEqual(['MESSAGE_UPDATED']); // the edit's own, none from the unfurl
  });
});
