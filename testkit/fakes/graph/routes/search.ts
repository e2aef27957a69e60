import type { Container, FakeGraphTenant } from '../tenant.js';
import { badRequest, forbidden, GraphFakeError, type GraphChatMessage } from '../wire.js';
import type { Route, RouteCall, RouteResult } from './support.js';

/**
 * Microsoft Search over Teams messages: `POST /search/query` with one request of `entityTypes: ['chatMessage']`
 * (concepts/search-concept-chat-messages.md). Only the signed-in person's messages (delegated tokens; an
 * application token → 403): channels they belong to and their chats; never deleted or system messages.
 * Every word of `queryString` must appear (case-insensitive) in the text of the body or the sender's name.
 * Hits are newest first (Graph's order for messages); `rank` counts from 1; `summary` is the body's text
 * with the matched words between `<c0>` and `</c0>`; the resource carries only what Graph's search returns
 * (no body, no replyToId: a reply is known by `parentMessageId` in its webUrl). As Graph documents,
 * `total` is the number of hits on this page, and `moreResultsAvailable` tells whether more follow.
 */

const MAX_SIZE = 500;

interface SearchBody {
  requests?: Array<{ entityTypes?: string[]; query?: { queryString?: string }; from?: number; size?: number }>;
}

const text = (message: GraphChatMessage): string =>
  message.body.content
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Every container the user reads, with its messages (oldest first). */
function readableMessages(tenant: FakeGraphTenant, userId: string): Array<{ container: Container; message: GraphChatMessage }> {
  const containers: Container[] = [
    ...[...tenant.channels.values()].map((channel): Container => ({ kind: 'channel', teamId: channel.teamId, channelId: channel.id })),
    ...[...tenant.chats.values()].map((chat): Container => ({ kind: 'chat', chatId: chat.id })),
  ];
  return containers.flatMap((container) => {
    try {
      return tenant.read(container, userId).map((message) => ({ container, message }));
    } catch (error) {
      if (error instanceof GraphFakeError) return [];
      throw error;
    }
  });
}

function summaryOf(body: string, words: string[]): string {
  const marked = body.replace(new RegExp(`(${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi'), '<c0>$1</c0>');
  return marked.length > 200 ? `${marked.slice(0, 200)}...` : marked;
}

function resourceOf(tenant: FakeGraphTenant, container: Container, message: GraphChatMessage): Record<string, unknown> {
  const sender = message.from?.user ? tenant.users.get(message.from.user.id) : undefined;
  return {
    '@odata.type': '#microsoft.graph.chatMessage',
    id: message.id,
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.lastModifiedDateTime,
    subject: message.subject ?? '',
    importance: message.importance,
    webUrl: message.webUrl,
    from: { emailAddress: { name: sender?.displayName ?? message.from?.user?.displayName ?? null, address: sender?.mail ?? null } },
    channelIdentity: container.kind === 'channel' ? { teamId: container.teamId, channelId: container.channelId } : {},
    etag: message.id,
    chatId: container.kind === 'chat' ? container.chatId : container.channelId,
  };
}

function query(call: RouteCall): RouteResult {
  const userId = call.caller.userId;
  if (userId === null) throw forbidden('Application permissions are not supported for searching chatMessage; use delegated permissions.');
  const requests = (call.body as SearchBody | null)?.requests;
  if (!Array.isArray(requests) || requests.length !== 1) throw badRequest('requests must hold exactly one search request.');
  const [request] = requests;
  if (!request.entityTypes || request.entityTypes.length !== 1 || request.entityTypes[0] !== 'chatMessage') {
    throw badRequest('entityTypes must be [\'chatMessage\']: chatMessage cannot be combined with other entity types.');
  }
  const queryString = request.query?.queryString?.trim() ?? '';
  if (!queryString) throw badRequest('query.queryString is required.');
  const from = request.from ?? 0;
  const size = request.size ?? 25;
  if (!Number.isInteger(from) || from < 0 || !Number.isInteger(size) || size < 1 || size > MAX_SIZE) throw badRequest(`from must be 0 or more and size between 1 and ${MAX_SIZE}.`);
  const words = queryString.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = readableMessages(call.tenant, userId)
    .filter(({ message }) => message.deletedDateTime === null && message.messageType === 'message')
    .filter(({ message }) => {
      const haystack = `${text(message)} ${message.from?.user?.displayName ?? ''}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.message.createdDateTime.localeCompare(a.message.createdDateTime) || b.message.id.localeCompare(a.message.id));
  const shown = matches.slice(from, from + size);
  return {
    body: {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.searchResponse)',
      value: [
        {
          searchTerms: words,
          hitsContainers: [
            {
              hits: shown.map(({ container, message }, index) => ({
                hitId: `${container.kind === 'chat' ? container.chatId : container.channelId}:${message.id}`,
                rank: from + index + 1,
                summary: summaryOf(text(message), words),
                resource: resourceOf(call.tenant, container, message),
              })),
              total: shown.length,
              moreResultsAvailable: from + size < matches.length,
            },
          ],
        },
      ],
    },
  };
}

export const searchRouteTable: Route[] = [{ name: 'search.query', method: 'POST', path: '/search/query', handler: query }];
