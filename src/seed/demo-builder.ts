import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Database, MessagesTable } from '../db/tables.js';
import { mentionHandles } from '../providers/builtin/index.js';
import { BOT_ROOTS, FILES, REACTION_EMOJI, REPLIES, ROOTS, WORDS, type Script } from './demo-text.js';
import { Rng } from './rng.js';

/**
 * The demo data set built in memory (workspaces, users, channels, generated and scripted conversations,
 * files, edits, reactions, mentions), so that `seedDemo` (./demo.ts) writes it in a few multi-row
 * statements. Content and structure come from one seeded PRNG and timestamps from another, so the same
 * text appears whatever `now` is; only the times (and the uuids) move.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface SeedUser {
  id: string;
  workspaceId: string;
  handle: string;
  displayName: string;
  isBot: boolean;
}

export interface SeedChannel {
  id: string;
  workspaceId: string;
  name: string;
  topic: string;
  members: SeedUser[];
  createdAt: Date;
  /** Roots of generated conversation are spread over this span. */
  from: Date;
  until: Date;
}

interface SeedMessage {
  id: string;
  channel: SeedChannel;
  author: SeedUser | null;
  content: string;
  parent: SeedMessage | null;
  ancestors: string[];
  createdAt: Date;
  alsoSentToChannel: boolean;
  systemEvent: string | null;
  editedAt: Date | null;
  deletedAt: Date | null;
  pinnedBy: SeedUser | null;
  file: (typeof FILES)[number] | null;
}

/** Builds the whole data set in memory, so `seedDemo` can write it in a few multi-row statements. */
export class DemoBuilder {
  private readonly content = new Rng(20240611);
  private readonly time = new Rng(7);
  readonly workspaces: Array<{ id: string; name: string; created_at: Date }> = [];
  readonly users: SeedUser[] = [];
  readonly userRows: Array<Insertable<Database['users']>> = [];
  readonly channelRows: Array<Insertable<Database['channels']>> = [];
  readonly memberRows: Array<Insertable<Database['channel_members']>> = [];
  readonly messages: SeedMessage[] = [];
  readonly reactionRows: Array<Insertable<Database['reactions']>> = [];
  readonly attachmentRows: Array<Insertable<Database['attachments']>> = [];

  constructor(private readonly now: Date) {}

  ago(days: number): Date {
    return new Date(this.now.getTime() - days * DAY);
  }

  workspace(name: string, daysAgo: number): string {
    const id = randomUUID();
    this.workspaces.push({ id, name, created_at: this.ago(daysAgo) });
    return id;
  }

  user(
    workspaceId: string,
    handle: string,
    displayName: string,
    role: 'OWNER' | 'ADMIN' | 'MEMBER' | 'BOT',
    accountId: string | null,
    email: string | null,
  ): SeedUser {
    const user = { id: randomUUID(), workspaceId, handle, displayName, isBot: role === 'BOT' };
    this.users.push(user);
    const created = this.workspaces.find((w) => w.id === workspaceId)!.created_at;
    this.userRows.push({
      id: user.id, workspace_id: workspaceId, account_id: accountId, name: handle, display_name: displayName,
      email, avatar_url: null, is_bot: user.isBot, role, created_at: created,
    });
    return user;
  }

  channel(options: {
    workspaceId: string;
    name: string;
    topic: string;
    type: 'PUBLIC' | 'PRIVATE' | 'DIRECT';
    creator: SeedUser;
    members: SeedUser[];
    description?: string;
    parentId?: string;
    createdDaysAgo: number;
    activeDays: [number, number];
    archivedDaysAgo?: number;
    /** Members who joined later than the channel's creation. */
    joinedLater?: Map<SeedUser, Date>;
  }): SeedChannel {
    const createdAt = this.ago(options.createdDaysAgo);
    const channel: SeedChannel = {
      id: randomUUID(), workspaceId: options.workspaceId, name: options.name, topic: options.topic,
      members: options.members, createdAt, from: this.ago(options.activeDays[0]), until: this.ago(options.activeDays[1]),
    };
    const archivedAt = options.archivedDaysAgo === undefined ? null : this.ago(options.archivedDaysAgo);
    this.channelRows.push({
      id: channel.id, workspace_id: options.workspaceId, parent_id: options.parentId ?? null, name: options.name,
      description: options.description ?? null, type: options.type, archived_at: archivedAt,
      created_by: options.creator.id, created_at: createdAt, updated_at: archivedAt ?? createdAt,
    });
    for (const member of options.members) {
      this.memberRows.push({
        channel_id: channel.id, user_id: member.id, role: member === options.creator ? 'ADMIN' : 'MEMBER',
        joined_at: options.joinedLater?.get(member) ?? createdAt,
      });
    }
    return channel;
  }

  private humans(channel: SeedChannel): SeedUser[] {
    return channel.members.filter((member) => !member.isBot);
  }

  private fill(template: string, channel: SeedChannel, author: SeedUser, addressee: SeedUser | null = null): string {
    const others = this.humans(channel).filter((member) => member !== author);
    return template.replace(/\{(@|\w+)\}/g, (_, key: string) => {
      if (key === 'to' && addressee && !addressee.isBot && addressee !== author) return `@${addressee.handle}`;
      if (key === '@' || key === 'to') return others.length ? `@${this.content.pick(others).handle}` : '@here';
      if (key === 'Name') return others.length ? this.content.pick(others).displayName.split(' ')[0] : 'everyone';
      return this.content.pick(WORDS[key]);
    });
  }

  private message(channel: SeedChannel, author: SeedUser | null, content: string, parent: SeedMessage | null): SeedMessage {
    const message: SeedMessage = {
      id: randomUUID(), channel, author, content, parent,
      ancestors: parent ? [...parent.ancestors, parent.id] : [],
      createdAt: channel.from, alsoSentToChannel: false, systemEvent: null, editedAt: null, deletedAt: null,
      pinnedBy: null, file: null,
    };
    this.messages.push(message);
    return message;
  }

  /** A reply's time: after the previous message of its thread, always leaving room before `now`. */
  private after(previous: Date, maxGap: number): Date {
    const room = this.now.getTime() - previous.getTime();
    return new Date(previous.getTime() + 20_000 + this.time.next() * Math.min(maxGap, room / 6));
  }

  /** A root's time: a working hour on a weekday (mostly), inside the channel's active span. */
  private rootTime(channel: SeedChannel): Date {
    const from = channel.from.getTime();
    const until = Math.min(channel.until.getTime(), this.now.getTime() - 30 * MINUTE);
    for (let attempt = 0; attempt < 20; attempt++) {
      const day = new Date(from + this.time.next() * (until - from));
      const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
      if (weekend && this.time.chance(0.85)) continue;
      day.setUTCHours(this.time.int(8, 18), this.time.int(0, 59), this.time.int(0, 59), this.time.int(0, 999));
      if (day.getTime() >= from && day.getTime() <= until) return day;
    }
    return new Date(from + this.time.next() * (until - from));
  }

  /** Generated conversation: roots with a random number of replies, until the channel has `target` messages. */
  converse(channel: SeedChannel, target: number, botRate = 0): void {
    const humans = this.humans(channel);
    const bot = channel.members.find((member) => member.isBot);
    const threads: SeedMessage[][] = [];
    let count = 0;
    while (count < target) {
      let root: SeedMessage;
      if (bot && BOT_ROOTS[channel.topic] && this.content.chance(botRate)) {
        root = this.message(channel, bot, this.fill(this.content.pick(BOT_ROOTS[channel.topic]), channel, bot), null);
      } else {
        const author = this.content.pick(humans);
        root = this.message(channel, author, this.fill(this.content.pick(ROOTS[channel.topic]), channel, author), null);
      }
      const thread = [root];
      // One template at most once per thread: a thread of five "Thanks!" reads like a bug.
      const unused = [...REPLIES[channel.topic]];
      const wanted = this.content.chance(0.3) ? this.content.pick([1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 7]) : 0;
      const replies = Math.min(wanted, target - count - 1);
      for (let i = 0; i < replies; i++) {
        const roll = this.content.next();
        const open = thread.filter((m) => m.ancestors.length < 4);
        const latest = thread[thread.length - 1];
        const parent = roll < 0.45 ? root : roll < 0.8 && latest.ancestors.length < 4 ? latest : this.content.pick(open);
        const others = humans.filter((member) => member !== parent.author);
        const author = this.content.pick(others.length ? others : humans);
        const template = unused.splice(Math.floor(this.content.next() * unused.length), 1)[0];
        const reply = this.message(channel, author, this.fill(template, channel, author, parent.author), parent);
        reply.alsoSentToChannel = this.content.chance(0.03);
        thread.push(reply);
      }
      threads.push(thread);
      count += thread.length;
    }
    // Times are drawn only after the content, so the content stream never depends on `now`.
    const roots = threads.map(() => this.rootTime(channel)).sort((a, b) => a.getTime() - b.getTime());
    threads.forEach((thread, index) => {
      thread[0].createdAt = roots[index];
      for (let i = 1; i < thread.length; i++) thread[i].createdAt = this.after(thread[i - 1].createdAt, 45 * MINUTE);
    });
  }

  script(script: Script, channels: Map<string, SeedChannel>, handles: Map<string, SeedUser>): void {
    const channel = channels.get(script.channel)!;
    const lines: SeedMessage[] = [];
    const rootAt = this.ago(script.daysAgo);
    rootAt.setUTCHours(10, this.time.int(0, 59), this.time.int(0, 59));
    for (const line of script.lines) {
      const parent = line.parent === undefined ? null : lines[line.parent];
      const message = this.message(channel, handles.get(line.by)!, line.text, parent);
      message.alsoSentToChannel = line.alsoSentToChannel ?? false;
      message.createdAt = lines.length ? this.after(lines[lines.length - 1].createdAt, 40 * MINUTE) : rootAt;
      lines.push(message);
    }
    const root = lines[0];
    if (script.pinned) root.pinnedBy = root.author;
    if (script.deleteRoot) root.deletedAt = this.after(lines[lines.length - 1].createdAt, 30 * MINUTE);
  }

  system(channel: SeedChannel, actor: SeedUser | null, at: Date, content: string, event: Record<string, string | null>): void {
    const message = this.message(channel, actor, content, null);
    message.createdAt = at;
    message.systemEvent = JSON.stringify({
      type: event.type, userId: event.userId ?? null, actorId: actor?.id ?? null, channelName: channel.name,
      oldChannelName: event.oldChannelName ?? null, messageId: null,
    });
  }

  /** Files, edits and reactions, decided after every message exists. */
  decorate(): void {
    const ordinary = this.messages.filter((m) => m.systemEvent === null && m.deletedAt === null);
    const fileable = ordinary.filter((m) => !m.parent && m.author && !m.author.isBot && m.channel.topic !== 'oldprojects');
    for (const message of this.content.sample(fileable, 15)) {
      message.file = this.content.pick(FILES);
      message.content = this.fill(message.file.text, message.channel, message.author!);
    }
    for (const message of this.content.sample(ordinary.filter((m) => !m.author?.isBot), 8)) {
      message.editedAt = this.after(message.createdAt, 20 * MINUTE);
    }
    for (const message of ordinary) {
      if (!this.content.chance(0.33)) continue;
      const reactors = this.humans(message.channel).filter((member) => member !== message.author);
      if (!reactors.length) continue;
      const kinds = this.content.pick([1, 1, 1, 1, 2, 2, 3, 4]);
      for (const emoji of this.content.sample(REACTION_EMOJI, kinds)) {
        for (const user of this.content.sample(reactors, this.content.pick([1, 1, 1, 2, 2, 3]))) {
          this.reactionRows.push({
            message_id: message.id, user_id: user.id, emoji, created_at: this.after(message.createdAt, 2 * HOUR),
          });
        }
      }
    }
    for (const message of ordinary) {
      if (!message.file || !message.author) continue;
      const [min, max] = message.file.size;
      this.attachmentRows.push({
        id: randomUUID(), workspace_id: message.channel.workspaceId, message_id: message.id,
        uploader_id: message.author.id, filename: message.file.filename, content_type: message.file.contentType,
        size_bytes: this.content.int(min, max), storage_key: null, created_at: new Date(message.createdAt.getTime() - 5_000),
      });
    }
  }

  messageRows(): Array<Insertable<MessagesTable>> {
    // Parents are always older than their replies, so time order also satisfies the foreign keys.
    const ordered = [...this.messages].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return ordered.map((m) => {
      const updatedAt = m.deletedAt ?? m.editedAt ?? m.createdAt;
      return {
        id: m.id, workspace_id: m.channel.workspaceId, channel_id: m.channel.id, author_id: m.author?.id ?? null,
        type: m.systemEvent ? 'SYSTEM' : 'USER', system_event: m.systemEvent, content: m.deletedAt ? '' : m.content,
        parent_id: m.parent?.id ?? null, thread_root_id: m.ancestors[0] ?? null, ancestors: m.ancestors,
        also_sent_to_channel: m.alsoSentToChannel, pinned_at: m.pinnedBy ? new Date(m.createdAt.getTime() + 10 * MINUTE) : null,
        pinned_by: m.pinnedBy?.id ?? null, edited_at: m.editedAt, deleted_at: m.deletedAt,
        created_at: m.createdAt, updated_at: updatedAt,
      };
    });
  }

  mentionRows(): Array<Insertable<Database['message_mentions']>> {
    const rows: Array<Insertable<Database['message_mentions']>> = [];
    for (const m of this.messages) {
      if (m.deletedAt) continue;
      for (const handle of mentionHandles(m.content)) {
        const user = this.users.find((u) => u.workspaceId === m.channel.workspaceId && u.handle === handle);
        if (user) rows.push({ message_id: m.id, user_id: user.id });
      }
    }
    return rows;
  }
}
