import type { GraphCall } from '../kit/graph/client.js';
import { containerPath, messagePath, type MessageAddress, type MessageContainer } from './ids.js';

/**
 * The Graph requests the Teams provider makes, each with its path and the limits it counts against
 * (rate-budget.ts TEAMS_LIMITS): one place that knows Teams' endpoints (providers.md B.1). Functions return
 * `GraphCall`s; connection.ts sends them (`call`, `callAll`, `batch`: through the read cache, cached-reads.ts).
 */

/** Graph reports system messages as `unknownFutureValue` unless asked for the newer enum members. */
const PREFER_SYSTEM_EVENTS = { Prefer: 'include-unknown-enum-members' };
/** Teams' page size limit for channel and chat messages. */
export const MAX_MESSAGES_PAGE = 50;

const resourceOf = (container: MessageContainer): string =>
  container.kind === 'chat' ? `chat:${container.chatId}` : `channel:${container.teamId}/${container.channelId}`;

const readKind = (container: MessageContainer) => (container.kind === 'chat' ? 'chat-messages.read' : 'channel-messages.read');
const postKind = (container: MessageContainer) => (container.kind === 'chat' ? 'chat-messages.post' : 'channel-messages.post');

export const teamsCalls = {
  organization: (): GraphCall => ({ operation: 'organization.get', method: 'GET', path: '/organization?$select=id,displayName', cost: { kind: 'directory' } }),

  user: (userId: string): GraphCall => ({
    operation: 'user.get',
    method: 'GET',
    path: `/users/${encodeURIComponent(userId)}?$select=id,displayName,mail,userPrincipalName,userType`,
    cost: { kind: 'directory' },
  }),

  users: (top: number): GraphCall => ({
    operation: 'users.list',
    method: 'GET',
    path: `/users?$top=${top}&$select=id,displayName,mail,userPrincipalName,userType`,
    cost: { kind: 'directory' },
  }),

  joinedTeams: (userId: string | null): GraphCall => ({
    operation: 'teams.joined',
    method: 'GET',
    path: userId ? `/users/${encodeURIComponent(userId)}/joinedTeams` : '/me/joinedTeams',
    cost: { kind: 'default', userId },
  }),

  team: (teamId: string): GraphCall => ({ operation: 'team.get', method: 'GET', path: `/teams/${encodeURIComponent(teamId)}`, cost: { kind: 'default', resource: `team:${teamId}` } }),

  channels: (teamId: string): GraphCall => ({
    operation: 'channels.list',
    method: 'GET',
    path: `/teams/${encodeURIComponent(teamId)}/channels`,
    cost: { kind: 'channels.list', resource: `team:${teamId}` },
  }),

  channel: (container: MessageContainer & { kind: 'channel' }): GraphCall => ({
    operation: 'channel.get',
    method: 'GET',
    path: containerPath(container),
    cost: { kind: 'default', resource: resourceOf(container) },
  }),

  chat: (chatId: string, userId: string | null): GraphCall => ({
    operation: 'chat.get',
    method: 'GET',
    path: `/chats/${encodeURIComponent(chatId)}?$expand=members`,
    cost: { kind: 'chat.read', resource: `chat:${chatId}`, userId },
  }),

  chats: (userId: string | null): GraphCall => ({
    operation: 'chats.list',
    method: 'GET',
    path: `${userId ? `/users/${encodeURIComponent(userId)}` : '/me'}/chats?$expand=members&$top=50`,
    cost: { kind: 'chats.list', userId },
  }),

  teamMembers: (teamId: string): GraphCall => ({ operation: 'team.members', method: 'GET', path: `/teams/${encodeURIComponent(teamId)}/members`, cost: { kind: 'default', resource: `team:${teamId}` } }),

  members: (container: MessageContainer): GraphCall => ({
    operation: container.kind === 'chat' ? 'chat.members' : 'channel.members',
    method: 'GET',
    path: `${containerPath(container)}/members`,
    cost: { kind: 'default', resource: resourceOf(container) },
  }),

  /** One membership of a team, channel or chat (`conversationMember`), by its id: who it is (a membership notification says no more). */
  member: (container: { kind: 'team'; teamId: string } | MessageContainer, membershipId: string): GraphCall => {
    const base = container.kind === 'team' ? `/teams/${encodeURIComponent(container.teamId)}` : containerPath(container);
    return {
      operation: container.kind === 'team' ? 'team.member.get' : container.kind === 'chat' ? 'chat.member.get' : 'channel.member.get',
      method: 'GET',
      path: `${base}/members/${encodeURIComponent(membershipId)}`,
      cost: { kind: 'default', resource: container.kind === 'team' ? `team:${container.teamId}` : resourceOf(container) },
    };
  },

  /** Root messages newest first; channel roots with their replies embedded (up to 1,000 each). */
  messages: (container: MessageContainer, top: number, createdBefore: string | null = null): GraphCall => {
    const query =
      container.kind === 'chat'
        ? `$top=${top}&$orderby=createdDateTime desc${createdBefore ? `&$filter=createdDateTime lt ${createdBefore}` : ''}`
        : `$top=${top}&$expand=replies`;
    return {
      operation: container.kind === 'chat' ? 'chat.messages.list' : 'channel.messages.list',
      method: 'GET',
      path: `${containerPath(container)}/messages?${query.replace(/ /g, '%20')}`,
      headers: PREFER_SYSTEM_EVENTS,
      cost: { kind: readKind(container), resource: resourceOf(container) },
    };
  },

  /** A page of messages from a link Graph gave (nextLink, or a cursor holding one). */
  messagesLink: (container: MessageContainer, link: string): GraphCall => ({
    operation: container.kind === 'chat' ? 'chat.messages.list' : 'channel.messages.list',
    method: 'GET',
    path: link,
    headers: PREFER_SYSTEM_EVENTS,
    cost: { kind: readKind(container), resource: resourceOf(container) },
  }),

  message: (address: MessageAddress): GraphCall => ({
    operation: address.rootId ? 'channel.reply.get' : address.container.kind === 'chat' ? 'chat.message.get' : 'channel.message.get',
    method: 'GET',
    path: messagePath(address),
    headers: PREFER_SYSTEM_EVENTS,
    cost: { kind: readKind(address.container), resource: resourceOf(address.container) },
  }),

  replies: (container: MessageContainer, rootId: string): GraphCall => ({
    operation: 'channel.replies.list',
    method: 'GET',
    path: `${containerPath(container)}/messages/${rootId}/replies?$top=${MAX_MESSAGES_PAGE}`,
    headers: PREFER_SYSTEM_EVENTS,
    cost: { kind: readKind(container), resource: resourceOf(container) },
  }),

  post: (container: MessageContainer, rootId: string | null, body: unknown, userId: string): GraphCall => ({
    operation: rootId ? 'channel.reply.post' : container.kind === 'chat' ? 'chat.message.post' : 'channel.message.post',
    method: 'POST',
    path: `${containerPath(container)}/messages${rootId ? `/${rootId}/replies` : ''}`,
    body,
    cost: { kind: postKind(container), resource: resourceOf(container), userId },
    write: true,
  }),

  update: (address: MessageAddress, body: unknown, userId: string): GraphCall => ({
    operation: 'message.update',
    method: 'PATCH',
    path: messagePath(address),
    body,
    cost: { kind: 'default', resource: resourceOf(address.container), userId },
    write: true,
  }),

  /** softDelete, undoSoftDelete, setReaction, unsetReaction: POSTs on the message answered with 204. */
  action: (address: MessageAddress, action: 'softDelete' | 'undoSoftDelete' | 'setReaction' | 'unsetReaction', userId: string, body?: unknown): GraphCall => ({
    operation: `message.${action}`,
    method: 'POST',
    path: `${messagePath(address)}/${action}`,
    ...(body === undefined ? {} : { body }),
    cost: { kind: 'default', resource: resourceOf(address.container), userId },
    write: true,
  }),

  pins: (chatId: string): GraphCall => ({
    operation: 'chat.pins.list',
    method: 'GET',
    path: `/chats/${encodeURIComponent(chatId)}/pinnedMessages?$expand=message`,
    headers: PREFER_SYSTEM_EVENTS,
    cost: { kind: 'default', resource: `chat:${chatId}` },
  }),

  pin: (chatId: string, messageUrl: string, userId: string): GraphCall => ({
    operation: 'chat.pins.add',
    method: 'POST',
    path: `/chats/${encodeURIComponent(chatId)}/pinnedMessages`,
    body: { 'message@odata.bind': messageUrl },
    cost: { kind: 'default', resource: `chat:${chatId}`, userId },
    write: true,
  }),

  /**
   * Microsoft Search over the signed-in person's Teams messages (delegated only): one search request of
   * entityTypes chatMessage, `from`/`size` paging. A POST that only reads: retried like a read.
   */
  searchMessages: (queryString: string, from: number, size: number, userId: string): GraphCall => ({
    operation: 'search.query',
    method: 'POST',
    path: '/search/query',
    body: { requests: [{ entityTypes: ['chatMessage'], query: { queryString }, from, size }] },
    cost: { kind: 'default', userId },
  }),

  /** The signed-in user's chat read position moves to now (Graph's viewpoint.lastMessageReadDateTime); 204. */
  markChatRead: (chatId: string, user: { id: string; tenantId: string }): GraphCall => ({
    operation: 'chat.markRead',
    method: 'POST',
    path: `/chats/${encodeURIComponent(chatId)}/markChatReadForUser`,
    body: { user },
    cost: { kind: 'default', resource: `chat:${chatId}`, userId: user.id },
    write: true,
  }),

  /** The signed-in user's chat read position moves back to `lastMessageReadDateTime`; 204. */
  markChatUnread: (chatId: string, user: { id: string; tenantId: string }, lastMessageReadDateTime: string): GraphCall => ({
    operation: 'chat.markUnread',
    method: 'POST',
    path: `/chats/${encodeURIComponent(chatId)}/markChatUnreadForUser`,
    body: { user, lastMessageReadDateTime },
    cost: { kind: 'default', resource: `chat:${chatId}`, userId: user.id },
    write: true,
  }),

  unpin: (chatId: string, pinId: string, userId: string): GraphCall => ({
    operation: 'chat.pins.remove',
    method: 'DELETE',
    path: `/chats/${encodeURIComponent(chatId)}/pinnedMessages/${encodeURIComponent(pinId)}`,
    cost: { kind: 'default', resource: `chat:${chatId}`, userId },
    write: true,
  }),
};
