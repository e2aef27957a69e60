import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { graphql } from '../../testkit/gql/index.js';
import type { TestApp } from '../../testkit/app.js';
import { STORES } from '../../testkit/databases.js';
import { useDemoApp, type DemoDirectory } from '../../testkit/demo.js';

const SearchSend = graphql(`
  mutation SearchSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id createdAt }
      userErrors { code message }
    }
  }
`);

const SearchEdit = graphql(`
  mutation SearchEdit($input: UpdateMessageInput!) {
    updateMessage(input: $input) { userErrors { code message } }
  }
`);

const SearchDelete = graphql(`
  mutation SearchDelete($input: DeleteMessageInput!) {
    deleteMessage(input: $input) { userErrors { code message } }
  }
`);

const Search = graphql(`
  query Search(
    $workspace: ID!
    $query: String!
    $channelId: ID
    $userId: ID
    $before: DateTime
    $after: DateTime
    $first: Int
    $offset: Int
  ) {
    workspace(id: $workspace) {
      search(query: $query, channelId: $channelId, userId: $userId, before: $before, after: $after, first: $first, offset: $offset) {
        totalCount
        hasMore
        query
        nodes {
          score
          highlights
          message { id text author { name } channel { name } }
          context { id text }
        }
      }
    }
  }
`);

const SearchCapabilities = graphql(`
  query SearchCapabilities($workspace: ID!) {
    workspace(id: $workspace) { capabilities { search } }
  }
`);

type SearchVariables = {
  query: string;
  channelId?: string | null;
  userId?: string | null;
  before?: string | null;
  after?: string | null;
  first?: number | null;
  offset?: number | null;
};

describe.each(STORES)('workspace search on %s', (kind) => {
  let app: TestApp;
  let demo: DemoDirectory;
  useDemoApp(kind, (started, directory) => {
    app = started;
    demo = directory;
  });

  /** A word no demo message contains, unique per test, so each test sees only its own messages. */
  let serial = 0;
  const word = (stem: string) => `${stem}${kind}${(serial += 1)}x`;

  async function send(key: string, input: { channelId: string; text: string; parentId?: string }) {
    const result = await app.gql(key, SearchSend, { input });
    expect(result.data?.sendMessage.userErrors).toEqual([]);
    return result.data!.sendMessage.message!;
  }

  async function search(key: string, variables: SearchVariables) {
    const result = await app.gql(key, Search, { workspace: demo.acmeId, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!.workspace!.search;
  }

  async function searchError(variables: Record<string, unknown>) {
    const result = await app.gql('demo-alice', Search, { workspace: demo.acmeId, ...(variables as SearchVariables) });
    expect(result.data?.workspace ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    return { code: result.errors![0].extensions?.code, message: result.errors![0].message };
  }

  it('the built-in workspace searches natively', async () => {
    const result = await app.gql('demo-alice', SearchCapabilities, { workspace: demo.acmeId });
    expect(result.data!.workspace!.capabilities.search).toBe('NATIVE');
  });

  it('ranks a short message about the term and one that repeats it above a long message that mentions it once', async () => {
    const term = word('quokka');
    const weak = await send('demo-alice', {
      channelId: demo.channel.random,
      text:
        `Long notes from the offsite: we covered hiring, the budget for next year, the office move, lunch options, ` +
        `the new laptop policy, travel, and at some point someone said ${term} in passing before we moved on to the roadmap.`,
    });
    const twice = await send('demo-bob', { channelId: demo.channel.random, text: `${term} review: the ${term} plan is ready` });
    const short = await send('demo-carol', { channelId: demo.channel.random, text: term });

    const results = await search('demo-alice', { query: term });
    expect(results.totalCount).toBe(3);
    const order = results.nodes.map((hit) => hit.message.id);
    expect(order.at(-1)).toBe(weak.id);
    expect(order.slice(0, 2).sort()).toEqual([twice.id, short.id].sort());
    const scores = results.nodes.map((hit) => hit.score);
    expect(scores[1]).toBeGreaterThan(scores[2]);
    for (const score of scores) expect(score).toBeGreaterThan(0);
    for (const score of scores) expect(score).toBeLessThan(1);
  });

  it('breaks ties by recency: of two equally good matches the newer comes first', async () => {
    const term = word('tie');
    const older = await send('demo-alice', { channelId: demo.channel.general, text: `${term} again` });
    const newer = await send('demo-alice', { channelId: demo.channel.general, text: `${term} again` });
    const results = await search('demo-alice', { query: term });
    expect(results.nodes.map((hit) => hit.message.id)).toEqual([newer.id, older.id]);
    expect(results.nodes[0].score).toBe(results.nodes[1].score);
  });

  it('stems English words and understands web-search syntax', async () => {
    const term = word('frobnic');
    const deployed = await send('demo-alice', { channelId: demo.channel.general, text: `${term} deployed the payments service` });
    await send('demo-alice', { channelId: demo.channel.general, text: `${term} rolled back the search service` });
    expect((await search('demo-alice', { query: `${term} deploying` })).nodes.map((hit) => hit.message.id)).toEqual([deployed.id]);
    expect((await search('demo-alice', { query: `${term} -search` })).nodes.map((hit) => hit.message.id)).toEqual([deployed.id]);
    expect((await search('demo-alice', { query: `"${term} deployed"` })).totalCount).toBe(1);
    expect((await search('demo-alice', { query: `"${term} service"` })).totalCount).toBe(0);
    // Only stop words: nothing to look for, so nothing is found.
    expect((await search('demo-alice', { query: 'the and of' })).totalCount).toBe(0);
  });

  it('filters by channel, author and time, each alone and together', async () => {
    const term = word('filter');
    const inGeneral = await send('demo-alice', { channelId: demo.channel.general, text: `${term} one` });
    const inRandom = await send('demo-bob', { channelId: demo.channel.random, text: `${term} two` });
    const latest = await send('demo-alice', { channelId: demo.channel.random, text: `${term} three` });

    const ids = async (variables: Partial<SearchVariables>) =>
      (await search('demo-alice', { query: term, ...variables })).nodes.map((hit) => hit.message.id).sort();
    expect(await ids({ channelId: demo.channel.random })).toEqual([inRandom.id, latest.id].sort());
    expect(await ids({ userId: demo.user['Alice Chen'] })).toEqual([inGeneral.id, latest.id].sort());
    expect(await ids({ channelId: demo.channel.random, userId: demo.user['Alice Chen'] })).toEqual([latest.id]);
    expect(await ids({ after: inRandom.createdAt })).toEqual([latest.id]);
    expect(await ids({ before: inRandom.createdAt })).toEqual([inGeneral.id]);
    expect(await ids({ after: inGeneral.createdAt, before: latest.createdAt })).toEqual([inRandom.id]);
  });

  it('pages with first and offset; totalCount counts every match and hasMore says when more follow', async () => {
    const term = word('paging');
    const sent: string[] = [];
    for (let i = 0; i < 5; i += 1) sent.push((await send('demo-dave', { channelId: demo.channel.general, text: `${term} number ${i}` })).id);

    const pages = [];
    for (const offset of [0, 2, 4]) pages.push(await search('demo-alice', { query: term, first: 2, offset }));
    expect(pages.map((page) => page.totalCount)).toEqual([5, 5, 5]);
    expect(pages.map((page) => page.hasMore)).toEqual([true, true, false]);
    expect(pages.map((page) => page.nodes.length)).toEqual([2, 2, 1]);
    const seen = pages.flatMap((page) => page.nodes.map((hit) => hit.message.id));
    expect(new Set(seen).size).toBe(5);
    expect(seen.sort()).toEqual([...sent].sort());

    // Past the end: no hits, and the total is still told.
    const beyond = await search('demo-alice', { query: term, first: 2, offset: 6 });
    expect(beyond).toMatchObject({ totalCount: 5, hasMore: false, nodes: [], query: term });
    // The query comes back trimmed; the default page holds 20.
    const padded = await search('demo-alice', { query: `  ${term}  ` });
    expect(padded).toMatchObject({ query: term, totalCount: 5, hasMore: false });
  });

  it('highlights the matched words with <mark> in HTML-escaped fragments that a message cannot forge', async () => {
    const term = word('kumquat');
    await send('demo-alice', {
      channelId: demo.channel.general,
      text: `Fix <b>${term}</b> & "quotes" before \ue000fake\ue001 ships`,
    });
    const [hit] = (await search('demo-alice', { query: term })).nodes;
    expect(hit.highlights).toHaveLength(1);
    // ts_headline picks where a fragment starts; what it shows is escaped, and the only tags are ours.
    expect(hit.highlights[0]).toContain(`<mark>${term}</mark>&lt;/b&gt; &amp; &quot;quotes&quot; before fake ships`);
    expect(hit.highlights[0]).not.toMatch(/<(?!\/?mark>)/);
    expect(hit.highlights[0].match(/<mark>/g)).toHaveLength(1);
  });

  it('drops markdown emphasis from fragments of markdown messages', async () => {
    const term = word('emph');
    const result = await app.gql('demo-alice', SearchSend, {
      input: { channelId: demo.channel.general, markdown: `Ship **${term}** with \`care\`` },
    });
    expect(result.data!.sendMessage.userErrors).toEqual([]);
    const [hit] = (await search('demo-alice', { query: term })).nodes;
    expect(hit.highlights).toEqual([`Ship <mark>${term}</mark> with care`]);
  });

  it('gives each hit its neighbours: in the channel timeline for a root, in its thread for a reply', async () => {
    const term = word('context');
    const before = await send('demo-alice', { channelId: demo.channel.random, text: 'just before' });
    const root = await send('demo-bob', { channelId: demo.channel.random, text: `${term} root` });
    const after = await send('demo-carol', { channelId: demo.channel.random, text: 'just after' });
    const first = await send('demo-dave', { channelId: demo.channel.random, text: 'first reply', parentId: root.id });
    const reply = await send('demo-alice', { channelId: demo.channel.random, text: `${term} reply`, parentId: first.id });
    const last = await send('demo-bob', { channelId: demo.channel.random, text: 'last reply', parentId: root.id });

    const hits = (await search('demo-alice', { query: term })).nodes;
    const byId = new Map(hits.map((hit) => [hit.message.id, hit.context.map((message) => message.id)]));
    // Replies are not in the channel timeline: the root's neighbours are the timeline's.
    expect(byId.get(root.id)).toEqual([before.id, after.id]);
    expect(byId.get(reply.id)).toEqual([first.id, last.id]);

    // The first reply's earlier neighbour is the root itself; deleted messages are skipped.
    const firstHit = await send('demo-carol', { channelId: demo.channel.random, text: `${term} alone`, parentId: after.id });
    const again = (await search('demo-alice', { query: `${term} alone` })).nodes;
    expect(again.map((hit) => [hit.message.id, hit.context.map((message) => message.id)])).toEqual([[firstHit.id, [after.id]]]);
    expect((await app.gql('demo-bob', SearchDelete, { input: { messageId: last.id } })).data!.deleteMessage.userErrors).toEqual([]);
    const afterDelete = (await search('demo-alice', { query: `${term} reply` })).nodes;
    expect(afterDelete[0].context.map((message) => message.id)).toEqual([first.id]);
  });

  it('re-indexes edits and never finds deleted messages', async () => {
    const old = word('tangerine');
    const replacement = word('mandarin');
    const message = await send('demo-dave', { channelId: demo.channel.general, text: `${old} pie` });
    expect((await search('demo-alice', { query: old })).totalCount).toBe(1);

    const edit = await app.gql('demo-dave', SearchEdit, { input: { messageId: message.id, text: `${replacement} pie` } });
    expect(edit.data!.updateMessage.userErrors).toEqual([]);
    expect((await search('demo-alice', { query: old })).totalCount).toBe(0);
    expect((await search('demo-alice', { query: replacement })).nodes.map((hit) => hit.message.id)).toEqual([message.id]);

    const removal = await app.gql('demo-dave', SearchDelete, { input: { messageId: message.id } });
    expect(removal.data!.deleteMessage.userErrors).toEqual([]);
    expect((await search('demo-alice', { query: replacement })).totalCount).toBe(0);
  });

  it("never returns messages of channels the viewer cannot read: carol's search has no #leadership hits", async () => {
    const term = word('secret');
    const hidden = await send('demo-bob', { channelId: demo.channel.leadership, text: `${term} budget cuts` });
    const visible = await send('demo-bob', { channelId: demo.channel.general, text: `${term} all-hands` });
    const engineering = await send('demo-bob', { channelId: demo.channel.engineering, text: `${term} roadmap` });

    const carol = await search('demo-carol', { query: term });
    expect(carol.nodes.map((hit) => hit.message.id)).toEqual([visible.id]);
    expect(carol.totalCount).toBe(1);
    const alice = await search('demo-alice', { query: term });
    expect(alice.nodes.map((hit) => hit.message.id).sort()).toEqual([hidden.id, visible.id, engineering.id].sort());

    // Naming the hidden channel is NOT_FOUND, exactly like a channel that does not exist.
    const named = await app.gql('demo-carol', Search, { workspace: demo.acmeId, query: term, channelId: demo.channel.leadership });
    expect(named.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('searches one workspace only, and only a workspace the viewer belongs to', async () => {
    const term = word('globex');
    const inGlobex = await app.gql('demo-alice', SearchSend, { input: { channelId: demo.globexChannelId, text: `${term} partner call` } });
    expect(inGlobex.data!.sendMessage.userErrors).toEqual([]);
    expect((await search('demo-alice', { query: term })).totalCount).toBe(0);
    const globex = await app.gql('demo-alice', Search, { workspace: demo.globexId, query: term });
    expect(globex.data!.workspace!.search.totalCount).toBe(1);
    // carol has no user in Globex.
    const carol = await app.gql('demo-carol', Search, { workspace: demo.globexId, query: term });
    expect(carol.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // A channel of another workspace is not a filter of this one.
    const crossed = await searchError({ query: term, channelId: demo.globexChannelId });
    expect(crossed).toEqual({ code: 'VALIDATION_ERROR', message: 'channelId: the id belongs to another workspace than the one searched.' });
  });

  it('rejects bad arguments with VALIDATION_ERROR naming the argument', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ query: '' }, /^query must contain at least one word/],
      [{ query: '   ' }, /^query must contain at least one word/],
      [{ query: 'x'.repeat(501) }, /^query is 501 characters long; the limit is 500\.$/],
      [{ query: 'deploy', first: 0 }, /^first must be between 1 and 100, got 0\.$/],
      [{ query: 'deploy', first: 101 }, /^first must be between 1 and 100, got 101\.$/],
      [{ query: 'deploy', offset: -1 }, /^offset must be between 0 and 10,000, got -1\.$/],
      [{ query: 'deploy', offset: 10_001 }, /^offset must be between 0 and 10,000, got 10001\.$/],
      [{ query: 'deploy', before: 'yesterday' }, /\$before.*yesterday/],
      [{ query: 'deploy', after: '2026-13-45T00:00:00Z' }, /\$after/],
      [{ query: 'deploy', after: '2026-01-02T00:00:00Z', before: '2026-01-01T00:00:00Z' }, /^after \(2026-01-02T00:00:00.000Z\) must be earlier than before/],
      [{ query: 'deploy', channelId: 'nope' }, /^channelId: "nope" is not a valid Switchboard id/],
      [{ query: 'deploy', channelId: demo.user['Bob Martinez'] }, /^channelId: expected the id of a Channel/],
      [{ query: 'deploy', userId: demo.channel.general }, /^userId: expected the id of a User/],
    ];
    for (const [variables, message] of cases) {
      const error = await searchError(variables);
      expect(error.code, JSON.stringify(variables).slice(0, 80)).toBe('VALIDATION_ERROR');
      expect(error.message).toMatch(message);
    }
  });

  it('ranks and counts the newest 10,100 matches of a word found in more messages, as deep as offset can reach', async () => {
    const term = word('everywhere');
    const { db } = app.started.services.database;
    const general = Buffer.from(demo.channel.general, 'base64url').toString('utf8').split(':').at(-1)!;
    // 10,150 messages at once, written straight to the table (a send each would take minutes): the oldest 50
    // fall outside the ranked set. The shortest messages are the oldest, so relevance alone would pick them.
    await sql`
      insert into messages (workspace_id, channel_id, author_id, content, created_at, updated_at)
      select c.workspace_id, c.id, cm.user_id,
             case when i <= 50 then ${term} else ${term} || ' and a few more words ' || i end,
             now() - make_interval(secs => 20000 - i), now() - make_interval(secs => 20000 - i)
        from generate_series(1, 10150) i, channels c
        join channel_members cm on cm.channel_id = c.id
        join users u on u.id = cm.user_id and u.name = 'alice'
       where c.id = ${general}::uuid`.execute(db);
    // After a bulk load PostgreSQL's autovacuum refreshes the planner's statistics; PGlite has no
    // autovacuum, so do what it would (without statistics PGlite plans the context walks as sorts).
    await sql`analyze messages`.execute(db);

    const first = await search('demo-alice', { query: term, first: 100 });
    expect(first).toMatchObject({ totalCount: 10_100, hasMore: true });
    expect(first.nodes.every((hit) => hit.message.text !== term)).toBe(true);
    const last = await search('demo-alice', { query: term, first: 100, offset: 10_000 });
    expect(last).toMatchObject({ totalCount: 10_100, hasMore: false });
    expect(last.nodes).toHaveLength(100);
  }, 120_000);

  it('costs the same number of statements for 2 hits with context as for 20', async () => {
    const term = word('budget');
    for (let i = 0; i < 20; i += 1) {
      const channelId = [demo.channel.general, demo.channel.random, demo.channel.engineering][i % 3];
      const root = await send(['demo-alice', 'demo-bob'][i % 2], { channelId, text: `${term} item ${i}` });
      if (i % 4 === 0) await send('demo-dave', { channelId, text: `${term} reply ${i}`, parentId: root.id });
    }
    const counted = async (first: number) => {
      app.takeStatementCount();
      const results = await search('demo-alice', { query: term, first });
      return { statements: app.takeStatementCount(), hits: results.nodes.length, context: results.nodes.flatMap((hit) => hit.context).length };
    };
    const small = await counted(2);
    const large = await counted(20);
    expect(small.hits).toBe(2);
    expect(large.hits).toBe(20);
    expect(large.context).toBeGreaterThan(small.context);
    expect(large.statements).toBe(small.statements);
    // Authentication, memberships, the viewer's user, the hits, their context, their authors and channels.
    expect(large.statements).toBeLessThanOrEqual(8);
  });
});
