import type { SearchHitRecord } from '../providers/features/search.js';
import { MAX_QUERY_LENGTH, MAX_SEARCH_OFFSET, searchWorkspace, type SearchResults } from '../resolvers/search.js';
import { builder } from './builder.js';
import { selectsField } from './selection.js';
import { MessageRef, WorkspaceRef } from './refs.js';

/** Workspace.search: full-text search over the messages the viewer can read. */

const SearchHit = builder.objectRef<SearchHitRecord>('SearchHit').implement({
  description: 'One message that matched a search, with why it matched and what surrounds it.',
  fields: (t) => ({
    message: t.field({ type: MessageRef, description: 'The message that matched.', resolve: (hit) => hit.message }),
    score: t.float({
      description: 'Relevance between 0 and 1, higher is better. Comparable within one search only.',
      resolve: (hit) => hit.score,
    }),
    highlights: t.stringList({
      description:
        'Fragments of the message around the matched words, as safe HTML: the text is HTML-escaped and every ' +
        'matched word is wrapped in <mark>…</mark>. Fragments come from the message source (markdown as written).',
      resolve: (hit) => hit.highlights,
    }),
    context: t.field({
      type: [MessageRef],
      description:
        'The messages just before and after the hit, oldest first (deleted ones skipped): in the channel timeline ' +
        'for a thread root, in its thread for a reply (the root counts as the thread’s first message). Empty at ' +
        'the very start and end.',
      resolve: (hit) => hit.context,
    }),
  }),
});

const SearchResultsRef = builder.objectRef<SearchResults>('SearchResults').implement({
  description: 'A page of search hits, best first, and how many messages matched in all.',
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', {
      description:
        'Messages that matched, not just this page. A provider may stop counting at a cap: the built-in workspace ' +
        'ranks and counts the newest 10,100 matches, as deep as offset and first can reach.',
    }),
    hasMore: t.exposeBoolean('hasMore', { description: 'More hits follow: ask again with offset + first.' }),
    query: t.exposeString('query', { description: 'The query as searched (trimmed).' }),
    nodes: t.field({ type: [SearchHit], description: 'The hits of this page, best first.', resolve: (results) => results.hits }),
  }),
});

builder.objectField(WorkspaceRef, 'search', (t) =>
  t.field({
    type: SearchResultsRef,
    description:
      'Full-text search across the messages of this workspace that you can read (channels you are a member of, ' +
      'thread replies included; never deleted or system messages), ranked by relevance, then newest first. ' +
      'A word found in more than 10,100 messages is ranked among ' +
      'the newest 10,100 of them. The query is words in web-search syntax: "an exact ' +
      'phrase", -excluded, either or other; English stemming applies, so "deploying" finds "deployed", and ' +
      'words like "the" are ignored (a query of such words only finds nothing). VALIDATION_ERROR for a blank ' +
      `query or one over ${MAX_QUERY_LENGTH} characters, first outside 1–100, offset outside 0–` +
      `${MAX_SEARCH_OFFSET.toLocaleString('en-US')}, an invalid date, or after not earlier than before; ` +
      'NOT_FOUND for a channel or user you cannot see.',
    args: {
      query: t.arg.string({ required: true, description: 'The words to find.' }),
      channelId: t.arg.id({ description: 'Only messages of this channel.' }),
      userId: t.arg.id({ description: 'Only messages written by this user.' }),
      before: t.arg({ type: 'DateTime', description: 'Only messages sent before this instant.' }),
      after: t.arg({ type: 'DateTime', description: 'Only messages sent after this instant.' }),
      first: t.arg.int({ description: 'Hits per page: 1 to 100, default 20.' }),
      offset: t.arg.int({ description: `Hits to skip, 0 to ${MAX_SEARCH_OFFSET.toLocaleString('en-US')}; default 0.` }),
    },
    resolve: (workspace, args, ctx, info) =>
      searchWorkspace(
        ctx,
        { provider: workspace.provider, workspaceId: workspace.id },
        {
          ...args,
          channelId: args.channelId == null ? null : String(args.channelId),
          userId: args.userId == null ? null : String(args.userId),
        },
        // Headlines and context cost the provider work (ts_headline, a statement): only when asked for.
        { highlights: selectsField(info, 'highlights'), context: selectsField(info, 'context') },
      ),
  }),
);
