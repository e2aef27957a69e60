import { matchesFilter, page, pageSize, project } from '../odata.js';
import { badRequest, forbidden, GraphFakeError, notFound } from '../wire.js';
import { actingUser, channelJson, chatContainer, chatJson, memberJson, odataContext, teamJson, type Route, type RouteCall, type RouteResult } from './support.js';

/**
 * Teams, channels, chats and their members, pins and read state (providers.md B.1): what a user (or the
 * app) may list follows FakeGraphTenant's access rules.
 */

function joinedTeams(call: RouteCall): RouteResult {
  const userId = actingUser(call, call.params.userId);
  if (userId === null) throw badRequest('/me is not available with application permissions.');
  const teams = [...call.tenant.teams.values()].filter((team) => team.memberIds.has(userId));
  return { body: { '@odata.context': odataContext(call, 'teams'), '@odata.count': teams.length, value: teams.map((team) => project(teamJson(call.tenant, team), call.query.select)) } };
}

function channels(call: RouteCall): RouteResult {
  const viewer = call.caller.userId;
  const team = call.tenant.team(call.params.teamId, viewer);
  const visible = [...call.tenant.channels.values()]
    .filter((channel) => channel.teamId === team.id && (viewer === null || !channel.memberIds || channel.memberIds.has(viewer)))
    .map((channel) => channelJson(call.tenant, channel))
    .filter((json) => matchesFilter(json, call.query.filter, { membershipType: ['eq', 'ne'], displayName: ['eq', 'startswith'] }));
  return { body: { '@odata.context': odataContext(call, 'channels'), '@odata.count': visible.length, value: visible.map((json) => project(json, call.query.select)) } };
}

function channelMembers(call: RouteCall): RouteResult {
  const channel = call.tenant.channel(call.params.teamId, call.params.channelId, call.caller.userId);
  const team = call.tenant.teams.get(channel.teamId)!;
  const members = call.tenant.channelMemberIds(channel).map((id) => memberJson(call.tenant, id, team.ownerIds.has(id)));
  const result = page(members, call.query, pageSize(call.query, 100, 999), call.url);
  return { body: { '@odata.context': odataContext(call, 'members'), ...result } };
}

function teamMembers(call: RouteCall): RouteResult {
  const team = call.tenant.team(call.params.teamId, call.caller.userId);
  const members = [...team.memberIds].map((id) => memberJson(call.tenant, id, team.ownerIds.has(id)));
  const result = page(members, call.query, pageSize(call.query, 100, 999), call.url);
  return { body: { '@odata.context': odataContext(call, 'members'), ...result } };
}

/** One membership by its id (`GET …/members/{membershipId}`), among the members the caller may list. */
function memberById(list: (call: RouteCall) => RouteResult) {
  return (call: RouteCall): RouteResult => {
    const members = ((list(call).body as { value?: Array<Record<string, unknown>> }).value ?? []);
    const found = members.find((member) => member.id === call.params.membershipId);
    if (!found) throw notFound(`Member ${call.params.membershipId}`);
    return { body: { '@odata.context': odataContext(call, 'members/$entity'), ...found } };
  };
}

function chatMembers(call: RouteCall): RouteResult {
  const chat = call.tenant.chat(call.params.chatId, call.caller.userId);
  return { body: { '@odata.context': odataContext(call, 'members'), value: chat.memberIds.map((id) => memberJson(call.tenant, id, false)) } };
}

function chats(call: RouteCall): RouteResult {
  const userId = actingUser(call, call.params.userId);
  if (userId === null) throw badRequest('Listing chats with application permissions needs /users/{id}/chats.');
  const mine = [...call.tenant.chats.values()]
    .filter((chat) => chat.memberIds.includes(userId))
    .sort((a, b) => b.lastUpdatedDateTime.localeCompare(a.lastUpdatedDateTime))
    .map((chat) => chatJson(call.tenant, chat, userId, call.query.expand))
    .filter((json) => matchesFilter(json, call.query.filter, { chatType: ['eq', 'ne'], topic: ['eq', 'startswith'], lastUpdatedDateTime: ['gt', 'lt'] }));
  const result = page(mine, call.query, pageSize(call.query, 50, 50), call.url);
  return { body: { '@odata.context': odataContext(call, 'chats'), ...result, value: result.value.map((json) => project(json, call.query.select)) } };
}

function pinnedMessages(call: RouteCall): RouteResult {
  const chat = call.tenant.chat(call.params.chatId, call.caller.userId);
  const pins = [...chat.pins].reverse().map((pin) => {
    const json: Record<string, unknown> = { '@odata.type': '#microsoft.graph.pinnedChatMessageInfo', id: pin.id };
    if (call.query.expand.includes('message')) json.message = call.tenant.message(chatContainer(call.params), pin.messageId, call.caller.userId);
    return json;
  });
  return { body: { '@odata.context': odataContext(call, 'pinnedMessages'), value: pins } };
}

function pinMessage(call: RouteCall): RouteResult {
  if (call.caller.userId === null) throw forbidden('Pinning needs delegated permissions.');
  const chat = call.tenant.chat(call.params.chatId, call.caller.userId);
  const bind = (call.body as Record<string, unknown> | null)?.['message@odata.bind'];
  const match = typeof bind === 'string' ? /\/chats\/([^/]+)\/messages\/([^/?]+)$/.exec(bind) : null;
  if (!match || decodeURIComponent(match[1]) !== chat.id) throw badRequest('message@odata.bind must name a message of this chat.');
  const messageId = decodeURIComponent(match[2]);
  call.tenant.message(chatContainer(call.params), messageId, call.caller.userId);
  if (chat.pins.some((pin) => pin.messageId === messageId)) throw new GraphFakeError(409, 'Conflict', 'The message is already pinned.');
  const pin = { id: `${call.tenant.clock()}${chat.pins.length}`, messageId, pinnedAt: call.tenant.nowIso() };
  chat.pins.push(pin);
  return { status: 201, body: { '@odata.type': '#microsoft.graph.pinnedChatMessageInfo', id: pin.id } };
}

function unpinMessage(call: RouteCall): RouteResult {
  if (call.caller.userId === null) throw forbidden('Unpinning needs delegated permissions.');
  const chat = call.tenant.chat(call.params.chatId, call.caller.userId);
  const index = chat.pins.findIndex((pin) => pin.id === call.params.pinId);
  if (index < 0) throw notFound(`Pinned message ${call.params.pinId}`);
  chat.pins.splice(index, 1);
  return { status: 204 };
}

/** markChatReadForUser / markChatUnreadForUser: `{ user: { id, tenantId } }`, the caller's own read state only. */
function markChat(read: boolean) {
  return (call: RouteCall): RouteResult => {
    const chat = call.tenant.chat(call.params.chatId, call.caller.userId);
    const body = (call.body ?? {}) as { user?: { id?: string }; lastMessageReadDateTime?: string };
    const userId = body.user?.id;
    if (!userId || !chat.memberIds.includes(userId)) throw badRequest('user must be a member of the chat.');
    if (call.caller.userId !== null && call.caller.userId !== userId) throw forbidden('Only the signed-in user can be marked.');
    if (read) chat.lastRead.set(userId, call.tenant.nowIso());
    else chat.lastRead.set(userId, body.lastMessageReadDateTime ?? chat.createdDateTime);
    return { status: 204 };
  };
}

export const containerRouteTable: Route[] = [
  { name: 'me.joinedTeams', method: 'GET', path: '/me/joinedTeams', handler: joinedTeams },
  { name: 'user.joinedTeams', method: 'GET', path: '/users/{userId}/joinedTeams', handler: joinedTeams },
  { name: 'team.get', method: 'GET', path: '/teams/{teamId}', handler: (call) => ({ body: project(teamJson(call.tenant, call.tenant.team(call.params.teamId, call.caller.userId)), call.query.select) }) },
  { name: 'team.members', method: 'GET', path: '/teams/{teamId}/members', handler: teamMembers },
  { name: 'team.member.get', method: 'GET', path: '/teams/{teamId}/members/{membershipId}', handler: memberById((call) => teamMembers({ ...call, query: { ...call.query, top: 999 } })) },
  { name: 'team.channels', method: 'GET', path: '/teams/{teamId}/channels', handler: channels },
  {
    name: 'channel.get',
    method: 'GET',
    path: '/teams/{teamId}/channels/{channelId}',
    handler: (call) => ({ body: project(channelJson(call.tenant, call.tenant.channel(call.params.teamId, call.params.channelId, call.caller.userId)), call.query.select) }),
  },
  { name: 'channel.members', method: 'GET', path: '/teams/{teamId}/channels/{channelId}/members', handler: channelMembers },
  {
    name: 'channel.member.get',
    method: 'GET',
    path: '/teams/{teamId}/channels/{channelId}/members/{membershipId}',
    handler: memberById((call) => channelMembers({ ...call, query: { ...call.query, top: 999 } })),
  },
  { name: 'me.chats', method: 'GET', path: '/me/chats', handler: chats },
  { name: 'user.chats', method: 'GET', path: '/users/{userId}/chats', handler: chats },
  {
    name: 'chat.get',
    method: 'GET',
    path: '/chats/{chatId}',
    handler: (call) => ({ body: project(chatJson(call.tenant, call.tenant.chat(call.params.chatId, call.caller.userId), call.caller.userId, call.query.expand), call.query.select) }),
  },
  { name: 'chat.members', method: 'GET', path: '/chats/{chatId}/members', handler: chatMembers },
  { name: 'chat.member.get', method: 'GET', path: '/chats/{chatId}/members/{membershipId}', handler: memberById(chatMembers) },
  { name: 'chat.pins.list', method: 'GET', path: '/chats/{chatId}/pinnedMessages', handler: pinnedMessages },
  { name: 'chat.pins.add', method: 'POST', path: '/chats/{chatId}/pinnedMessages', handler: pinMessage },
  { name: 'chat.pins.remove', method: 'DELETE', path: '/chats/{chatId}/pinnedMessages/{pinId}', handler: unpinMessage },
  { name: 'chat.markRead', method: 'POST', path: '/chats/{chatId}/markChatReadForUser', handler: markChat(true) },
  { name: 'chat.markUnread', method: 'POST', path: '/chats/{chatId}/markChatUnreadForUser', handler: markChat(false) },
];
