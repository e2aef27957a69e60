import type { FakeAccessToken } from '../directory.js';
import type { ODataQuery } from '../odata.js';
import { membershipIdOf, type Container, type FakeChannel, type FakeChat, type FakeGraphTenant, type FakeTeam } from '../tenant.js';
import { forbidden, type GraphChatMessage } from '../wire.js';

/** One request a route answers: the caller, the decoded path parameters, the OData options, the body. */
export interface RouteCall {
  tenant: FakeGraphTenant;
  method: string;
  /** Path parameters by name, URL-decoded. */
  params: Record<string, string>;
  query: ODataQuery;
  /** The absolute URL as the client called it (for nextLinks and deltaLinks). */
  url: URL;
  body: unknown;
  headers: Record<string, string>;
  caller: FakeAccessToken;
}

export interface RouteResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A raw (non-JSON) body written chunk by chunk with backpressure instead of `body` (`/$value`); headers give its type and length. */
  stream?: AsyncIterable<Uint8Array>;
}

export interface Route {
  /** A stable name, used to count calls and inject faults: `channel.messages.list`, `chat.message.post`… */
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** A path under `/v1.0`, with `{name}` parameters. */
  path: string;
  handler: (call: RouteCall) => RouteResult | Promise<RouteResult>;
}

export interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

export function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/[.$]/g, (c) => `\\${c}`).replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { ...route, pattern: new RegExp(`^${source}$`), names };
}

/** The user a delegated token acts as, or the user named in the path for an application token. */
export function actingUser(call: RouteCall, pathUserId?: string): string | null {
  if (pathUserId !== undefined && call.caller.userId !== null && pathUserId !== call.caller.userId) {
    // Delegated tokens may only ask about their own user.
    throw forbidden('Delegated tokens can only access the signed-in user.');
  }
  return call.caller.userId ?? pathUserId ?? null;
}

export const channelContainer = (params: Record<string, string>): Container => ({ kind: 'channel', teamId: params.teamId, channelId: params.channelId });
export const chatContainer = (params: Record<string, string>): Container => ({ kind: 'chat', chatId: params.chatId });

// ---- JSON of entities --------------------------------------------------------------------------------

export function teamJson(tenant: FakeGraphTenant, team: FakeTeam): Record<string, unknown> {
  const general = [...tenant.channels.values()].find((channel) => channel.teamId === team.id);
  return {
    id: team.id,
    createdDateTime: null,
    displayName: team.displayName,
    description: team.description,
    isArchived: team.isArchived,
    visibility: 'private',
    tenantId: tenant.tenantId,
    webUrl: `https://teams.microsoft.com/l/team/${encodeURIComponent(general?.id ?? team.id)}/conversations?groupId=${team.id}&tenantId=${tenant.tenantId}`,
  };
}

export function channelJson(tenant: FakeGraphTenant, channel: FakeChannel): Record<string, unknown> {
  return {
    id: channel.id,
    createdDateTime: channel.createdDateTime,
    displayName: channel.displayName,
    description: channel.description,
    isFavoriteByDefault: null,
    email: '',
    tenantId: tenant.tenantId,
    webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(channel.id)}/${encodeURIComponent(channel.displayName)}?groupId=${channel.teamId}&tenantId=${tenant.tenantId}`,
    membershipType: channel.membershipType,
  };
}

export function memberJson(tenant: FakeGraphTenant, userId: string, owner: boolean): Record<string, unknown> {
  const user = tenant.users.get(userId);
  return {
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    id: membershipIdOf(userId),
    roles: owner ? ['owner'] : [],
    displayName: user?.displayName ?? null,
    visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
    userId,
    email: user?.mail ?? null,
    tenantId: tenant.tenantId,
  };
}

export function chatJson(tenant: FakeGraphTenant, chat: FakeChat, viewer: string | null, expand: string[]): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: chat.id,
    topic: chat.topic,
    createdDateTime: chat.createdDateTime,
    lastUpdatedDateTime: chat.lastUpdatedDateTime,
    chatType: chat.chatType,
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${tenant.tenantId}`,
    tenantId: tenant.tenantId,
    onlineMeetingInfo: null,
    // Graph answers the signed-in user's viewpoint; an application token has none.
    viewpoint: viewer ? { isHidden: false, lastMessageReadDateTime: chat.lastRead.get(viewer) ?? chat.createdDateTime } : null,
  };
  if (expand.includes('members')) json.members = chat.memberIds.map((id) => memberJson(tenant, id, false));
  if (expand.includes('lastMessagePreview')) {
    const last = (tenant.messages.get(`chat|${chat.id}`) ?? []).at(-1);
    json.lastMessagePreview = last
      ? { id: last.id, createdDateTime: last.createdDateTime, isDeleted: last.deletedDateTime !== null, messageType: last.messageType, eventDetail: last.eventDetail, body: last.body, from: last.from }
      : null;
  }
  return json;
}

/** Newest first by creation time, as Graph lists chat and channel messages by default. */
export function newestFirst(messages: GraphChatMessage[]): GraphChatMessage[] {
  return [...messages].sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime) || b.id.localeCompare(a.id));
}

export function odataContext(call: RouteCall, suffix: string): string {
  return `${call.url.origin}/v1.0/$metadata#${suffix}`;
}
