import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { decodeGlobalId, encodeGlobalId } from '../../src/providers/ids.js';
import { renderContent } from '../../src/providers/builtin/format.js';
import { serveParent } from '../lib/child.js';

/**
 * The HTTP baseline: what the data costs without GraphQL. A plain node:http handler with hand-written SQL
 * (pg, a pool of 10 like Switchboard's) that answers the benchmark's three requests with the same JSON as
 * Switchboard's GraphQL responses. It authenticates the API key and checks channel membership like
 * Switchboard does, renders markdown to text with the same function, and nothing else: no parsing,
 * validation or resolvers, and each request in as few statements as a hand-written server would use.
 */

const pool = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL!, max: 10 });
const id = (typename: string, workspaceId: string, nativeId: string) => encodeGlobalId({ typename, provider: 'builtin', workspaceId, nativeId });

interface MessageRow {
  id: string;
  workspace_id: string;
  content: string;
  content_format: 'markdown' | 'text';
  deleted_at: Date | null;
  created_at: Date;
  author_id: string | null;
}

class NotFound extends Error {}

/** The viewer's user in a workspace, from its API key. */
async function viewerUser(request: IncomingMessage, workspaceId: string): Promise<string> {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!token) throw new NotFound('no key');
  const hash = createHash('sha256').update(token, 'utf8').digest('hex');
  const { rows } = await pool.query<{ id: string }>(
    `select u.id from api_keys k join users u on u.account_id = k.account_id and u.workspace_id = $2 where k.key_hash = $1`,
    [hash, workspaceId],
  );
  if (!rows[0]) throw new NotFound('not a member');
  return rows[0].id;
}

async function authors(workspaceId: string, ids: Array<string | null>): Promise<Map<string, { id: string; name: string }>> {
  const wanted = [...new Set(ids.filter((value): value is string => value !== null))];
  const { rows } = await pool.query<{ id: string; display_name: string }>(`select id, display_name from users where id = any($1::uuid[])`, [wanted]);
  return new Map(rows.map((row) => [row.id, { id: id('User', workspaceId, row.id), name: row.display_name }]));
}

const text = (row: MessageRow) => (row.deleted_at ? '' : renderContent(row.content, row.content_format).text);

async function channelPage(request: IncomingMessage, url: URL): Promise<unknown> {
  const channel = decodeGlobalId(url.searchParams.get('id')!);
  const user = await viewerUser(request, channel.workspaceId);
  const found = await pool.query<{ name: string }>(
    `select c.name from channels c join channel_members cm on cm.channel_id = c.id and cm.user_id = $2 where c.id = $1 and c.workspace_id = $3`,
    [channel.nativeId, user, channel.workspaceId],
  );
  if (!found.rows[0]) return { data: { node: null } };
  const { rows } = await pool.query<MessageRow & { reply_count: number; reactions: Array<{ emoji: string; count: number }> | null }>(
    `select m.id, m.workspace_id, m.content, m.content_format, m.deleted_at, m.created_at, m.author_id,
            (select count(*)::int from messages d where d.ancestors @> array[m.id] and d.deleted_at is null) as reply_count,
            (select json_agg(json_build_object('emoji', g.emoji, 'count', g.n) order by g.first_at, g.emoji)
               from (select emoji, count(*)::int as n, min(created_at) as first_at from reactions r where r.message_id = m.id group by emoji) g) as reactions
       from messages m
      where m.channel_id = $1 and (m.parent_id is null or m.also_sent_to_channel)
      order by m.created_at desc, m.id desc limit 50`,
    [channel.nativeId],
  );
  const people = await authors(channel.workspaceId, rows.map((row) => row.author_id));
  return {
    data: {
      node: {
        id: url.searchParams.get('id'),
        name: found.rows[0].name,
        messages: {
          nodes: rows.map((row) => ({
            id: id('Message', row.workspace_id, row.id),
            text: text(row),
            createdAt: row.created_at.toISOString(),
            replyCount: row.reply_count,
            author: row.author_id ? (people.get(row.author_id) ?? null) : null,
            reactions: row.reactions ?? [],
          })),
        },
      },
    },
  };
}

async function threadTree(request: IncomingMessage, url: URL): Promise<unknown> {
  const root = decodeGlobalId(url.searchParams.get('id')!);
  const user = await viewerUser(request, root.workspaceId);
  // The root (if the viewer is in its channel) and its whole subtree, in one statement.
  const { rows } = await pool.query<MessageRow & { parent_id: string | null }>(
    `select m.id, m.workspace_id, m.content, m.content_format, m.deleted_at, m.created_at, m.author_id, m.parent_id
       from messages m
      where (m.id = $1 or m.ancestors @> array[$1::uuid]) and m.workspace_id = $3
        and exists (select 1 from channel_members cm where cm.channel_id = m.channel_id and cm.user_id = $2)
      order by m.created_at, m.id`,
    [root.nativeId, user, root.workspaceId],
  );
  const top = rows.find((row) => row.id === root.nativeId);
  if (!top) return { data: { node: null } };
  const people = await authors(root.workspaceId, rows.map((row) => row.author_id));
  const children = new Map<string, typeof rows>();
  for (const row of rows) {
    if (row.parent_id) children.set(row.parent_id, [...(children.get(row.parent_id) ?? []), row]);
  }
  const render = (row: (typeof rows)[number], levels: number): Record<string, unknown> => ({
    id: id('Message', row.workspace_id, row.id),
    text: text(row),
    createdAt: row.created_at.toISOString(),
    author: row.author_id ? (people.get(row.author_id) ?? null) : null,
    ...(levels > 0 ? { children: { nodes: (children.get(row.id) ?? []).slice(0, 10).map((child) => render(child, levels - 1)) } } : {}),
  });
  return { data: { node: render(top, 4) } };
}

async function search(request: IncomingMessage, url: URL): Promise<unknown> {
  const workspace = decodeGlobalId(url.searchParams.get('workspaceId')!);
  const user = await viewerUser(request, workspace.workspaceId);
  const { rows } = await pool.query<MessageRow & { score: number; total: number; channel_id: string; channel_name: string }>(
    `with q as (select websearch_to_tsquery('english', $1) as query),
     ranked as (
       select m.id, ts_rank_cd(m.search_vector, q.query, 33) as score, m.created_at, count(*) over () as total
         from messages m, q
        where m.search_vector @@ q.query and m.deleted_at is null and m.type = 'USER' and m.workspace_id = $2
          and m.channel_id in (select cm.channel_id from channel_members cm where cm.user_id = $3)
        order by score desc, m.created_at desc, m.id desc limit 20)
     select m.id, m.workspace_id, m.content, m.content_format, m.deleted_at, m.created_at, m.author_id,
            r.score::float8 as score, r.total::int as total, c.id as channel_id, c.name as channel_name
       from ranked r join messages m on m.id = r.id join channels c on c.id = m.channel_id
      order by r.score desc, r.created_at desc, r.id desc`,
    [url.searchParams.get('query'), workspace.workspaceId, user],
  );
  const people = await authors(workspace.workspaceId, rows.map((row) => row.author_id));
  return {
    data: {
      workspace: {
        search: {
          totalCount: rows[0]?.total ?? 0,
          nodes: rows.map((row) => ({
            score: row.score,
            message: {
              id: id('Message', row.workspace_id, row.id),
              text: text(row),
              createdAt: row.created_at.toISOString(),
              author: row.author_id ? (people.get(row.author_id) ?? null) : null,
              channel: { id: id('Channel', row.workspace_id, row.channel_id), name: row.channel_name },
            },
          })),
        },
      },
    },
  };
}

const routes: Record<string, (request: IncomingMessage, url: URL) => Promise<unknown>> = {
  '/channel-page': channelPage,
  '/thread-tree': threadTree,
  '/search': search,
};

const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  const url = new URL(request.url ?? '/', 'http://baseline');
  const route = routes[url.pathname];
  const reply = (status: number, body: unknown) => {
    const json = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
    response.end(json);
  };
  if (!route) return reply(404, { errors: [{ message: 'no such route' }] });
  route(request, url).then(
    (body) => reply(200, body),
    (error: unknown) => reply(error instanceof NotFound ? 401 : 500, { errors: [{ message: String(error) }] }),
  );
});

serveParent(
  { info: () => ({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }) },
  {
    setup: () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
    teardown: async () => {
      server.closeAllConnections();
      server.close();
      await pool.end();
    },
  },
);
