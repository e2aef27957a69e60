import { SwitchboardError } from '../../../errors.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type Search, type SearchHitRecord, type SearchRequest, type SearchResultPage } from '../../features/search.js';
import type { Actor, MessageRecord } from '../../model.js';
import type { SlackResponse } from '../client.js';
import type { SlackConnection } from '../connection.js';
import { compareTs, isChannelId, isTs, isUserId, tsToDate } from '../ids.js';
import { renderMrkdwn } from '../mrkdwn.js';
import type { SlackMessage } from '../wire.js';
import type { FeatureScope } from './scope.js';

/**
 * Search on Slack: search.messages, which Slack answers only to a user token (scope search:read) and
 * only with what that user can see, so the actor's own token is required: a member linked without one
 * gets UNSUPPORTED (capabilities.search is a property of the workspace; whether a viewer linked a user
 * token is not, see README.md). Tier 2 (20+ a minute), `count` at most 100, `page` at most 100.
 *
 * - Offset and limit become Slack's page and count: the smallest count that holds the whole window on one
 *   page, so a search costs one call (two when no count up to 100 does).
 * - Channel and author filters become `in:<#C…>` and `from:<@U…>`. Slack's `after:` / `before:` take days,
 *   so the days around the instants are asked and the exact bounds applied to the page (the total count
 *   may then include a few messages of the boundary days).
 * - Hits are built from what search.messages returns (text, author, time; the thread from the permalink),
 *   without a read per hit: their reactions, reply counts and files are not in the answer and read empty.
 * - Highlights are Slack's own (`highlight=true` marks terms with U+E000 / U+E001) in the rendered text,
 *   cut to the lines that match. Context is Slack's `previous` / `next` (`previous_2` / `next_2` for two), when it sends them.
 */

/** Slack's largest `count` and `page` for search.messages. */
const MAX_COUNT = 100;
const MAX_PAGE = 100;
/** Highlight fragments: at most this many matching lines, each cut to about this many words. */
const MAX_FRAGMENTS = 3;
const FRAGMENT_WORDS = 24;
/** Subtypes that are not people's messages; search answers none of them. */
const SYSTEM_SUBTYPES = /^(channel|group)_(join|leave|name|archive|unarchive|topic|purpose)$|^pinned_item$|^tombstone$/;
const DAY_MS = 86_400_000;

interface SearchMatch {
  ts: string;
  user?: string;
  username?: string;
  text?: string;
  subtype?: string;
  permalink?: string;
  channel?: { id: string };
  files?: SlackMessage['files'];
  attachments?: unknown[];
  previous?: SearchContextMessage;
  previous_2?: SearchContextMessage;
  next?: SearchContextMessage;
  next_2?: SearchContextMessage;
}

interface SearchContextMessage {
  ts: string;
  user?: string;
  text?: string;
  permalink?: string;
}

interface SearchResponse extends SlackResponse {
  messages?: {
    matches?: SearchMatch[];
    total?: number;
    pagination?: { total_count?: number };
    paging?: { total?: number };
  };
}

export async function searchMessages(connection: SlackConnection, actor: Actor, request: SearchRequest): Promise<SearchResultPage> {
  const acting = await connection.acting(actor);
  if (!acting.own) {
    throw new SwitchboardError(
      'UNSUPPORTED',
      'Searching Slack needs your own Slack user token (search.messages answers user tokens only, with what that user can see); ' +
        'link your account with a user token to search this workspace.',
    );
  }
  const query = slackQuery(request);
  const plan = pagesFor(request.offset, request.limit);
  const answers = await Promise.all(
    plan.pages.map((page) =>
      connection.api.call<SearchResponse>('search.messages', { query, count: plan.count, page, highlight: true, sort: 'score', sort_dir: 'desc' }, acting.token),
    ),
  );
  const total = answers.length ? totalOf(answers[0]) : 0;
  const start = plan.pages.length ? (plan.pages[0] - 1) * plan.count : request.offset;
  const window = answers
    .flatMap((answer) => answer.messages?.matches ?? [])
    .slice(request.offset - start, request.offset - start + request.limit);
  const matches = window.filter((match) => keep(match, request));
  const hits = await toHits(connection, matches, request, total);
  return { hits, totalCount: total, hasMore: request.offset + request.limit < total };
}

/** The Slack query: the words as given, then the filters as Slack modifiers. */
export function slackQuery(request: SearchRequest): string {
  const parts = [request.query];
  if (request.channelId && isChannelId(request.channelId)) parts.push(`in:<#${request.channelId}>`);
  if (request.authorId && isUserId(request.authorId)) parts.push(`from:<@${request.authorId}>`);
  // after:D finds messages from the day after D on; before:D those before D (UTC days).
  if (request.createdAfter) parts.push(`after:${day(new Date(request.createdAfter.getTime() - DAY_MS))}`);
  if (request.createdBefore) parts.push(`before:${day(new Date(request.createdBefore.getTime() + DAY_MS))}`);
  return parts.join(' ');
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Slack's count and pages for the window [offset, offset + limit): the smallest count (from `limit` up to
 * 100) whose page holds the whole window, else two pages of `limit`. Pages past Slack's last are left out.
 */
export function pagesFor(offset: number, limit: number): { count: number; pages: number[] } {
  for (let count = Math.min(limit, MAX_COUNT); count <= MAX_COUNT; count += 1) {
    if (Math.floor(offset / count) === Math.floor((offset + limit - 1) / count)) {
      const page = Math.floor(offset / count) + 1;
      return { count, pages: page <= MAX_PAGE ? [page] : [] };
    }
  }
  const count = Math.min(limit, MAX_COUNT);
  const first = Math.floor(offset / count) + 1;
  return { count, pages: [first, first + 1].filter((page) => page <= MAX_PAGE) };
}

function totalOf(answer: SearchResponse): number {
  return answer.messages?.pagination?.total_count ?? answer.messages?.total ?? answer.messages?.paging?.total ?? 0;
}

function keep(match: SearchMatch, request: SearchRequest): boolean {
  if (!match.channel?.id || !isTs(match.ts)) return false;
  if (match.subtype && SYSTEM_SUBTYPES.test(match.subtype)) return false;
  const created = tsToDate(match.ts);
  if (request.createdAfter && created <= request.createdAfter) return false;
  if (request.createdBefore && created >= request.createdBefore) return false;
  return true;
}

async function toHits(connection: SlackConnection, matches: SearchMatch[], request: SearchRequest, total: number): Promise<SearchHitRecord[]> {
  const items = matches.map((match) => {
    const channel = match.channel!.id;
    const context = contextOf(match, request.contextSize).map((message) => ({ channel, message: asMessage(message) }));
    return { channel, hit: asMessage(match), context };
  });
  // records() loads the users mentioned, so that highlights render them by name too.
  const records = await connection.records(items.flatMap((item) => [{ channel: item.channel, message: item.hit }, ...item.context]));
  const names = { user: (id: string) => connection.users.cachedHandle(id) };
  let next = 0;
  const take = (): MessageRecord => records[next++];
  return items.map((item, index) => {
    const message = take();
    const context = item.context.map(take);
    return {
      message,
      // Slack ranks by relevance and sends no score: rank order, comparable within one result.
      score: total - (request.offset + index),
      highlights: fragments(renderMrkdwn(matches[index].text ?? '', names).text),
      context,
    };
  });
}

/** Context messages oldest first: previous_2, previous, next, next_2, as many per side as asked. */
function contextOf(match: SearchMatch, size: number): SearchContextMessage[] {
  if (size <= 0) return [];
  const before = [match.previous_2, match.previous].slice(2 - Math.min(size, 2));
  const after = [match.next, match.next_2].slice(0, Math.min(size, 2));
  return [...before, ...after]
    .filter((message): message is SearchContextMessage => message !== undefined && isTs(message.ts))
    .sort((a, b) => compareTs(a.ts, b.ts));
}

/** A search match as a message: the highlight markers removed, the thread taken from the permalink. */
function asMessage(match: SearchMatch | SearchContextMessage): SlackMessage {
  const threadTs = match.permalink ? new URL(match.permalink).searchParams.get('thread_ts') : null;
  return {
    type: 'message',
    ts: match.ts,
    ...(match.user ? { user: match.user } : {}),
    text: stripMarkers(match.text ?? ''),
    ...(threadTs && threadTs !== match.ts ? { thread_ts: threadTs } : {}),
    ...('files' in match && match.files ? { files: match.files } : {}),
  };
}

function stripMarkers(text: string): string {
  return text.split(HIGHLIGHT_START).join('').split(HIGHLIGHT_END).join('');
}

/**
 * The lines of a highlighted plain text (Slack's mrkdwn with its markers, rendered) that carry a match,
 * each cut to about FRAGMENT_WORDS words starting a few words before its first match.
 */
export function fragments(highlighted: string): string[] {
  const lines = highlighted.split('\n').filter((line) => line.includes(HIGHLIGHT_START));
  return lines.slice(0, MAX_FRAGMENTS).map((line) => {
    const words = line.trim().split(/\s+/);
    if (words.length <= FRAGMENT_WORDS) return words.join(' ');
    const first = Math.max(0, words.findIndex((word) => word.includes(HIGHLIGHT_START)) - 4);
    const cut = words.slice(first, first + FRAGMENT_WORDS);
    return `${first > 0 ? '… ' : ''}${cut.join(' ')}${first + FRAGMENT_WORDS < words.length ? ' …' : ''}`;
  });
}

/** Search on Slack, the `search` part of SlackProvider (capabilities.search NATIVE, with the viewer's user token). */
export class SlackSearch implements Search {
  constructor(private readonly scope: () => FeatureScope) {}

  searchMessages(actor: Actor, request: SearchRequest): Promise<SearchResultPage> {
    return searchMessages(this.scope().connection, actor, request);
  }
}
