/**
 * Native ids of a Teams workspace (one Microsoft 365 tenant), as the provider hands them to the schema
 * layer (which wraps them into opaque global ids). Graph names a channel by its team and its own id, a
 * reply by its root, so the native ids carry that path:
 *
 * | thing | native id | example |
 * |---|---|---|
 * | team (a parent channel) | `team:<team guid>` | `team:303d2c1c-…` |
 * | channel of a team | `channel:<team guid>:<channel id>` | `channel:303d2c1c-…:19:fec4…@thread.tacv2` |
 * | chat | `chat:<chat id>` | `chat:19:2da4…@thread.v2` |
 * | channel root message | `<channel>/<message id>` | `channel:303d…:19:fec4…@thread.tacv2/1616964509832` |
 * | channel reply | `<channel>/<root id>/<reply id>` | `…/1616964509832/1616965000000` |
 * | chat message | `<chat>/<message id>` | `chat:19:2da4…@thread.v2/1616964509832` |
 * | user | the Entra (AAD) object id | `c651e5be-7631-…` |
 * | app (bot) author | `app:<application id>` | `app:0bf30f3b-…` |
 *
 * Channel and chat ids (`19:…@thread.tacv2`, `19:…@unq.gbl.spaces`) contain `:` and `@` but never `/`.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const THREAD = /^19:[^/\s]+$/;
const MESSAGE = /^\d{1,20}$/;

export type ContainerAddress =
  | { kind: 'team'; teamId: string }
  | { kind: 'channel'; teamId: string; channelId: string }
  | { kind: 'chat'; chatId: string };

/** Where messages live: a channel or a chat (a team holds channels, not messages). */
export type MessageContainer = Exclude<ContainerAddress, { kind: 'team' }>;

export interface MessageAddress {
  container: MessageContainer;
  messageId: string;
  /** The root of a channel reply; null for roots and chat messages. */
  rootId: string | null;
}

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

export function containerId(address: ContainerAddress): string {
  switch (address.kind) {
    case 'team':
      return `team:${address.teamId}`;
    case 'channel':
      return `channel:${address.teamId}:${address.channelId}`;
    case 'chat':
      return `chat:${address.chatId}`;
  }
}

/** The container a native channel id names, or null when it is not one of ours. */
export function parseContainerId(id: string): ContainerAddress | null {
  if (id.startsWith('team:')) {
    const teamId = id.slice(5);
    return isGuid(teamId) ? { kind: 'team', teamId } : null;
  }
  if (id.startsWith('channel:')) {
    const teamId = id.slice(8, 44);
    const channelId = id.slice(45);
    return isGuid(teamId) && id[44] === ':' && THREAD.test(channelId) ? { kind: 'channel', teamId, channelId } : null;
  }
  if (id.startsWith('chat:')) {
    const chatId = id.slice(5);
    return THREAD.test(chatId) ? { kind: 'chat', chatId } : null;
  }
  return null;
}

export function messageNativeId(container: MessageContainer, messageId: string, rootId: string | null = null): string {
  return rootId ? `${containerId(container)}/${rootId}/${messageId}` : `${containerId(container)}/${messageId}`;
}

/** The message a native id names, or null when it is not one of ours. */
export function parseMessageId(id: string): MessageAddress | null {
  const [containerPart, first, second, extra] = id.split('/');
  const container = parseContainerId(containerPart ?? '');
  if (!container || container.kind === 'team' || extra !== undefined || !first || !MESSAGE.test(first)) return null;
  if (second === undefined) return { container, messageId: first, rootId: null };
  if (container.kind !== 'channel' || !MESSAGE.test(second)) return null;
  return { container, messageId: second, rootId: first };
}

/** The native id of a thread's root (a root is its own). */
export function rootNativeId(address: MessageAddress): string {
  return messageNativeId(address.container, address.rootId ?? address.messageId);
}

export const sameContainer = (a: ContainerAddress, b: ContainerAddress): boolean => containerId(a) === containerId(b);

/** A bot or app author: `app:<application id>`, so it can be loaded like a user. */
export const appUserId = (applicationId: string): string => `app:${applicationId}`;

/** Graph's path of a container, values URI-encoded: `/teams/{t}/channels/{c}` or `/chats/{c}`. */
export function containerPath(container: MessageContainer): string {
  return container.kind === 'chat'
    ? `/chats/${encodeURIComponent(container.chatId)}`
    : `/teams/${encodeURIComponent(container.teamId)}/channels/${encodeURIComponent(container.channelId)}`;
}

/** Graph's path of a message or reply. */
export function messagePath(address: MessageAddress): string {
  const base = `${containerPath(address.container)}/messages`;
  return address.rootId ? `${base}/${address.rootId}/replies/${address.messageId}` : `${base}/${address.messageId}`;
}

/**
 * The ids webhook and poller code must produce for Teams changes, so that a subscriber resolves the same
 * message as a read returns (see changes.ts).
 */
export const teamsNativeIds = { containerId, messageNativeId };
