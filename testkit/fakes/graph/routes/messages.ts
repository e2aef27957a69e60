import { matchesFilter, page, pageSize, project } from '../odata.js';
import type { Container } from '../tenant.js';
import { badRequest, type GraphChatMessage, type GraphMention } from '../wire.js';
import { channelContainer, chatContainer, newestFirst, odataContext, type Route, type RouteCall, type RouteResult } from './support.js';
import { deltaPage } from './delta.js';

/**
 * Chat messages of channels and chats: the same operations on both, under `/teams/{teamId}/channels/
 * {channelId}/messages` and `/chats/{chatId}/messages` (providers.md B.1). Channel lists hold root
 * messages only (`$expand=replies` embeds their replies); replies live under `…/messages/{id}/replies`.
 * Chats have no replies. Lists are newest first, `$top` at most 50.
 */

const MAX_TOP = 50;
const DEFAULT_TOP = 20;
/** `$expand=replies` embeds up to this many replies per root, then `replies@odata.nextLink`. */
const EXPANDED_REPLIES = 1000;

function messageJson(call: RouteCall, container: Container, message: GraphChatMessage, expandReplies: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = { ...project(message, call.query.select) };
  if (expandReplies && message.replyToId === null) {
    const replies = newestFirst(call.tenant.read(container, call.caller.userId).filter((reply) => reply.replyToId === message.id));
    json.replies = replies.slice(0, EXPANDED_REPLIES);
    json['replies@odata.context'] = odataContext(call, `replies`);
  }
  return json;
}

function list(container: (params: Record<string, string>) => Container, kind: 'channel' | 'chat') {
  return (call: RouteCall): RouteResult => {
    const where = container(call.params);
    let messages = call.tenant.read(where, call.caller.userId).filter((message) => message.replyToId === null);
    if (kind === 'chat') {
      // Chats: $orderby lastModifiedDateTime desc (default) or createdDateTime desc; $filter on the same property.
      const order = call.query.orderby?.property ?? 'lastModifiedDateTime';
      if (!['lastModifiedDateTime', 'createdDateTime'].includes(order) || call.query.orderby?.descending === false) {
        throw badRequest('$orderby supports only lastModifiedDateTime desc and createdDateTime desc.');
      }
      if (call.query.filter && call.query.filter.some((clause) => clause.property !== order)) {
        throw badRequest('$filter is only supported on the property used in $orderby.');
      }
      messages = messages
        .filter((message) => matchesFilter(message as unknown as Record<string, unknown>, call.query.filter, { lastModifiedDateTime: ['gt', 'lt'], createdDateTime: ['lt'] }))
        .sort((a, b) => (b[order as 'createdDateTime'] ?? '').localeCompare(a[order as 'createdDateTime'] ?? '') || b.id.localeCompare(a.id));
    } else {
      if (call.query.filter || call.query.orderby) throw badRequest('Query option $filter/$orderby is not supported on channel messages.');
      messages = newestFirst(messages);
    }
    const expand = call.query.expand.includes('replies');
    if (expand && kind === 'chat') throw badRequest('$expand=replies is not supported on chat messages.');
    const size = pageSize(call.query, DEFAULT_TOP, MAX_TOP);
    const result = page(messages, call.query, size, call.url);
    return {
      body: {
        '@odata.context': odataContext(call, 'messages'),
        '@odata.count': result.value.length,
        ...result,
        value: result.value.map((message) => messageJson(call, where, message, expand)),
      },
    };
  };
}

function replies(call: RouteCall): RouteResult {
  const where = channelContainer(call.params);
  call.tenant.message(where, call.params.messageId, call.caller.userId);
  const all = newestFirst(call.tenant.read(where, call.caller.userId).filter((reply) => reply.replyToId === call.params.messageId));
  const result = page(all, call.query, pageSize(call.query, DEFAULT_TOP, MAX_TOP), call.url);
  return { body: { '@odata.context': odataContext(call, 'replies'), ...result, value: result.value.map((reply) => project(reply, call.query.select)) } };
}

/** The body of a POST or PATCH, as Graph's chatMessage JSON. */
function payloadOf(call: RouteCall): { body?: { contentType?: string; content?: string }; subject?: string | null; mentions?: GraphMention[]; attachments?: GraphChatMessage['attachments'] } {
  if (!call.body || typeof call.body !== 'object') throw badRequest('A JSON chatMessage body is required.');
  return call.body as ReturnType<typeof payloadOf>;
}

function reactionOf(call: RouteCall): string {
  const type = (call.body as { reactionType?: unknown } | null)?.reactionType;
  if (typeof type !== 'string') throw badRequest('reactionType is required.');
  return type;
}

/** The operations on one message or reply, for one kind of container. */
function messageRoutes(prefix: string, kind: 'channel' | 'chat', container: (params: Record<string, string>) => Container, item: 'message' | 'reply'): Route[] {
  const path = item === 'message' ? `${prefix}/messages/{messageId}` : `${prefix}/messages/{rootId}/replies/{messageId}`;
  const name = `${kind}.${item}`;
  const parent = (call: RouteCall) => (item === 'reply' ? call.params.rootId : null);
  return [
    {
      name: `${name}.get`,
      method: 'GET',
      path,
      handler: (call) => ({ body: project(call.tenant.message(container(call.params), call.params.messageId, call.caller.userId, parent(call)), call.query.select) }),
    },
    {
      name: `${name}.update`,
      method: 'PATCH',
      path,
      handler: (call) => {
        call.tenant.update(container(call.params), call.params.messageId, parent(call), call.caller.userId, payloadOf(call) as Partial<GraphChatMessage>);
        return { status: 204 };
      },
    },
    ...(['softDelete', 'undoSoftDelete'] as const).map((action): Route => ({
      name: `${name}.${action}`,
      method: 'POST',
      path: `${path}/${action}`,
      handler: (call) => {
        call.tenant[action](container(call.params), call.params.messageId, parent(call), call.caller.userId);
        return { status: 204 };
      },
    })),
    ...(['setReaction', 'unsetReaction'] as const).map((action): Route => ({
      name: `${name}.${action}`,
      method: 'POST',
      path: `${path}/${action}`,
      handler: (call) => {
        call.tenant.react(container(call.params), call.params.messageId, parent(call), call.caller.userId, reactionOf(call), action === 'setReaction');
        return { status: 204 };
      },
    })),
  ];
}

const CHANNEL = '/teams/{teamId}/channels/{channelId}';
const CHAT = '/chats/{chatId}';

export const messageRouteTable: Route[] = [
  { name: 'channel.messages.list', method: 'GET', path: `${CHANNEL}/messages`, handler: list(channelContainer, 'channel') },
  { name: 'channel.messages.delta', method: 'GET', path: `${CHANNEL}/messages/delta`, handler: (call) => deltaPage(call, channelContainer(call.params), null) },
  { name: 'channel.replies.delta', method: 'GET', path: `${CHANNEL}/messages/{messageId}/replies/delta`, handler: (call) => deltaPage(call, channelContainer(call.params), call.params.messageId) },
  { name: 'chat.messages.list', method: 'GET', path: `${CHAT}/messages`, handler: list(chatContainer, 'chat') },
  { name: 'channel.replies.list', method: 'GET', path: `${CHANNEL}/messages/{messageId}/replies`, handler: replies },
  {
    name: 'channel.message.post',
    method: 'POST',
    path: `${CHANNEL}/messages`,
    handler: (call) => ({ status: 201, body: call.tenant.post(channelContainer(call.params), call.caller.userId, payloadOf(call)) }),
  },
  {
    name: 'channel.reply.post',
    method: 'POST',
    path: `${CHANNEL}/messages/{messageId}/replies`,
    handler: (call) => ({ status: 201, body: call.tenant.post(channelContainer(call.params), call.caller.userId, payloadOf(call), call.params.messageId) }),
  },
  {
    name: 'chat.message.post',
    method: 'POST',
    path: `${CHAT}/messages`,
    handler: (call) => ({ status: 201, body: call.tenant.post(chatContainer(call.params), call.caller.userId, payloadOf(call)) }),
  },
  ...messageRoutes(CHANNEL, 'channel', channelContainer, 'message'),
  ...messageRoutes(CHANNEL, 'channel', channelContainer, 'reply'),
  ...messageRoutes(CHAT, 'chat', chatContainer, 'message'),
];
