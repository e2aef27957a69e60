import type { RequestContext } from '../context.js';
import { SwitchboardError } from '../errors.js';
import type { WorkspaceHandle } from '../providers/registry.js';
import { requireFeature } from '../providers/provider.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHitRecord } from '../providers/features/search.js';
import { requireChannel, requireMemberScope } from './access.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';
import { notFoundRef, refFromGlobalId, sameWorkspace, workspaceNotFound } from './refs.js';

/**
 * Workspace search (the operation reference's POST /workspaces/{wid}/messages/search): validates the
 * arguments, resolves the filters with the viewer's access, asks the provider, and primes the message
 * loader with every hit and context message so that nothing is read twice.
 */

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 500;
/** Deepest offset accepted: relevance paging is for people, not for exporting a workspace. */
export const MAX_SEARCH_OFFSET = 10_000;
/** Messages of context on each side of a hit. */
export const SEARCH_CONTEXT_SIZE = 1;

export interface SearchArgs {
  query: string;
  channelId?: string | null;
  userId?: string | null;
  before?: Date | null;
  after?: Date | null;
  first?: number | null;
  offset?: number | null;
}

export interface SearchResults {
  /** The query as searched (trimmed). */
  query: string;
  totalCount: number;
  hasMore: boolean;
  hits: SearchHitRecord[];
}

/** What the client reads of each hit beyond its message (both by default). */
export interface SearchSelection {
  highlights: boolean;
  context: boolean;
}

export async function searchWorkspace(
  ctx: RequestContext,
  workspace: WorkspaceHandle,
  args: SearchArgs,
  selection: SearchSelection = { highlights: true, context: true },
): Promise<SearchResults> {
  const query = args.query.trim();
  if (query.length === 0) throw invalid('query', 'query must contain at least one word to search for.');
  const length = [...query].length;
  if (length > MAX_QUERY_LENGTH) {
    throw invalid('query', `query is ${length.toLocaleString('en-US')} characters long; the limit is ${MAX_QUERY_LENGTH}.`);
  }
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw invalid('first', `first must be between 1 and ${MAX_PAGE_SIZE}, got ${limit}.`);
  }
  const offset = args.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_SEARCH_OFFSET) {
    throw invalid('offset', `offset must be between 0 and ${MAX_SEARCH_OFFSET.toLocaleString('en-US')}, got ${offset}.`);
  }
  for (const name of ['before', 'after'] as const) {
    const value = args[name];
    if (value != null && Number.isNaN(value.getTime())) throw invalid(name, `${name} is not a valid date-time.`);
  }
  if (args.before && args.after && args.after.getTime() >= args.before.getTime()) {
    throw invalid('after', `after (${args.after.toISOString()}) must be earlier than before (${args.before.toISOString()}).`);
  }
  const channelRef = args.channelId ? inWorkspace(refFromGlobalId(args.channelId, 'Channel', ['channelId']), workspace, 'channelId') : null;
  const userRef = args.userId ? inWorkspace(refFromGlobalId(args.userId, 'User', ['userId']), workspace, 'userId') : null;

  const scope = await requireMemberScope(ctx, workspace);
  const search = requireFeature(scope.provider, 'search');
  const actor = await scope.actor();
  if (!actor) throw workspaceNotFound(workspace);
  // A channel you cannot read is NOT_FOUND, as everywhere; an unknown author too.
  const [channel, author] = await Promise.all([
    channelRef ? requireChannel(ctx, channelRef) : null,
    userRef ? scope.loaders.users.load(userRef.nativeId) : null,
  ]);
  if (userRef && !author) throw notFoundRef('User', userRef);

  const page = await search.searchMessages(actor, {
    query,
    channelId: channel?.id ?? null,
    authorId: author?.id ?? null,
    createdAfter: args.after ?? null,
    createdBefore: args.before ?? null,
    limit,
    offset,
    contextSize: selection.context ? SEARCH_CONTEXT_SIZE : 0,
    highlights: selection.highlights,
  });
  scope.loaders.primeRelated(page);
  for (const hit of page.hits) {
    for (const message of [hit.message, ...hit.context]) scope.loaders.messages.clear(message.id).prime(message.id, message);
  }
  const hits = page.hits.map((hit) => ({ ...hit, highlights: hit.highlights.map(renderHighlight) }));
  return { query, totalCount: page.totalCount, hasMore: page.hasMore, hits };
}

/** Where a highlighted term starts and ends in `SearchHit.highlights`. */
export const HIGHLIGHT_MARKUP = { start: '<mark>', end: '</mark>' };

/**
 * A highlight fragment as safe HTML: the text HTML-escaped, each matched term in <mark>…</mark>. A client
 * can insert it as HTML as it is, or strip the two tags for plain text.
 */
export function renderHighlight(fragment: string): string {
  return fragment
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .split(HIGHLIGHT_START)
    .join(HIGHLIGHT_MARKUP.start)
    .split(HIGHLIGHT_END)
    .join(HIGHLIGHT_MARKUP.end);
}

function inWorkspace<T extends WorkspaceHandle>(ref: T, workspace: WorkspaceHandle, field: string): T {
  if (!sameWorkspace(ref, workspace)) {
    throw invalid(field, `${field}: the id belongs to another workspace than the one searched.`);
  }
  return ref;
}

function invalid(field: string, message: string): SwitchboardError {
  return new SwitchboardError('VALIDATION_ERROR', message, { field: [field] });
}
