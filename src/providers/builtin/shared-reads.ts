import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { InboxFilter } from '../provider.js';
import type { MessageParts } from '../message-parts.js';
import { channelColumns, inboxPageQuery, uuids, type AccessRow, type InboxRow, type Keyset } from './client.js';
import type { ChannelRow, MessageRow, UserRow } from './map.js';

/**
 * Reads of the built-in workspaces of one database merged into one statement per level (issue 14).
 *
 * A request's loaders are per workspace: an account in Acme and Globex made every read twice, one statement
 * per workspace (the unified inbox cost 12 statements for a minimum of 4). The built-in providers of one
 * database share a SharedReads: a read of one kind asked by several of them in the same turn of the event
 * loop (their loaders dispatch together) is one statement over all their workspaces, each answer keeping
 * only the rows of the workspace that asked (ids are UUIDs, and every row is checked against its
 * workspace, so merging never lets one workspace see another's rows).
 *
 * Users wait, too, for the message pages already being read: authors of a page's messages are asked for
 * right after it arrives, so the users of roots and of their reply trees become one statement instead of
 * one per level. Only pages in flight when the users were asked are waited for (no starvation).
 */

const USER_COLUMNS = ['id', 'workspace_id', 'name', 'display_name', 'email', 'avatar_url', 'is_bot', 'role'] as const;

interface Pending<Q, R> {
  workspaceId: string;
  query: Q;
  resolve: (rows: R[]) => void;
  reject: (error: unknown) => void;
}

/** Gathers the calls of one turn and answers them with one `run`. */
class TurnBatch<Q, R> {
  private pending: Array<Pending<Q, R>> = [];

  constructor(
    private readonly run: (calls: ReadonlyArray<{ workspaceId: string; query: Q }>) => Promise<R[][]>,
    private readonly before: () => Promise<void> = async () => {},
  ) {}

  load(workspaceId: string, query: Q): Promise<R[]> {
    return new Promise<R[]>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.dispatch());
      this.pending.push({ workspaceId, query, resolve, reject });
    });
  }

  private async dispatch(): Promise<void> {
    try {
      await this.before();
    } catch {
      // What we waited for failed on its own; the reads below still run.
    }
    const calls = this.pending;
    this.pending = [];
    if (calls.length === 0) return;
    try {
      const answers = await this.run(calls);
      calls.forEach((call, index) => call.resolve(answers[index]));
    } catch (error) {
      for (const call of calls) call.reject(error);
    }
  }
}

export class SharedReads {
  private readonly pagesInFlight = new Set<Promise<unknown>>();
  readonly users: TurnBatch<readonly string[], UserRow>;
  readonly channels: TurnBatch<ChannelQuery, ChannelRow & { roles?: Record<string, AccessRow['member_role']> | null }>;
  readonly workspaces: TurnBatch<null, { id: string; name: string }>;
  readonly viewerUsers: TurnBatch<string, UserRow & { account_id: string | null }>;
  private readonly inboxPages: TurnBatch<InboxPageQuery, InboxRow>;

  constructor(private readonly db: Kysely<Database>) {
    this.users = new TurnBatch(
      async (calls) => {
        const ids = [...new Set(calls.flatMap((call) => call.query))];
        const rows = await db
          .selectFrom('users')
          .select([...USER_COLUMNS])
          .where('workspace_id', 'in', workspacesOf(calls))
          .where(sql<boolean>`id = any(${uuids(ids)})`)
          .execute();
        return calls.map((call) => rows.filter(ofCall(call)));
      },
      () => this.afterPagesInFlight(),
    );
    // Channels, and the roles of the viewers who asked for their access in the same turn: a channel and the
    // viewer's access to it (asked together by every channel lookup) are one statement.
    this.channels = new TurnBatch(async (calls) => {
      const ids = [...new Set(calls.flatMap((call) => call.query.ids))];
      const viewers = [...new Set(calls.flatMap((call) => (call.query.viewerUserId ? [call.query.viewerUserId] : [])))];
      const roles =
        viewers.length > 0
          ? sql`, (select json_object_agg(cm.user_id, cm.role) from channel_members cm
                    where cm.channel_id = c.id and cm.user_id = any(${uuids(viewers)})) as roles`
          : sql``;
      const result = await sql<ChannelRow & { roles?: Record<string, AccessRow['member_role']> | null }>`
        select ${channelColumns} ${roles} from channels c
         where c.workspace_id = any(${uuids(workspacesOf(calls))}) and c.id = any(${uuids(ids)})`.execute(db);
      return calls.map((call) => result.rows.filter(ofCall({ workspaceId: call.workspaceId, query: call.query.ids })));
    });
    this.workspaces = new TurnBatch(async (calls) => {
      const rows = await db.selectFrom('workspaces').select(['id', 'name']).where('id', 'in', workspacesOf(calls)).execute();
      return calls.map((call) => rows.filter((row) => row.id === call.workspaceId));
    });
    this.viewerUsers = new TurnBatch<string, UserRow & { account_id: string | null }>(async (calls) => {
      const accounts = [...new Set(calls.map((call) => call.query))];
      const rows = await db
        .selectFrom('users')
        .select([...USER_COLUMNS, 'account_id'])
        .where('workspace_id', 'in', workspacesOf(calls))
        .where('account_id', 'in', accounts)
        .execute();
      return calls.map((call) => rows.filter((row) => row.workspace_id === call.workspaceId && row.account_id === call.query));
    });
    // Each workspace's page is its own subquery (its member channels, its limit); `union all` makes them one
    // statement, and each call takes back the rows tagged with its position.
    this.inboxPages = new TurnBatch(async (calls) => {
      const parts = calls.map(
        (call, index) =>
          sql`select ${sql.lit(index)}::int as call_index, page.* from (${inboxPageQuery(call.workspaceId, call.query.actorUserId, call.query.filter, call.query.limit, call.query.cursor, call.query.parts)}) page`,
      );
      const result = await sql<InboxRow & { call_index: number }>`${sql.join(parts, sql` union all `)}`.execute(db);
      return calls.map((_, index) =>
        result.rows
          .filter((row) => row.call_index === index)
          .map(({ call_index: _index, ...row }) => row as InboxRow)
          .sort(newestFirst),
      );
    });
  }

  /** One page of an actor's inbox in one workspace; pages of several workspaces in one turn are one statement. */
  inboxPage(workspaceId: string, query: InboxPageQuery): Promise<InboxRow[]> {
    return this.page(this.inboxPages.load(workspaceId, query));
  }

  /** Runs a message-page read, noted as in flight so that users asked for meanwhile wait for its authors. */
  page<T>(read: Promise<T>): Promise<T> {
    this.pagesInFlight.add(read);
    const done = () => this.pagesInFlight.delete(read);
    read.then(done, done);
    return read;
  }

  private async afterPagesInFlight(): Promise<void> {
    if (this.pagesInFlight.size === 0) return;
    await Promise.allSettled([...this.pagesInFlight]);
    // The pages' results reach the resolvers, which ask for their authors, before the next turn.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Channels by id; with a viewer, each row also names that viewer's role in it (`roles`). */
export interface ChannelQuery {
  ids: readonly string[];
  viewerUserId: string | null;
}

export interface InboxPageQuery {
  actorUserId: string;
  filter: InboxFilter;
  limit: number;
  cursor: Keyset | null;
  parts: MessageParts;
}

/** The inbox's order: newest first, then by id (descending), as each subquery sorted. */
function newestFirst(a: MessageRow, b: MessageRow): number {
  const byTime = b.created_at.getTime() - a.created_at.getTime();
  return byTime !== 0 ? byTime : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Whether a row answers this call: its workspace, one of its ids (PostgreSQL prints uuids in lower case). */
function ofCall(call: { workspaceId: string; query: readonly string[] }): (row: { id: string; workspace_id: string }) => boolean {
  const wanted = new Set(call.query.map((id) => id.toLowerCase()));
  return (row) => row.workspace_id === call.workspaceId && wanted.has(row.id);
}

function workspacesOf(calls: ReadonlyArray<{ workspaceId: string }>): string[] {
  return [...new Set(calls.map((call) => call.workspaceId))];
}

const byDatabase = new WeakMap<Kysely<Database>, SharedReads>();

/** The shared reads of the built-in workspaces on `db`. */
export function sharedReadsOf(db: Kysely<Database>): SharedReads {
  let reads = byDatabase.get(db);
  if (!reads) {
    reads = new SharedReads(db);
    byDatabase.set(db, reads);
  }
  return reads;
}
