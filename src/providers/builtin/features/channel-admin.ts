import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/tables.js';
import { notFound, SwitchboardError } from '../../../errors.js';
import type { Actor, ChannelRecord, MessageRecord, SystemEventRecord } from '../../model.js';
import type { BatchResult, Page, PageRequest } from '../../paging.js';
import type { ChannelAdministration, ChannelChange, CreateChannelRequest, JoinableChannelRecord } from '../../features/channel-admin.js';
import { channelColumns, encodeKeyset } from '../client.js';
import { isNativeId, wellFormed } from '../ids.js';
import { toChannel, type ChannelRow } from '../map.js';
import { decodeCursor, linearOnly, toPage } from '../pages.js';

/**
 * Channel operations of the built-in workspace (see the rules in src/providers/features/channel-admin.ts). Each runs in one
 * transaction that locks the channel row, checks its state, changes it and posts the system message that
 * announces the change, so a concurrent rename, archive or leave waits its turn and the message always
 * matches what happened. System messages follow the demo seed's shape: plain text such as "dave joined
 * #engineering", `system_event` with the change, and the acting user as author when someone acted on
 * someone else (an invite) or on the channel, none when a user joined or left by themselves.
 */

type Trx = Transaction<Database>;

interface LockedChannel {
  id: string;
  name: string;
  type: 'PUBLIC' | 'PRIVATE' | 'DIRECT' | 'GROUP';
  archived_at: Date | null;
}

/** A system message to post: who it is about, who acted, the event and its text. */
interface Announcement {
  event: SystemEventRecord;
  text: string;
}

export class BuiltinChannelAdmin implements ChannelAdministration {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaceId: string,
    private readonly loadChannels: (ids: readonly string[]) => BatchResult<ChannelRecord | null>,
    private readonly loadMessages: (ids: readonly string[]) => BatchResult<MessageRecord | null>,
  ) {}

  async createChannel(actor: Actor, request: CreateChannelRequest): Promise<ChannelChange> {
    try {
      const { channelId, messageIds } = await this.db.transaction().execute(async (trx) => {
        if (request.parentId !== null) {
          const parent = await this.lock(trx, request.parentId);
          named(parent, 'make subchannels of', 'parentId');
          if (parent.archived_at) throw archived(parent, 'It takes no new subchannels.');
        }
        await this.ensureNameFree(trx, request.name);
        const now = new Date();
        const { id } = await trx
          .insertInto('channels')
          .values({
            workspace_id: this.workspaceId,
            parent_id: request.parentId,
            name: request.name,
            description: request.description,
            type: request.type,
            created_by: actor.userId,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.insertInto('channel_members').values({ channel_id: id, user_id: actor.userId, role: 'ADMIN', joined_at: now }).execute();
        const handle = await this.handle(trx, actor.userId);
        const messageId = await this.announce(trx, id, actor.userId, now, {
          event: systemEvent('CHANNEL_CREATED', { actorId: actor.userId, channelName: request.name }),
          text: `${handle} created #${request.name}`,
        });
        return { channelId: id, messageIds: [messageId] };
      });
      return this.change(channelId, messageIds);
    } catch (error) {
      // Two creates racing for one name: the unique index decides, the loser gets the same CONFLICT.
      if (isUniqueViolation(error)) throw nameTaken(request.name);
      throw error;
    }
  }

  async renameChannel(actor: Actor, channelId: string, name: string): Promise<ChannelChange> {
    try {
      const messageIds = await this.db.transaction().execute(async (trx) => {
        const channel = named(await this.lock(trx, channelId), 'rename');
        if (channel.archived_at) throw archived(channel, 'Unarchive it to rename it.');
        if (channel.name === name) return null;
        await this.ensureNameFree(trx, name);
        const now = new Date();
        await trx.updateTable('channels').set({ name, updated_at: now }).where('id', '=', channel.id).execute();
        const handle = await this.handle(trx, actor.userId);
        return [
          await this.announce(trx, channel.id, actor.userId, now, {
            event: systemEvent('CHANNEL_RENAMED', { actorId: actor.userId, channelName: name, oldChannelName: channel.name }),
            text: `${handle} renamed the channel from #${channel.name} to #${name}`,
          }),
        ];
      });
      return this.change(channelId, messageIds);
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken(name);
      throw error;
    }
  }

  async archiveChannel(actor: Actor, channelId: string): Promise<ChannelChange> {
    const messageIds = await this.db.transaction().execute(async (trx) => {
      const channel = named(await this.lock(trx, channelId), 'archive');
      if (channel.archived_at) throw new SwitchboardError('CONFLICT', `#${channel.name} is already archived.`);
      const now = new Date();
      const handle = await this.handle(trx, actor.userId);
      // Posted first: the last message of an archived channel says who archived it.
      const messageId = await this.announce(trx, channel.id, actor.userId, now, {
        event: systemEvent('CHANNEL_ARCHIVED', { actorId: actor.userId, channelName: channel.name }),
        text: `${handle} archived #${channel.name}`,
      });
      await trx.updateTable('channels').set({ archived_at: now, updated_at: now }).where('id', '=', channel.id).execute();
      return [messageId];
    });
    return this.change(channelId, messageIds);
  }

  async unarchiveChannel(actor: Actor, channelId: string): Promise<ChannelChange> {
    const messageIds = await this.db.transaction().execute(async (trx) => {
      const channel = named(await this.lock(trx, channelId), 'unarchive');
      if (!channel.archived_at) throw new SwitchboardError('CONFLICT', `#${channel.name} is not archived.`);
      const now = new Date();
      await trx.updateTable('channels').set({ archived_at: null, updated_at: now }).where('id', '=', channel.id).execute();
      const handle = await this.handle(trx, actor.userId);
      return [
        await this.announce(trx, channel.id, actor.userId, now, {
          event: systemEvent('CHANNEL_UNARCHIVED', { actorId: actor.userId, channelName: channel.name }),
          text: `${handle} unarchived #${channel.name}`,
        }),
      ];
    });
    return this.change(channelId, messageIds);
  }

  async joinChannel(actor: Actor, channelId: string): Promise<ChannelChange> {
    const messageIds = await this.db.transaction().execute(async (trx) => {
      const channel = await this.lock(trx, channelId);
      if (await this.isMember(trx, channel.id, actor.userId)) return null;
      // Only public channels are open; any other is invisible to a non-member, so it is "not found".
      if (channel.type !== 'PUBLIC') throw notFound('Channel', channelId);
      if (channel.archived_at) throw archived(channel, 'Nobody can join it.');
      const now = new Date();
      await trx.insertInto('channel_members').values({ channel_id: channel.id, user_id: actor.userId, joined_at: now }).execute();
      const handle = await this.handle(trx, actor.userId);
      return [
        await this.announce(trx, channel.id, null, now, {
          event: systemEvent('USER_JOINED', { userId: actor.userId, channelName: channel.name }),
          text: `${handle} joined #${channel.name}`,
        }),
      ];
    });
    return this.change(channelId, messageIds);
  }

  async leaveChannel(actor: Actor, channelId: string): Promise<ChannelChange> {
    const messageIds = await this.db.transaction().execute(async (trx) => {
      const channel = await this.lock(trx, channelId);
      const member = await this.isMember(trx, channel.id, actor.userId);
      if (!member) {
        if (channel.type !== 'PUBLIC') throw notFound('Channel', channelId);
        throw new SwitchboardError('CONFLICT', `You are not a member of #${channel.name}.`);
      }
      named(channel, 'leave');
      if (channel.archived_at) throw archived(channel, 'Its members stay as they were.');
      if (channel.type === 'PRIVATE') {
        const { count } = await trx
          .selectFrom('channel_members')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('channel_id', '=', channel.id)
          .executeTakeFirstOrThrow();
        if (Number(count) <= 1) {
          throw new SwitchboardError(
            'CONFLICT',
            `You are the last member of the private #${channel.name}; invite someone first or archive it.`,
          );
        }
      }
      const now = new Date();
      const handle = await this.handle(trx, actor.userId);
      // Posted while still a member; from the commit on, the leaver reads nothing of the channel.
      const messageId = await this.announce(trx, channel.id, null, now, {
        event: systemEvent('USER_LEFT', { userId: actor.userId, channelName: channel.name }),
        text: `${handle} left #${channel.name}`,
      });
      await trx.deleteFrom('channel_members').where('channel_id', '=', channel.id).where('user_id', '=', actor.userId).execute();
      return [messageId];
    });
    return this.change(channelId, messageIds);
  }

  async inviteToChannel(actor: Actor, channelId: string, userIds: readonly string[]): Promise<ChannelChange> {
    if (userIds.length === 0 || !userIds.every(isNativeId)) {
      const unknown = userIds.find((id) => !isNativeId(id));
      throw unknown === undefined
        ? new SwitchboardError('VALIDATION_ERROR', 'userIds: name at least one user to add.', { field: ['input', 'userIds'] })
        : new SwitchboardError('NOT_FOUND', `userIds: user ${JSON.stringify(unknown)} was not found in this workspace.`, {
            field: ['input', 'userIds'],
          });
    }
    const messageIds = await this.db.transaction().execute(async (trx) => {
      const channel = await this.lock(trx, channelId);
      if (!(await this.isMember(trx, channel.id, actor.userId))) throw notFound('Channel', channelId);
      named(channel, 'add people to');
      if (channel.archived_at) throw archived(channel, 'Unarchive it to add people.');
      const wanted = [...new Set(userIds.map((id) => id.toLowerCase()))];
      const users = await trx
        .selectFrom('users')
        .select(['id', 'name'])
        .where('workspace_id', '=', this.workspaceId)
        .where('id', 'in', wellFormed(wanted))
        .execute();
      const unknown = wanted.find((id) => !users.some((user) => user.id === id));
      if (unknown !== undefined) {
        throw new SwitchboardError('NOT_FOUND', `userIds: user ${JSON.stringify(unknown)} was not found in this workspace.`, {
          field: ['input', 'userIds'],
        });
      }
      const present = await trx
        .selectFrom('channel_members')
        .select('user_id')
        .where('channel_id', '=', channel.id)
        .where('user_id', 'in', wanted)
        .execute();
      if (present.length > 0) {
        const names = users.filter((user) => present.some((row) => row.user_id === user.id)).map((user) => user.name);
        throw new SwitchboardError('CONFLICT', `userIds: ${names.join(', ')} already in #${channel.name}.`, {
          field: ['input', 'userIds'],
        });
      }
      const now = Date.now();
      const inviter = await this.handle(trx, actor.userId);
      await trx
        .insertInto('channel_members')
        .values(users.map((user) => ({ channel_id: channel.id, user_id: user.id, joined_at: new Date(now) })))
        .execute();
      const ordered = wanted.map((id) => users.find((user) => user.id === id)!);
      const ids: string[] = [];
      // One message per person, a millisecond apart so they read in the order given.
      for (const [index, user] of ordered.entries()) {
        ids.push(
          await this.announce(trx, channel.id, actor.userId, new Date(now + index), {
            event: systemEvent('USER_JOINED', { userId: user.id, actorId: actor.userId, channelName: channel.name }),
            text: `${inviter} added ${user.name} to #${channel.name}`,
          }),
        );
      }
      return ids;
    });
    return this.change(channelId, messageIds);
  }

  async listJoinableChannels(actor: Actor, filter: { query: string | null }, request: PageRequest): Promise<Page<JoinableChannelRecord>> {
    const { query } = filter;
    const page = linearOnly(request, 'joinable channels');
    const cursor = decodeCursor(page);
    const ascending = page.direction === 'forward';
    const comparison = sql.raw(ascending ? '>' : '<');
    const direction = sql.raw(ascending ? 'asc' : 'desc');
    const result = await sql<ChannelRow & { member_count: number }>`
      select ${channelColumns}, (select count(*)::int from channel_members m where m.channel_id = c.id) as member_count
        from channels c
       where c.workspace_id = ${this.workspaceId} and c.type = 'PUBLIC' and c.archived_at is null
         and not exists (select 1 from channel_members cm where cm.channel_id = c.id and cm.user_id = ${actor.userId}::uuid)
         ${query ? sql`and c.name ilike ${`%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`}` : sql``}
         ${cursor ? sql`and (c.name, c.id) ${comparison} (${cursor.key}::text, ${cursor.id}::uuid)` : sql``}
       order by c.name ${direction}, c.id ${direction}
       limit ${page.limit + 1}`.execute(this.db);
    return toPage(result.rows, page, (row) => ({
      cursor: encodeKeyset(row.name, row.id),
      node: { ...toChannel(row), memberCount: row.member_count },
    }));
  }

  /** Locks a channel of this workspace for the rest of the transaction; NOT_FOUND when there is none. */
  private async lock(trx: Trx, channelId: string): Promise<LockedChannel> {
    const channel = isNativeId(channelId)
      ? await trx
          .selectFrom('channels')
          .select(['id', 'name', 'type', 'archived_at'])
          .where('workspace_id', '=', this.workspaceId)
          .where('id', '=', channelId)
          .forUpdate()
          .executeTakeFirst()
      : undefined;
    if (!channel) throw notFound('Channel', channelId);
    return channel;
  }

  private async isMember(trx: Trx, channelId: string, userId: string): Promise<boolean> {
    const row = await trx
      .selectFrom('channel_members')
      .select('user_id')
      .where('channel_id', '=', channelId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row !== undefined;
  }

  private async ensureNameFree(trx: Trx, name: string): Promise<void> {
    const taken = await trx
      .selectFrom('channels')
      .select('id')
      .where('workspace_id', '=', this.workspaceId)
      .where('name', '=', name)
      .where('type', 'in', ['PUBLIC', 'PRIVATE'])
      .executeTakeFirst();
    if (taken) throw nameTaken(name);
  }

  private async handle(trx: Trx, userId: string): Promise<string> {
    const user = await trx.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
    return user?.name ?? 'someone';
  }

  private async announce(trx: Trx, channelId: string, authorId: string | null, at: Date, announcement: Announcement): Promise<string> {
    const { id } = await trx
      .insertInto('messages')
      .values({
        workspace_id: this.workspaceId,
        channel_id: channelId,
        author_id: authorId,
        type: 'SYSTEM',
        system_event: JSON.stringify(announcement.event),
        content: announcement.text,
        content_format: 'text',
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  /** The channel and the system messages after commit; `null` messages: nothing changed. */
  private async change(channelId: string, messageIds: string[] | null): Promise<ChannelChange> {
    const [channels, messages] = await Promise.all([this.loadChannels([channelId]), this.loadMessages(messageIds ?? [])]);
    const channel = channels[0];
    if (!channel || channel instanceof Error) throw channel ?? notFound('Channel', channelId);
    return {
      channel,
      changed: messageIds !== null,
      systemMessages: messages.filter((message): message is MessageRecord => message !== null && !(message instanceof Error)),
    };
  }
}

function systemEvent(type: SystemEventRecord['type'], fields: Partial<Omit<SystemEventRecord, 'type'>>): SystemEventRecord {
  return {
    type,
    userId: fields.userId ?? null,
    actorId: fields.actorId ?? null,
    channelName: fields.channelName ?? null,
    oldChannelName: fields.oldChannelName ?? null,
    messageId: null,
  };
}

/** Direct and group conversations have no name, no admins and fixed members. */
function named(channel: LockedChannel, what: string, field = 'channelId'): LockedChannel {
  if (channel.type !== 'PUBLIC' && channel.type !== 'PRIVATE') {
    throw new SwitchboardError('VALIDATION_ERROR', `You cannot ${what} a ${channel.type === 'DIRECT' ? 'direct' : 'group'} conversation; only channels.`, {
      field: ['input', field],
    });
  }
  return channel;
}

function archived(channel: LockedChannel, consequence: string): SwitchboardError {
  return new SwitchboardError('CONFLICT', `#${channel.name} is archived and read-only. ${consequence}`);
}

function nameTaken(name: string): SwitchboardError {
  return new SwitchboardError(
    'CONFLICT',
    `name: "${name}" is already taken by another channel of this workspace (archived channels keep their names).`,
    { field: ['input', 'name'] },
  );
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
