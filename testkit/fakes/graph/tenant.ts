import { randomUUID } from 'node:crypto';
import { badRequest, forbidden, GraphFakeError, notFound, userIdentity, type GraphChatMessage, type GraphMention } from './wire.js';
import { TenantDirectory, type FakeApp, type FakeGraphUser } from './directory.js';

/**
 * The state of one Microsoft 365 tenant in the fake: users and the app (directory.ts), teams with their
 * channels, chats, and chat messages kept in Graph's own JSON shape. Everything a route does goes through
 * here, so tests seed and inspect the same state the wire shows. Access follows Teams: a team's standard
 * channels are visible to the team's members, a private or shared channel to its own members, a chat to
 * its members; an application token (no user) sees everything and writes nothing.
 */

export interface FakeTeam {
  id: string;
  displayName: string;
  description: string | null;
  memberIds: Set<string>;
  ownerIds: Set<string>;
  isArchived: boolean;
}

export interface FakeChannel {
  id: string;
  teamId: string;
  displayName: string;
  description: string | null;
  membershipType: 'standard' | 'private' | 'shared';
  /** Members of a private or shared channel; null for a standard channel (the team's members). */
  memberIds: Set<string> | null;
  createdDateTime: string;
}

export interface FakeChat {
  id: string;
  topic: string | null;
  chatType: 'oneOnOne' | 'group' | 'meeting';
  memberIds: string[];
  createdDateTime: string;
  lastUpdatedDateTime: string;
  /** Per member: `viewpoint.lastMessageReadDateTime`. */
  lastRead: Map<string, string>;
  /** Pinned messages, oldest pin first: `pinnedChatMessageInfo` ids and the message they pin. */
  pins: Array<{ id: string; messageId: string; pinnedAt: string }>;
}

/** Where a message lives: a channel of a team, or a chat. */
export type Container = { kind: 'channel'; teamId: string; channelId: string } | { kind: 'chat'; chatId: string };

/** One change the tenant made, for change notifications (notifications.ts) and delta queries. */
export interface TenantChange {
  seq: number;
  changeType: 'created' | 'updated' | 'deleted';
  container: Container;
  message: GraphChatMessage;
}

/**
 * One change of a channel or a membership (team, private or shared channel, chat), for the change
 * notifications on `/teams/getAllChannels`, `/teams/getAllMembers`, `/chats/getAllMembers` and their
 * per-team or per-chat forms. `resource` is Graph's path of the changed thing: `teams('…')/channels('…')`,
 * `teams('…')/members('…')`, `teams('…')/channels('…')/members('…')`, `chats('…')/members('…')`.
 */
export interface RosterChange {
  seq: number;
  changeType: 'created' | 'updated' | 'deleted';
  kind: 'channel' | 'teamMember' | 'channelMember' | 'chatMember';
  teamId: string | null;
  chatId: string | null;
  resource: string;
  /** The changed channel's or membership's own id (`resourceData.id`). */
  id: string;
}

/** The fake's id of a user's membership (`conversationMember.id`); Graph's are opaque, this one is too. */
export const membershipIdOf = (userId: string): string => Buffer.from(`member:${userId}`).toString('base64url');

export interface TenantOptions {
  tenantId?: string;
  displayName?: string;
  /** Milliseconds since the epoch; message ids and times come from it. Default Date.now. */
  clock?: () => number;
}

export const containerKey = (container: Container): string =>
  container.kind === 'chat' ? `chat|${container.chatId}` : `channel|${container.teamId}|${container.channelId}`;

export class FakeGraphTenant extends TenantDirectory {
  readonly teams = new Map<string, FakeTeam>();
  readonly channels = new Map<string, FakeChannel>();
  readonly chats = new Map<string, FakeChat>();
  /** Messages by container key, oldest first; replies sit among the roots with `replyToId` set. */
  readonly messages = new Map<string, GraphChatMessage[]>();
  /** Every message change, oldest first (delta queries read from here). */
  readonly changes: TenantChange[] = [];
  private readonly listeners = new Set<(change: TenantChange) => void>();
  /** Every channel and membership change, oldest first. */
  readonly rosterChanges: RosterChange[] = [];
  private readonly rosterListeners = new Set<(change: RosterChange) => void>();
  private lastMessageMs = 0;
  /** Soft-deleted content, for undoSoftDelete. */
  private readonly deletedContent = new Map<string, Pick<GraphChatMessage, 'body' | 'mentions' | 'reactions' | 'attachments'>>();

  constructor(options: TenantOptions = {}) {
    super(options.tenantId ?? randomUUID(), options.displayName ?? 'Contoso', options.clock ?? Date.now);
  }

  // ---- seeding ------------------------------------------------------------------------------------------

  /** `id`: a fixed id (tests whose expectations are written before the tenant exists); default a fresh one. */
  addTeam(displayName: string, memberIds: string[], options: { ownerIds?: string[]; description?: string; archived?: boolean; id?: string } = {}): FakeTeam {
    const team: FakeTeam = {
      id: options.id ?? randomUUID(),
      displayName,
      description: options.description ?? null,
      memberIds: new Set(memberIds),
      ownerIds: new Set(options.ownerIds ?? memberIds.slice(0, 1)),
      isArchived: options.archived ?? false,
    };
    this.teams.set(team.id, team);
    // Every team has its General channel.
    this.addChannel(team.id, 'General', { description: team.description ?? undefined });
    return team;
  }

  addChannel(
    teamId: string,
    displayName: string,
    options: { membershipType?: FakeChannel['membershipType']; memberIds?: string[]; description?: string; id?: string } = {},
  ): FakeChannel {
    const membershipType = options.membershipType ?? 'standard';
    const channel: FakeChannel = {
      id: options.id ?? `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`,
      teamId,
      displayName,
      description: options.description ?? null,
      membershipType,
      memberIds: membershipType === 'standard' ? null : new Set(options.memberIds ?? []),
      createdDateTime: this.nowIso(),
    };
    this.channels.set(channel.id, channel);
    this.emitRoster('created', 'channel', teamId, null, `teams('${teamId}')/channels('${channel.id}')`, channel.id);
    return channel;
  }

  /** Renames a channel (or changes its description), as an owner does in Teams' clients. */
  updateChannel(teamId: string, channelId: string, patch: { displayName?: string; description?: string | null }): FakeChannel {
    const channel = this.channel(teamId, channelId, null);
    if (patch.displayName !== undefined) channel.displayName = patch.displayName;
    if (patch.description !== undefined) channel.description = patch.description;
    this.emitRoster('updated', 'channel', teamId, null, `teams('${teamId}')/channels('${channelId}')`, channelId);
    return channel;
  }

  /** Deletes a channel: it is gone from lists and reads (404). */
  deleteChannel(teamId: string, channelId: string): void {
    this.channel(teamId, channelId, null);
    this.channels.delete(channelId);
    this.emitRoster('deleted', 'channel', teamId, null, `teams('${teamId}')/channels('${channelId}')`, channelId);
  }

  /** Adds (`on`) or removes a member of a team, of a private or shared channel (`channelId`), or of a chat. */
  setMember(where: { teamId: string; channelId?: string } | { chatId: string }, userId: string, on: boolean): void {
    this.requireUser(userId);
    let members: Set<string> | string[];
    let kind: RosterChange['kind'];
    let base: string;
    if ('chatId' in where) {
      members = this.chat(where.chatId, null).memberIds;
      [kind, base] = ['chatMember', `chats('${where.chatId}')`];
    } else if (where.channelId) {
      const channel = this.channel(where.teamId, where.channelId, null);
      if (!channel.memberIds) throw badRequest('A standard channel has the members of its team.');
      members = channel.memberIds;
      [kind, base] = ['channelMember', `teams('${where.teamId}')/channels('${where.channelId}')`];
    } else {
      members = this.team(where.teamId, null).memberIds;
      [kind, base] = ['teamMember', `teams('${where.teamId}')`];
    }
    const has = members instanceof Set ? members.has(userId) : members.includes(userId);
    if (has === on) return;
    if (members instanceof Set) {
      if (on) members.add(userId);
      else members.delete(userId);
    } else if (on) members.push(userId);
    else members.splice(members.indexOf(userId), 1);
    const id = membershipIdOf(userId);
    this.emitRoster(on ? 'created' : 'deleted', kind, 'chatId' in where ? null : where.teamId, 'chatId' in where ? where.chatId : null, `${base}/members('${id}')`, id);
  }

  addChat(memberIds: string[], options: { topic?: string; chatType?: FakeChat['chatType'] } = {}): FakeChat {
    const chatType = options.chatType ?? (memberIds.length === 2 ? 'oneOnOne' : 'group');
    const id =
      chatType === 'oneOnOne' ? `19:${memberIds[0]}_${memberIds[1]}@unq.gbl.spaces` : `19:${randomUUID().replace(/-/g, '')}@thread.v2`;
    const now = this.nowIso();
    const chat: FakeChat = { id, topic: options.topic ?? null, chatType, memberIds: [...memberIds], createdDateTime: now, lastUpdatedDateTime: now, lastRead: new Map(), pins: [] };
    this.chats.set(id, chat);
    return chat;
  }

  /** Seeds a message as a Teams client would have posted it; `fields` override any part of Graph's JSON. */
  addMessage(container: Container, authorId: string | null, fields: Partial<GraphChatMessage> = {}): GraphChatMessage {
    const author = authorId ? this.requireUser(authorId) : null;
    const message = this.newMessage(container, author, { contentType: 'text', content: '' }, fields);
    this.store(container, message, 'created');
    return message;
  }

  // ---- access -------------------------------------------------------------------------------------------

  team(teamId: string, userId: string | null): FakeTeam {
    const team = this.teams.get(teamId);
    if (!team) throw notFound(`No team found with Group Id ${teamId}`);
    if (userId !== null && !team.memberIds.has(userId)) throw forbidden('The caller is not a member of the team.');
    return team;
  }

  channel(teamId: string, channelId: string, userId: string | null): FakeChannel {
    const team = this.team(teamId, userId);
    const channel = this.channels.get(channelId);
    if (!channel || channel.teamId !== team.id) throw notFound(`Channel ${channelId}`);
    if (userId !== null && channel.memberIds && !channel.memberIds.has(userId)) throw forbidden('The caller is not a member of the channel.');
    return channel;
  }

  channelMemberIds(channel: FakeChannel): string[] {
    return [...(channel.memberIds ?? this.teams.get(channel.teamId)!.memberIds)];
  }

  chat(chatId: string, userId: string | null): FakeChat {
    const chat = this.chats.get(chatId);
    if (!chat) throw notFound(`Chat ${chatId}`);
    if (userId !== null && !chat.memberIds.includes(userId)) throw forbidden('The caller is not a member of the chat.');
    return chat;
  }

  /** Checks the caller may read the container; answers its messages (oldest first). */
  read(container: Container, userId: string | null): GraphChatMessage[] {
    if (container.kind === 'chat') this.chat(container.chatId, userId);
    else this.channel(container.teamId, container.channelId, userId);
    return this.messages.get(containerKey(container)) ?? [];
  }

  message(container: Container, messageId: string, userId: string | null, replyToId: string | null = null): GraphChatMessage {
    const found = this.read(container, userId).find((message) => message.id === messageId);
    if (!found || (found.replyToId ?? null) !== replyToId) throw notFound(`Message ${messageId}`);
    return found;
  }

  // ---- writes -------------------------------------------------------------------------------------------

  /** POST …/messages and …/messages/{id}/replies: delegated tokens only, as Teams allows. */
  post(
    container: Container,
    userId: string | null,
    payload: { body?: { contentType?: string; content?: string }; subject?: string | null; mentions?: GraphMention[]; attachments?: GraphChatMessage['attachments'] },
    replyToId: string | null = null,
  ): GraphChatMessage {
    if (userId === null) throw forbidden('Sending messages with application permissions is not supported.');
    this.read(container, userId);
    if (container.kind === 'channel' && this.teams.get(container.teamId)!.isArchived) throw forbidden('The team is archived.');
    if (replyToId !== null) {
      if (container.kind === 'chat') throw badRequest('Replies are not supported in chats.');
      this.message(container, replyToId, userId);
    }
    const content = payload.body?.content;
    if (typeof content !== 'string' || content.trim() === '') throw badRequest('Message body cannot be empty.');
    if (content.length > 28_000) throw new GraphFakeError(413, 'RequestEntityTooLarge', 'Message body exceeds the maximum size.');
    const contentType = payload.body?.contentType === 'html' ? 'html' : 'text';
    const message = this.newMessage(container, this.requireUser(userId), { contentType, content }, {
      replyToId,
      subject: payload.subject ?? null,
      mentions: payload.mentions ?? [],
      attachments: payload.attachments ?? [],
    });
    this.store(container, message, 'created');
    return message;
  }

  /** PATCH of a message: its author only; a soft-deleted message cannot change. */
  update(container: Container, messageId: string, replyToId: string | null, userId: string | null, patch: Partial<GraphChatMessage>): void {
    const message = this.message(container, messageId, userId, replyToId);
    if (userId === null || message.from?.user?.id !== userId) throw forbidden('Only the sender can update a message.');
    if (message.deletedDateTime) throw badRequest('A deleted message cannot be updated.');
    if (patch.body) message.body = { contentType: patch.body.contentType === 'html' ? 'html' : 'text', content: patch.body.content };
    if (patch.mentions) message.mentions = patch.mentions;
    if (patch.subject !== undefined) message.subject = patch.subject;
    const now = this.nowIso();
    message.lastEditedDateTime = now;
    this.touch(container, message, now);
  }

  softDelete(container: Container, messageId: string, replyToId: string | null, userId: string | null): void {
    const message = this.message(container, messageId, userId, replyToId);
    if (userId === null || message.from?.user?.id !== userId) throw forbidden('Only the sender can delete a message.');
    if (message.deletedDateTime) return;
    this.deletedContent.set(message.id, { body: message.body, mentions: message.mentions, reactions: message.reactions, attachments: message.attachments });
    const now = this.nowIso();
    Object.assign(message, { deletedDateTime: now, body: { contentType: 'html', content: '' }, mentions: [], reactions: [], attachments: [] });
    this.touch(container, message, now, 'deleted');
  }

  undoSoftDelete(container: Container, messageId: string, replyToId: string | null, userId: string | null): void {
    const message = this.message(container, messageId, userId, replyToId);
    const kept = this.deletedContent.get(message.id);
    if (!message.deletedDateTime || !kept) return;
    Object.assign(message, kept, { deletedDateTime: null });
    this.touch(container, message, this.nowIso());
  }

  /** setReaction / unsetReaction: delegated only; idempotent, as Graph answers 204 either way. */
  react(container: Container, messageId: string, replyToId: string | null, userId: string | null, reactionType: string, on: boolean): void {
    if (userId === null) throw forbidden('Reactions need delegated permissions.');
    const message = this.message(container, messageId, userId, replyToId);
    if (!reactionType) throw badRequest('reactionType is required.');
    const mine = (reaction: GraphChatMessage['reactions'][number]) => reaction.user.user?.id === userId && reaction.reactionType === reactionType;
    const had = message.reactions.some(mine);
    if (on === had) return;
    message.reactions = on
      ? [...message.reactions, { reactionType, displayName: null, createdDateTime: this.nowIso(), user: userIdentity(userId, null) }]
      : message.reactions.filter((reaction) => !mine(reaction));
    this.touch(container, message, this.nowIso());
  }

  // ---- change feed --------------------------------------------------------------------------------------

  onRosterChange(listener: (change: RosterChange) => void): () => void {
    this.rosterListeners.add(listener);
    return () => this.rosterListeners.delete(listener);
  }

  private emitRoster(changeType: RosterChange['changeType'], kind: RosterChange['kind'], teamId: string | null, chatId: string | null, resource: string, id: string): void {
    const change: RosterChange = { seq: this.rosterChanges.length + 1, changeType, kind, teamId, chatId, resource, id };
    this.rosterChanges.push(change);
    for (const listener of this.rosterListeners) listener(change);
  }

  onChange(listener: (change: TenantChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  nowIso(): string {
    return new Date(this.clock()).toISOString();
  }

  private newMessage(
    container: Container,
    author: FakeGraphUser | FakeApp | null,
    body: GraphChatMessage['body'],
    fields: Partial<GraphChatMessage>,
  ): GraphChatMessage {
    // Graph's message ids are the creation time in milliseconds; strictly increasing here so they stay unique.
    const ms = Math.max(this.clock(), this.lastMessageMs + 1);
    this.lastMessageMs = ms;
    const id = String(ms);
    const created = new Date(ms).toISOString();
    const from = author === null ? null : 'clientId' in author
      ? { application: { id: author.clientId, displayName: author.displayName, applicationIdentityType: 'bot' }, device: null, user: null }
      : userIdentity(author.id, author.displayName);
    const replyToId = fields.replyToId ?? null;
    const where = container.kind === 'chat' ? `chat/${encodeURIComponent(container.chatId)}` : `message/${encodeURIComponent(container.channelId)}`;
    return {
      id,
      replyToId,
      etag: id,
      messageType: 'message',
      createdDateTime: created,
      lastModifiedDateTime: created,
      lastEditedDateTime: null,
      deletedDateTime: null,
      subject: null,
      summary: null,
      chatId: container.kind === 'chat' ? container.chatId : null,
      importance: 'normal',
      locale: 'en-us',
      webUrl: `https://teams.microsoft.com/l/${where}/${id}?tenantId=${this.tenantId}${replyToId ? `&parentMessageId=${replyToId}` : ''}`,
      channelIdentity: container.kind === 'channel' ? { teamId: container.teamId, channelId: container.channelId } : null,
      policyViolation: null,
      eventDetail: null,
      from,
      body,
      attachments: [],
      mentions: [],
      reactions: [],
      ...fields,
    };
  }

  private store(container: Container, message: GraphChatMessage, changeType: TenantChange['changeType']): void {
    const key = containerKey(container);
    this.messages.set(key, [...(this.messages.get(key) ?? []), message]);
    if (container.kind === 'chat') this.chats.get(container.chatId)!.lastUpdatedDateTime = message.createdDateTime;
    this.emit(container, message, changeType);
  }

  private touch(container: Container, message: GraphChatMessage, now: string, changeType: TenantChange['changeType'] = 'updated'): void {
    message.lastModifiedDateTime = now;
    message.etag = String(Date.parse(now));
    this.emit(container, message, changeType);
  }

  private emit(container: Container, message: GraphChatMessage, changeType: TenantChange['changeType']): void {
    const change: TenantChange = { seq: this.changes.length + 1, changeType, container, message };
    this.changes.push(change);
    for (const listener of this.listeners) listener(change);
  }
}

export type { FakeApp, FakeGraphUser } from './directory.js';
