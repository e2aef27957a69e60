/**
 * The in-memory Slack workspace behind the fake server: one team, its users, conversations, messages,
 * tokens, pins, scheduled messages and OAuth codes. Tests seed it with the `add*` methods, read it directly
 * to check what a call changed, and the method handlers in ./methods/ mutate it.
 *
 * Shapes follow Slack's JSON (snake_case), so `messageJson` can hand them out as the Web API does.
 */

export type ConversationKind = 'public' | 'private' | 'im' | 'mpim';

export interface FakeUser {
  id: string;
  name: string;
  realName: string;
  displayName: string;
  email: string | null;
  isBot: boolean;
  isAdmin: boolean;
  isOwner: boolean;
  deleted: boolean;
  /** For bot users: the bot id (B…) their messages carry. */
  botId: string | null;
}

export interface FakeBot {
  id: string;
  name: string;
  userId: string | null;
  appId: string;
}

export interface FakeConversation {
  id: string;
  kind: ConversationKind;
  name: string;
  created: number;
  creator: string;
  isArchived: boolean;
  topic: string;
  purpose: string;
  members: string[];
  /** Per member: the last message they marked read (conversations.mark). */
  lastRead: Map<string, string>;
}

export interface FakeFile {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  size: number;
  created: number;
  user: string;
}

export interface FakeReaction {
  name: string;
  users: string[];
}

export interface FakeMessage {
  channel: string;
  ts: string;
  /** The author; absent on legacy bot messages (subtype bot_message). */
  user: string | null;
  botId: string | null;
  /** Legacy bot messages carry a display name instead of a user. */
  username: string | null;
  text: string;
  blocks: unknown[] | null;
  /** The root's ts on replies and on roots that have (had) replies. */
  threadTs: string | null;
  /** Slack subtypes we model: thread_broadcast, bot_message, tombstone, channel_join, channel_leave, channel_name, channel_archive. */
  subtype: string | null;
  edited: { user: string; ts: string } | null;
  reactions: FakeReaction[];
  files: FakeFile[];
  /** For channel_name system messages. */
  oldName: string | null;
  name: string | null;
  /** Message metadata (chat.postMessage `metadata`); read back only with `include_all_metadata`. */
  metadata?: { event_type: string; event_payload: Record<string, unknown> } | null;
}

export interface FakeToken {
  token: string;
  userId: string;
  kind: 'bot' | 'user';
  scopes: string[];
  revoked: boolean;
}

export interface FakePin {
  channel: string;
  ts: string;
  created: number;
  createdBy: string;
}

export interface FakeScheduledMessage {
  id: string;
  channel: string;
  postAt: number;
  dateCreated: number;
  text: string;
  threadTs: string | null;
  replyBroadcast: boolean;
  userId: string;
  tokenKind: 'bot' | 'user';
}

/** What `oauth.v2.access` exchanges a code for; see `addOAuthCode`. */
export interface FakeOAuthCode {
  code: string;
  clientId: string;
  redirectUri: string | null;
  /** The user who approved the install (becomes `authed_user`). */
  userId: string;
  botScopes: string[];
  userScopes: string[];
  used: boolean;
}

export const DEFAULT_BOT_SCOPES = [
  'channels:history', 'channels:read', 'groups:history', 'groups:read', 'im:history', 'im:read', 'mpim:history',
  'mpim:read', 'chat:write', 'reactions:read', 'reactions:write', 'users:read', 'users:read.email', 'team:read',
  'pins:read', 'pins:write',
];
export const DEFAULT_USER_SCOPES = [...DEFAULT_BOT_SCOPES, 'search:read', 'channels:write', 'groups:write', 'im:write', 'mpim:write'];

/** Most pins a channel holds (pins.add answers too_many_pins beyond). */
export const MAX_PINS_PER_CHANNEL = 100;
/** Longest `text` chat.postMessage and chat.update accept (msg_too_long beyond). */
export const MAX_TEXT_LENGTH = 40_000;

export class SlackApiError extends Error {
  constructor(
    readonly error: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(error);
  }
}

export interface WorkspaceOptions {
  teamId?: string;
  teamName?: string;
  domain?: string;
  /** Milliseconds since the epoch; message timestamps and scheduling follow it. Default Date.now. */
  clock?: () => number;
}

export class FakeSlackWorkspace {
  readonly teamId: string;
  teamName: string;
  readonly domain: string;
  readonly appId = 'A0FAKEAPP1';
  readonly clock: () => number;

  readonly users = new Map<string, FakeUser>();
  readonly bots = new Map<string, FakeBot>();
  readonly conversations = new Map<string, FakeConversation>();
  /** Messages per channel, oldest first. */
  readonly messages = new Map<string, FakeMessage[]>();
  readonly tokens = new Map<string, FakeToken>();
  readonly pins: FakePin[] = [];
  readonly scheduled: FakeScheduledMessage[] = [];
  readonly oauthApps = new Map<string, { secret: string }>();
  readonly oauthCodes = new Map<string, FakeOAuthCode>();

  private sequence = 0;
  private lastMicros = 0;

  constructor(options: WorkspaceOptions = {}) {
    this.teamId = options.teamId ?? 'T0FAKETEAM';
    this.teamName = options.teamName ?? 'Fake Team';
    this.domain = options.domain ?? 'fake-team';
    this.clock = options.clock ?? Date.now;
    // Every Slack workspace has Slackbot; tombstones of deleted thread roots name it as their user.
    this.addUser({ id: 'USLACKBOT', name: 'slackbot', realName: 'Slackbot', displayName: 'Slackbot', email: null, isBot: true });
  }

  /** A fresh id with Slack's prefix letter, unique in this workspace. */
  nextId(prefix: string): string {
    this.sequence += 1;
    // Slack ids are unique across teams: part of the team id keeps two fakes' ids apart.
    const team = this.teamId.slice(1, 4).toUpperCase().replace(/[^A-Z0-9]/g, '0');
    return `${prefix}${team}${this.sequence.toString(36).toUpperCase().padStart(6, '0')}`;
  }

  /** A message timestamp from the clock, strictly increasing across the workspace (unique per channel). */
  nextTs(): string {
    const micros = Math.max(this.clock() * 1000, this.lastMicros + 1);
    this.lastMicros = micros;
    return microsToTs(micros);
  }

  nowSeconds(): number {
    return Math.floor(this.clock() / 1000);
  }

  // ---- seeding -------------------------------------------------------------------------------------

  addUser(fields: Partial<FakeUser> & { name: string }): FakeUser {
    const user: FakeUser = {
      id: fields.id ?? this.nextId('U'),
      realName: fields.realName ?? fields.name,
      displayName: fields.displayName ?? fields.name,
      email: fields.email === undefined ? `${fields.name}@${this.domain}.example` : fields.email,
      isBot: false,
      isAdmin: false,
      isOwner: false,
      deleted: false,
      botId: null,
      ...fields,
    };
    this.users.set(user.id, user);
    return user;
  }

  /** A bot user (what an app installs) with its bot id and a bot token. */
  addBot(name: string, token?: string): { user: FakeUser; bot: FakeBot; token: string } {
    const botId = this.nextId('B');
    const user = this.addUser({ name, realName: name, displayName: name, email: null, isBot: true, botId });
    const bot: FakeBot = { id: botId, name, userId: user.id, appId: this.appId };
    this.bots.set(botId, bot);
    return { user, bot, token: this.issueToken(user.id, 'bot', token) };
  }

  /** A legacy bot (incoming webhook style) that posts without a user. */
  addLegacyBot(name: string): FakeBot {
    const bot: FakeBot = { id: this.nextId('B'), name, userId: null, appId: this.appId };
    this.bots.set(bot.id, bot);
    return bot;
  }

  issueToken(userId: string, kind: 'bot' | 'user', token?: string, scopes?: string[]): string {
    const value = token ?? `${kind === 'bot' ? 'xoxb' : 'xoxp'}-${this.teamId}-${userId}-${this.nextId('K').toLowerCase()}`;
    this.tokens.set(value, {
      token: value,
      userId,
      kind,
      scopes: scopes ?? (kind === 'bot' ? DEFAULT_BOT_SCOPES : DEFAULT_USER_SCOPES),
      revoked: false,
    });
    return value;
  }

  addConversation(fields: { kind: ConversationKind; members: string[]; name?: string; creator?: string; id?: string } & Partial<FakeConversation>): FakeConversation {
    const prefix = fields.kind === 'im' ? 'D' : fields.kind === 'mpim' ? 'G' : 'C';
    const conversation: FakeConversation = {
      id: fields.id ?? this.nextId(prefix),
      name: fields.name ?? (fields.kind === 'mpim' ? `mpdm-${fields.members.map((id) => this.users.get(id)?.name ?? id).join('--')}-1` : ''),
      created: fields.created ?? this.nowSeconds(),
      creator: fields.creator ?? fields.members[0] ?? '',
      isArchived: fields.isArchived ?? false,
      topic: fields.topic ?? '',
      purpose: fields.purpose ?? '',
      lastRead: new Map(),
      ...fields,
    };
    this.conversations.set(conversation.id, conversation);
    this.messages.set(conversation.id, []);
    return conversation;
  }

  addChannel(name: string, members: string[], options: { private?: boolean; archived?: boolean; topic?: string; purpose?: string } = {}): FakeConversation {
    return this.addConversation({
      kind: options.private ? 'private' : 'public',
      name,
      members,
      isArchived: options.archived ?? false,
      topic: options.topic ?? '',
      purpose: options.purpose ?? '',
    });
  }

  addDirect(a: string, b: string): FakeConversation {
    return this.addConversation({ kind: 'im', members: [a, b] });
  }

  addGroupDirect(members: string[]): FakeConversation {
    return this.addConversation({ kind: 'mpim', members });
  }

  /** Seeds a message as if posted; `threadTs` makes it a reply, `broadcast` a reply also sent to the channel. */
  addMessage(
    channel: string,
    fields: Partial<Omit<FakeMessage, 'channel'>> & { text?: string; broadcast?: boolean },
  ): FakeMessage {
    const { broadcast, ...rest } = fields;
    const message: FakeMessage = {
      channel,
      ts: rest.ts ?? this.nextTs(),
      user: null,
      botId: null,
      username: null,
      text: '',
      blocks: null,
      threadTs: null,
      subtype: broadcast ? 'thread_broadcast' : null,
      edited: null,
      reactions: [],
      files: [],
      oldName: null,
      name: null,
      ...rest,
    };
    if (message.threadTs) {
      const root = this.findMessage(channel, message.threadTs);
      if (root && !root.threadTs) root.threadTs = root.ts;
    }
    const list = this.channelMessages(channel);
    list.push(message);
    list.sort((x, y) => compareTs(x.ts, y.ts));
    return message;
  }

  /** A file attached to a seeded message. */
  addFile(fields: Partial<FakeFile> & { name: string; user: string }): FakeFile {
    return {
      id: fields.id ?? this.nextId('F'),
      title: fields.title ?? fields.name,
      mimetype: fields.mimetype ?? 'application/octet-stream',
      size: fields.size ?? 0,
      created: fields.created ?? this.nowSeconds(),
      ...fields,
    };
  }

  addOAuthApp(clientId: string, secret: string): void {
    this.oauthApps.set(clientId, { secret });
  }

  addOAuthCode(fields: Omit<FakeOAuthCode, 'used' | 'botScopes' | 'userScopes' | 'redirectUri'> & Partial<FakeOAuthCode>): FakeOAuthCode {
    const code: FakeOAuthCode = {
      redirectUri: null,
      botScopes: DEFAULT_BOT_SCOPES,
      userScopes: [],
      used: false,
      ...fields,
    };
    this.oauthCodes.set(code.code, code);
    return code;
  }

  // ---- queries -------------------------------------------------------------------------------------

  channelMessages(channel: string): FakeMessage[] {
    let list = this.messages.get(channel);
    if (!list) {
      list = [];
      this.messages.set(channel, list);
    }
    return list;
  }

  findMessage(channel: string, ts: string): FakeMessage | undefined {
    return this.messages.get(channel)?.find((message) => message.ts === ts);
  }

  /** The replies of a thread root, oldest first. */
  repliesOf(root: FakeMessage): FakeMessage[] {
    return this.channelMessages(root.channel).filter((message) => message.threadTs === root.ts && message.ts !== root.ts);
  }

  isRoot(message: FakeMessage): boolean {
    return message.threadTs === null || message.threadTs === message.ts;
  }

  /** What the channel timeline (conversations.history) shows: roots, broadcasts and tombstones, not plain replies. */
  inTimeline(message: FakeMessage): boolean {
    return this.isRoot(message) || message.subtype === 'thread_broadcast';
  }

  permalink(channel: string, ts: string): string {
    const message = this.findMessage(channel, ts);
    const base = `https://${this.domain}.slack.com/archives/${channel}/p${ts.replace('.', '')}`;
    if (message && !this.isRoot(message)) return `${base}?thread_ts=${message.threadTs}&cid=${channel}`;
    return base;
  }

  /** The message as the Web API returns it, with thread summary fields on roots that have replies. */
  messageJson(message: FakeMessage): Record<string, unknown> {
    const json: Record<string, unknown> = { type: 'message', ts: message.ts };
    if (message.subtype) json.subtype = message.subtype;
    if (message.subtype === 'tombstone') json.hidden = true;
    if (message.user) json.user = message.user;
    if (message.botId) {
      json.bot_id = message.botId;
      const bot = this.bots.get(message.botId);
      if (bot) json.bot_profile = { id: bot.id, name: bot.name, app_id: bot.appId, deleted: false, team_id: this.teamId };
    }
    if (message.username) json.username = message.username;
    if (message.metadata) json.metadata = message.metadata;
    json.text = message.text;
    if (message.blocks) json.blocks = message.blocks;
    json.team = this.teamId;
    if (message.edited) json.edited = { ...message.edited };
    if (message.oldName !== null) json.old_name = message.oldName;
    if (message.name !== null) json.name = message.name;
    if (message.threadTs) {
      json.thread_ts = message.threadTs;
      if (message.threadTs === message.ts) {
        const replies = this.repliesOf(message);
        const users = [...new Set(replies.map((reply) => reply.user).filter((id): id is string => id !== null))];
        json.reply_count = replies.length;
        json.reply_users_count = users.length;
        json.latest_reply = replies.length ? replies[replies.length - 1].ts : '0000000000.000000';
        json.reply_users = users;
        json.is_locked = false;
        json.subscribed = false;
      } else {
        const root = this.findMessage(message.channel, message.threadTs);
        json.parent_user_id = root?.user ?? 'USLACKBOT';
      }
    }
    if (message.files.length) {
      json.files = message.files.map((file) => this.fileJson(file));
      json.upload = false;
    }
    if (message.reactions.length) {
      json.reactions = message.reactions.map((reaction) => ({
        name: reaction.name,
        users: [...reaction.users],
        count: reaction.users.length,
      }));
    }
    const pinnedTo = this.pins.filter((pin) => pin.channel === message.channel && pin.ts === message.ts).map((pin) => pin.channel);
    if (pinnedTo.length) json.pinned_to = pinnedTo;
    return json;
  }

  fileJson(file: FakeFile): Record<string, unknown> {
    return {
      id: file.id,
      created: file.created,
      timestamp: file.created,
      name: file.name,
      title: file.title,
      mimetype: file.mimetype,
      filetype: file.name.split('.').pop() ?? 'binary',
      user: file.user,
      size: file.size,
      url_private: `https://files.slack.com/files-pri/${this.teamId}-${file.id}/${encodeURIComponent(file.name)}`,
      url_private_download: `https://files.slack.com/files-pri/${this.teamId}-${file.id}/download/${encodeURIComponent(file.name)}`,
      permalink: `https://${this.domain}.slack.com/files/${file.user}/${file.id}/${encodeURIComponent(file.name)}`,
    };
  }

  userJson(user: FakeUser): Record<string, unknown> {
    return {
      id: user.id,
      team_id: this.teamId,
      name: user.name,
      deleted: user.deleted,
      color: '9f69e7',
      real_name: user.realName,
      tz: 'Europe/Berlin',
      tz_label: 'Central European Time',
      tz_offset: 3600,
      profile: {
        real_name: user.realName,
        real_name_normalized: user.realName,
        display_name: user.displayName,
        display_name_normalized: user.displayName,
        ...(user.email ? { email: user.email } : {}),
        ...(user.botId ? { bot_id: user.botId } : {}),
        image_24: `https://avatars.slack-edge.example/${user.id}_24.png`,
        image_72: `https://avatars.slack-edge.example/${user.id}_72.png`,
        image_192: `https://avatars.slack-edge.example/${user.id}_192.png`,
        team: this.teamId,
      },
      is_admin: user.isAdmin,
      is_owner: user.isOwner,
      is_primary_owner: user.isOwner,
      is_restricted: false,
      is_ultra_restricted: false,
      is_bot: user.isBot,
      is_app_user: false,
      updated: 1_700_000_000,
    };
  }
}

// ---- timestamps ----------------------------------------------------------------------------------------

export function microsToTs(micros: number): string {
  const seconds = Math.floor(micros / 1_000_000);
  const fraction = Math.floor(micros % 1_000_000);
  return `${seconds}.${String(fraction).padStart(6, '0')}`;
}

export function tsToMicros(ts: string): number {
  const [seconds, fraction = '0'] = ts.split('.');
  return Number(seconds) * 1_000_000 + Number(fraction.padEnd(6, '0').slice(0, 6));
}

export function compareTs(a: string, b: string): number {
  return tsToMicros(a) - tsToMicros(b);
}

export const TS_PATTERN = /^\d{1,10}\.\d{6}$/;
