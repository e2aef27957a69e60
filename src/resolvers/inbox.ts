import type { RequestContext, WorkspaceScope } from '../context.js';
import { SwitchboardError } from '../errors.js';
import { workspaceKey, type WorkspaceHandle } from '../providers/registry.js';
import type { Edge, Page } from '../providers/paging.js';
import { requireFeature, type InboxFilter } from '../providers/provider.js';
import type { MessageRecord } from '../providers/model.js';
import { requireMemberScope } from './access.js';
import { pageRequest, type ConnectionArgs } from './pagination.js';
import { filterRefs, type Ref } from './refs.js';

/**
 * The unified inbox: messages across the viewer's workspaces, newest first, merged into one list with one
 * opaque cursor. Each workspace's provider pages its own inbox; the cursor remembers, per workspace, the
 * provider cursor of the last message taken from it, so a next page resumes every workspace exactly where
 * the merge left it. One provider call per workspace per page.
 */

export interface InboxArgs extends ConnectionArgs {
  filter?: {
    workspaceIds?: readonly (string | number)[] | null;
    channelIds?: readonly (string | number)[] | null;
    authorIds?: readonly (string | number)[] | null;
    mentionsViewer?: boolean | null;
    unreadOnly?: boolean | null;
    createdAfter?: Date | null;
    createdBefore?: Date | null;
  } | null;
}

/** Where the merge stopped in each workspace; `done`: workspaces with nothing left. */
interface InboxPosition {
  after: Record<string, string>;
  done: string[];
}

export async function unifiedInbox(ctx: RequestContext, args: InboxArgs): Promise<Page<MessageRecord>> {
  const page = pageRequest(args, { backward: false });
  if (page.direction !== 'forward') throw new SwitchboardError('VALIDATION_ERROR', 'around does not apply to the inbox.');
  const filter = args.filter ?? {};
  if (filter.createdAfter && filter.createdBefore && filter.createdAfter >= filter.createdBefore) {
    throw new SwitchboardError('VALIDATION_ERROR', 'filter: createdAfter must be earlier than createdBefore.', {
      field: ['filter', 'createdAfter'],
    });
  }
  const position = page.cursor === null ? { after: {}, done: [] } : decodeInboxCursor(page.cursor);
  const targets = await inboxTargets(ctx, filter);
  const open = targets.filter((target) => !position.done.includes(workspaceKey(target.scope.handle)));

  const pages = await Promise.all(
    open.map(async (target) => {
      const key = workspaceKey(target.scope.handle);
      const actor = (await target.scope.actor())!; // targets are workspaces the viewer has a user in
      const result = await target.scope.provider.listInbox(actor, target.filter, {
        limit: page.limit,
        cursor: position.after[key] ?? null,
      });
      for (const edge of result.edges) target.scope.loaders.messages.prime(edge.node.id, edge.node);
      target.scope.loaders.primeRelated(result);
      return { key, scope: target.scope, page: result };
    }),
  );

  const candidates = pages.flatMap(({ key, page: workspacePage }) =>
    workspacePage.edges.map((edge, index) => ({ key, index, edge })),
  );
  // Newest first; ties by workspace, then in each provider's own order.
  candidates.sort(
    (a, b) =>
      b.edge.node.createdAt.getTime() - a.edge.node.createdAt.getTime() || a.key.localeCompare(b.key) || a.index - b.index,
  );
  const taken = candidates.slice(0, page.limit);

  // Each edge's cursor is the position right after it, so `after: edge.cursor` resumes there.
  const after = { ...position.after };
  const done = new Set(position.done);
  const pageOf = new Map(pages.map(({ key, page: workspacePage }) => [key, workspacePage]));
  const remaining = new Map(pages.map(({ key, page: workspacePage }) => [key, workspacePage.edges.length]));
  const edges: Array<Edge<MessageRecord>> = taken.map(({ key, edge }) => {
    after[key] = edge.cursor;
    const left = remaining.get(key)! - 1;
    remaining.set(key, left);
    if (left === 0 && !pageOf.get(key)!.hasNextPage) done.add(key);
    return { cursor: encodeInboxCursor({ after: { ...after }, done: [...done] }), node: edge.node };
  });
  const hasNextPage = taken.length < candidates.length || pages.some(({ page: workspacePage }) => workspacePage.hasNextPage);
  return { edges, hasNextPage, hasPreviousPage: page.cursor !== null };
}

interface InboxTarget {
  scope: WorkspaceScope;
  filter: InboxFilter;
}

/** The workspaces the inbox reads, each with its part of the filter in native ids. */
async function inboxTargets(ctx: RequestContext, filter: NonNullable<InboxArgs['filter']>): Promise<InboxTarget[]> {
  const workspaceRefs = filterRefs(filter.workspaceIds, 'Workspace', 'workspaceIds');
  const channelRefs = filterRefs(filter.channelIds, 'Channel', 'channelIds');
  const authorRefs = filterRefs(filter.authorIds, 'User', 'authorIds');
  for (const ref of workspaceRefs ?? []) await requireMemberScope(ctx, ref);

  const inScope = (handle: WorkspaceHandle, list: Ref[] | null) =>
    list === null || list.some((ref) => workspaceKey(ref) === workspaceKey(handle));
  const handles = (await ctx.workspaces()).filter(
    (handle) => inScope(handle, workspaceRefs) && inScope(handle, channelRefs) && inScope(handle, authorRefs),
  );

  const targets = await Promise.all(
    handles.map(async (handle): Promise<InboxTarget | null> => {
      const scope = ctx.scope(handle);
      if (filter.unreadOnly) requireFeature(scope.provider, 'readState', ['filter', 'unreadOnly']);
      const native = (list: Ref[] | null) =>
        list && list.filter((ref) => workspaceKey(ref) === workspaceKey(handle)).map((ref) => ref.nativeId);
      const viewer = await scope.actor();
      if (!viewer) return null;
      return {
        scope,
        filter: {
          channelIds: native(channelRefs),
          authorIds: native(authorRefs),
          mentioningUserId: filter.mentionsViewer ? viewer.userId : null,
          createdAfter: filter.createdAfter ?? null,
          createdBefore: filter.createdBefore ?? null,
          unreadOnly: filter.unreadOnly ?? false,
        },
      };
    }),
  );
  return targets.filter((target): target is InboxTarget => target !== null);
}

function encodeInboxCursor(position: InboxPosition): string {
  return Buffer.from(JSON.stringify({ v: 1, ...position }), 'utf8').toString('base64url');
}

function decodeInboxCursor(cursor: string): InboxPosition {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<InboxPosition> & { v?: number };
    const validAfter =
      typeof value.after === 'object' && value.after !== null && Object.values(value.after).every((v) => typeof v === 'string');
    if (value.v === 1 && validAfter && Array.isArray(value.done) && value.done.every((key) => typeof key === 'string')) {
      return { after: value.after as Record<string, string>, done: value.done };
    }
  } catch {
    // reported below
  }
  throw new SwitchboardError('VALIDATION_ERROR', `after: ${JSON.stringify(cursor)} is not an inbox cursor.`, { field: ['after'] });
}
