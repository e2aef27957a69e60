import { SwitchboardError } from '../../errors.js';
import type { MessageRecord } from '../model.js';
import type { ChannelPositionStore } from '../kit/read-positions/channel-store.js';
import type { ThreadStore } from '../kit/read-positions/thread-store.js';
import { isAbsent } from '../kit/graph/errors.js';
import { teamsCalls } from './client.js';
import type { Acting, TeamsConnection } from './connection.js';
import { containerId, parseMessageId, type MessageContainer } from './ids.js';
import { listChannelMessages } from './reads.js';
import type { ReadSession } from './session.js';
import type { GraphChat } from './wire.js';

/**
 * Where a user has read up to in a Teams container, and the timeline after it. Chats have Graph's own
 * position (`viewpoint.lastMessageReadDateTime`, the signed-in user's, so it needs the actor's own grant);
 * channels have none, so Switchboard keeps one (../kit/read-positions/channel-store.ts: the id of the last
 * root read). Message ids are creation milliseconds, so a stored id and a message's id compare as numbers.
 * read-state.ts and thread-subscriptions.ts are built on this.
 */

/** Graph pages (50 messages each) read backwards from the newest to find what is after a position. */
const MAX_UNREAD_PAGES = 5;
const PAGE = 50;

/** What a read-state call works with. */
export interface ReadStateScope {
  connection: TeamsConnection;
  session: ReadSession;
  positions: ChannelPositionStore;
  threads: ThreadStore;
}

/** A position: a message id Switchboard stored (channels, threads) or Graph's instant (chats). */
export type Position = { kind: 'id'; id: bigint } | { kind: 'instant'; at: number };

/** The numeric id of a message (its last path segment); null when the id is not one of ours. */
export function numericId(nativeId: string): bigint | null {
  const address = parseMessageId(nativeId);
  return address ? BigInt(address.messageId) : null;
}

/** Whether a message came after a position. */
export function isAfter(record: MessageRecord, position: Position): boolean {
  if (position.kind === 'instant') return record.createdAt.getTime() > position.at;
  const id = numericId(record.id);
  return id !== null && id > position.id;
}

/** Messages that can be unread for a user: not deleted, not the user's own. */
export function countsFor(record: MessageRecord, userId: string): boolean {
  return record.deletedAt === null && record.authorId !== userId;
}

/** Chat positions need the person's own grant: Graph answers the viewpoint of the token's user only. */
const chatNeedsGrant = (): SwitchboardError =>
  new SwitchboardError('UNSUPPORTED', 'Read state of a Teams chat is Graph’s viewpoint of the signed-in person: link your Microsoft account with a delegated grant to see it.');

export function requireOwn(acting: Acting): void {
  if (!acting.own) throw chatNeedsGrant();
}

/**
 * The actor's positions in these containers, by native container id (absent: no position). Channels: one
 * statement; chats: one `$batch` of `GET /chats/{id}` with the actor's grant (a chat it cannot read is
 * absent). Chats of an actor without a grant of their own answer UNSUPPORTED in their slot.
 */
export async function positionsOf(scope: ReadStateScope, acting: Acting, containers: readonly MessageContainer[]): Promise<Map<string, Position | Error>> {
  const result = new Map<string, Position | Error>();
  const channels = containers.filter((container) => container.kind === 'channel').map(containerId);
  const chats = containers.filter((container): container is MessageContainer & { kind: 'chat' } => container.kind === 'chat');
  if (channels.length > 0 && acting.userId !== null) {
    const stored = await scope.positions.positions(acting.userId, channels);
    // A channel never marked read through Switchboard is unread from its start, as a chat Graph says was never
    // read and as the built-in workspace's channels: the first markChannelRead sets a position.
    for (const channelId of channels) result.set(channelId, { kind: 'id', id: BigInt(stored.get(channelId) ?? 0) });
  }
  if (chats.length === 0) return result;
  if (!acting.own) {
    for (const chat of chats) result.set(containerId(chat), chatNeedsGrant());
    return result;
  }
  const answers = await scope.connection.batch(acting.principal, chats.map((chat) => teamsCalls.chat(chat.chatId, acting.userId)));
  chats.forEach((chat, index) => {
    const answer = answers[index];
    if (answer instanceof Error) {
      if (!isAbsent(answer)) result.set(containerId(chat), answer);
      return;
    }
    const readAt = (answer as GraphChat).viewpoint?.lastMessageReadDateTime;
    // Graph answers the chat's creation when the person never read it: everything in it is unread then.
    if (readAt) result.set(containerId(chat), { kind: 'instant', at: Date.parse(readAt) });
  });
  return result;
}

/**
 * The timeline messages after a position that count for the user, newest first, and whether every one was
 * seen (false when MAX_UNREAD_PAGES pages did not reach the position). Channel timelines are roots only
 * (Graph has no replies also sent to the channel).
 */
export async function unreadTimeline(
  scope: ReadStateScope,
  acting: Acting,
  container: MessageContainer,
  position: Position,
): Promise<{ records: MessageRecord[]; complete: boolean }> {
  const found: MessageRecord[] = [];
  let cursor: string | null = null;
  for (let round = 0; round < MAX_UNREAD_PAGES; round += 1) {
    const [page] = await listChannelMessages(scope.connection, scope.session, acting, [
      { parentId: containerId(container), page: { direction: 'forward', limit: PAGE, cursor } },
    ]);
    if (page instanceof Error) throw page;
    const after = page.edges.filter((edge) => isAfter(edge.node, position));
    found.push(...after.map((edge) => edge.node).filter((record) => countsFor(record, acting.userId ?? '')));
    // Pages are newest first: a page holding a message at or before the position is the last one needed.
    if (after.length < page.edges.length || !page.hasNextPage || page.edges.length === 0) return { records: found, complete: true };
    cursor = page.edges[page.edges.length - 1].cursor;
  }
  return { records: found, complete: false };
}

/** The newest timeline message of a container (its id), or null when it has none. */
export async function newestMessage(scope: ReadStateScope, acting: Acting, container: MessageContainer): Promise<MessageRecord | null> {
  const [page] = await listChannelMessages(scope.connection, scope.session, acting, [{ parentId: containerId(container), page: { direction: 'forward', limit: 1, cursor: null } }]);
  if (page instanceof Error) throw page;
  return page.edges[0]?.node ?? null;
}

/** The number just before a message id: a position there leaves that message unread. */
export function justBefore(messageId: string): string {
  return (BigInt(messageId) - 1n).toString();
}
