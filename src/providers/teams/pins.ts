import { notFound, SwitchboardError } from '../../errors.js';
import type { Actor, MessageRecord } from '../model.js';
import type { Page, PageKey } from '../paging.js';
import type { PinResult, Pins } from '../features/pins.js';
import type { BatchResult } from '../paging.js';
import { isAbsent } from '../kit/graph/errors.js';
import { teamsCalls } from './client.js';
import type { Acting, TeamsConnection } from './connection.js';
import { parseContainerId, parseMessageId, type MessageAddress } from './ids.js';
import { toRecords, requireMessage } from './reads.js';
import { decodeCursor, emptyPage, forwardOnly, pageOf } from './pages.js';
import type { ReadSession } from './session.js';
import type { GraphChatMessage, GraphList } from './wire.js';

/**
 * Pinned messages. Graph pins messages of chats only (`/chats/{id}/pinnedMessages`); channels have no pin
 * API, so pinning a channel message answers UNSUPPORTED. Graph's pinnedChatMessageInfo says which message is
 * pinned but not when or by whom: `pinnedAt` is the time Switchboard learned it (the list's read), and
 * `pinnedById` is known only in the answer of the pin Switchboard made.
 */

interface PinInfo {
  id: string;
  message?: GraphChatMessage | null;
}

function chatOf(messageId: string): MessageAddress & { container: { kind: 'chat'; chatId: string } } {
  const address = parseMessageId(messageId);
  if (!address) throw notFound('Message', messageId);
  if (address.container.kind !== 'chat') {
    throw new SwitchboardError('UNSUPPORTED', 'Microsoft Teams pins chat messages only; channel messages cannot be pinned (capabilities.pins).');
  }
  return address as MessageAddress & { container: { kind: 'chat'; chatId: string } };
}

async function pinsOf(connection: TeamsConnection, acting: Acting, chatId: string): Promise<PinInfo[]> {
  return connection.callAll<PinInfo>(acting.principal, teamsCalls.pins(chatId));
}

export async function pinMessage(connection: TeamsConnection, session: ReadSession, actor: Actor, messageId: string): Promise<PinResult> {
  const address = chatOf(messageId);
  const acting = await connection.writer(actor);
  const read = await requireMessage(session, acting, messageId);
  const chatId = address.container.chatId;
  if ((await pinsOf(connection, acting, chatId)).some((pin) => pin.message?.id === address.messageId)) {
    throw new SwitchboardError('CONFLICT', 'The message is already pinned.');
  }
  const bind = `${connection.api.root}/chats/${encodeURIComponent(chatId)}/messages/${address.messageId}`;
  await connection.call(acting.principal, teamsCalls.pin(chatId, bind, acting.userId!));
  const [record] = toRecords(connection, [read]);
  return { message: { ...record, pinnedAt: new Date(connection.now()), pinnedById: actor.userId }, announcement: null };
}

export async function unpinMessage(connection: TeamsConnection, session: ReadSession, actor: Actor, messageId: string): Promise<MessageRecord> {
  const address = chatOf(messageId);
  const acting = await connection.writer(actor);
  const read = await requireMessage(session, acting, messageId);
  const pin = (await pinsOf(connection, acting, address.container.chatId)).find((candidate) => candidate.message?.id === address.messageId);
  if (!pin) throw new SwitchboardError('NOT_FOUND', 'The message is not pinned.');
  await connection.call(acting.principal, teamsCalls.unpin(address.container.chatId, pin.id, acting.userId!));
  return toRecords(connection, [read])[0];
}

/** Pinned messages of each chat, most recently pinned first (Graph's order); channels have none. */
export async function listPins(connection: TeamsConnection, acting: Acting, keys: readonly PageKey[]): Promise<Array<Page<MessageRecord> | Error>> {
  return Promise.all(
    keys.map(async (key) => {
      try {
        const page = forwardOnly(key.page, 'pins');
        if (page.cursor !== null) decodeCursor(page.cursor, 'p', 1);
        const container = parseContainerId(key.parentId);
        if (container?.kind !== 'chat') return emptyPage<MessageRecord>();
        const pins = await connection.call<GraphList<PinInfo>>(acting.principal, teamsCalls.pins(container.chatId));
        const seenAt = new Date(connection.now());
        const records = toRecords(
          connection,
          (pins.value ?? []).filter((pin) => pin.message).map((pin) => ({ address: { container, messageId: pin.message!.id, rootId: null }, message: pin.message!, thread: null })),
        ).map((record) => ({ ...record, pinnedAt: seenAt }));
        const order = new Map(records.map((record, index) => [record.id, index]));
        return pageOf(records, page, 'p', 1, (record) => [String(order.get(record.id))], (record, cursor) => order.get(record.id)! - Number(cursor[0]));
      } catch (error) {
        return isAbsent(error) ? emptyPage<MessageRecord>() : (error as Error);
      }
    }),
  );
}

/** The three pin operations over one connection, as the `Pins` shape (see TeamsProvider.chatPins). */
export class TeamsChatPins implements Pins {
  constructor(
    private readonly connection: TeamsConnection,
    private readonly session: () => ReadSession,
    private readonly viewer: () => Promise<Acting>,
  ) {}

  pinMessage(actor: Actor, messageId: string): Promise<PinResult> {
    return pinMessage(this.connection, this.session(), actor, messageId);
  }

  unpinMessage(actor: Actor, messageId: string): Promise<MessageRecord> {
    return unpinMessage(this.connection, this.session(), actor, messageId);
  }

  async listPins(keys: readonly PageKey[]): BatchResult<Page<MessageRecord>> {
    return listPins(this.connection, await this.viewer(), keys);
  }
}
