import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/db/tables.js';
import { BOT_ROOTS, REACTION_EMOJI, REPLIES, ROOTS, WORDS } from '../src/seed/demo-text.js';
import { Rng } from '../src/seed/rng.js';

/**
 * Generated benchmark data for the built-in workspace, written straight into its tables with multi-row
 * inserts (thousands of rows per statement), so a million messages load in minutes.
 *
 * Text comes from the demo seed's own templates and word lists (chat-like sentences, 650 distinct words)
 * with their blanks filled, one to three sentences per message, and a ticket number (INC-12345) in a
 * quarter of them: search has common words to rank and rare tokens to find. Threads nest up to depth 4.
 * Everything is drawn from one seeded PRNG: the same options give the same text.
 */

export interface DatasetOptions {
  workspaceId: string;
  /** Users created in the workspace (members of the channels), besides any that exist. */
  users: number;
  channels: number;
  messages: number;
  /** Existing users who join every generated channel (the viewers of the benchmark). */
  members: string[];
  /** Channels each generated user joins (at random). */
  channelsPerUser: number;
  /** Share of messages with 1–3 reactions. */
  reactionShare: number;
  /** Messages are spread over this many days up to now. */
  days: number;
  seed: number;
  /** Ticket numbers are drawn from 0 to this (rarer tokens with a larger range). */
  ticketRange: number;
  /** Rows per insert statement. */
  batch?: number;
}

export interface Dataset {
  channelIds: string[];
  userIds: string[];
  messages: number;
  /** Thread roots whose reply tree reaches depth 4, a few per channel. */
  deepRoots: string[];
  /** Ticket tokens that occur in exactly one to three messages (for selective searches). */
  rareTickets: string[];
}

const TEMPLATES = [...Object.values(ROOTS), ...Object.values(REPLIES), ...Object.values(BOT_ROOTS)].flat();
const FIRST_NAMES = ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Frank', 'Grace', 'Heidi', 'Ivan', 'Judy', 'Mallory', 'Niaj', 'Olivia', 'Peggy'];

function sentence(rng: Rng, handles: readonly string[]): string {
  return rng.pick(TEMPLATES).replace(/\{(\w+|@)\}/g, (_, key: string) => {
    if (key === '@' || key === 'to') return `@${rng.pick(handles)}`;
    if (key === 'Name') return rng.pick(FIRST_NAMES);
    const words = WORDS[key];
    return words ? rng.pick(words) : String(rng.int(100, 9999));
  });
}

export function messageText(rng: Rng, handles: readonly string[], ticketRange: number): { text: string; ticket: number | null } {
  const parts = [sentence(rng, handles)];
  const extra = rng.next();
  if (extra < 0.35) parts.push(sentence(rng, handles));
  if (extra < 0.1) parts.push(sentence(rng, handles));
  let ticket: number | null = null;
  if (rng.next() < 0.25) {
    ticket = rng.int(0, ticketRange);
    parts.push(`Tracking in INC-${ticket}.`);
  }
  return { text: parts.join(' '), ticket };
}

interface MessageRow {
  id: string;
  channel: string;
  author: string;
  content: string;
  parent: string | null;
  root: string | null;
  ancestors: string;
  createdAt: Date;
}

export async function generateDataset(db: Kysely<Database>, options: DatasetOptions): Promise<Dataset> {
  const rng = new Rng(options.seed);
  const batch = options.batch ?? 5000;
  const workspace = options.workspaceId;

  // People and channels.
  const users = Array.from({ length: options.users }, (_, i) => ({
    id: randomUUID(),
    workspace_id: workspace,
    name: `gen${options.seed}-${i}`,
    display_name: `${rng.pick(FIRST_NAMES)} ${String.fromCharCode(65 + (i % 26))}. ${i}`,
    role: 'MEMBER' as const,
  }));
  for (let start = 0; start < users.length; start += batch) await db.insertInto('users').values(users.slice(start, start + batch)).execute();
  const channels = Array.from({ length: options.channels }, (_, i) => ({
    id: randomUUID(),
    workspace_id: workspace,
    name: `gen-${options.seed}-${i}`,
    type: 'PUBLIC' as const,
    description: `Generated channel ${i}`,
  }));
  await db.insertInto('channels').values(channels).execute();
  const members = new Map<string, string[]>(channels.map((channel) => [channel.id, [...options.members]]));
  for (const user of users) {
    const joined = new Set<number>();
    while (joined.size < Math.min(options.channelsPerUser, channels.length)) joined.add(rng.int(0, channels.length - 1));
    for (const index of joined) members.get(channels[index].id)!.push(user.id);
  }
  const memberRows = [...members].flatMap(([channel, ids]) => [...new Set(ids)].map((user) => ({ channel_id: channel, user_id: user })));
  for (let start = 0; start < memberRows.length; start += batch) {
    await db.insertInto('channel_members').values(memberRows.slice(start, start + batch)).execute();
  }
  const handles = users.length > 0 ? users.map((user) => user.name) : ['alice'];

  // Messages: roots in time order per channel, some with reply trees up to depth 4.
  const now = Date.now();
  const span = options.days * 24 * 3600 * 1000;
  const perChannel = Math.ceil(options.messages / channels.length);
  const deepRoots: string[] = [];
  const ticketCounts = new Map<number, number>();
  // Every row is generated first and written in time order, across channels, as a live workspace's rows arrive:
  // the table's physical order then follows created_at, as it does in production (written channel by
  // channel, it had a correlation of 0 with time, a layout no live table has, and time-bounded reads
  // touched every page).
  const generated: MessageRow[] = [];
  const reactions: Array<{ message: string; user: string; emoji: string }> = [];
  let written = 0;
  const authorsOf = (channel: string) => members.get(channel)!;
  for (const channel of channels) {
    const authors = authorsOf(channel.id);
    let made = 0;
    let deepInChannel = 0;
    while (made < perChannel && written + made < options.messages) {
      const rootAt = now - span + Math.floor(((made + 1) / perChannel) * span) - rng.int(0, 60_000);
      const tree: MessageRow[] = [];
      const add = (parent: MessageRow | null, wanted: number) => {
        // A reply comes after its parent (rows are written in time order, parents first).
        const at = parent ? Math.max(wanted, parent.createdAt.getTime() + 1000) : wanted;
        const { text, ticket } = messageText(rng, handles, options.ticketRange);
        if (ticket !== null) ticketCounts.set(ticket, (ticketCounts.get(ticket) ?? 0) + 1);
        const ancestors = parent ? (parent.ancestors ? `${parent.ancestors},${parent.id}` : parent.id) : '';
        const row: MessageRow = {
          id: randomUUID(),
          channel: channel.id,
          author: rng.pick(authors),
          content: text,
          parent: parent?.id ?? null,
          root: parent ? (parent.root ?? parent.id) : null,
          ancestors,
          createdAt: new Date(at),
        };
        tree.push(row);
        if (rng.next() < options.reactionShare) {
          const emoji = new Set<string>();
          for (let r = rng.int(1, 3); r > 0; r--) emoji.add(rng.pick(REACTION_EMOJI));
          for (const e of emoji) reactions.push({ message: row.id, user: rng.pick(authors), emoji: e });
        }
        return row;
      };
      const root = add(null, rootAt);
      // A few deep trees per channel (for the thread-tree benchmark), otherwise ~30% of roots get replies.
      const deep = deepInChannel < 3 && made > perChannel / 2;
      const replies = deep ? rng.int(12, 20) : rng.next() < 0.3 ? rng.int(1, 8) : 0;
      let last = root;
      for (let r = 0; r < replies && made + tree.length < perChannel; r++) {
        const candidates = tree.filter((row) => depth(row) < 4);
        // Deep trees always extend the newest branch to depth 4 first.
        const parent = deep && depth(last) < 4 ? last : rng.pick(candidates);
        last = add(parent, rootAt + (r + 1) * rng.int(30_000, 600_000));
      }
      if (deep && tree.some((row) => depth(row) === 4)) {
        deepRoots.push(root.id);
        deepInChannel += 1;
      }
      generated.push(...tree);
      made += tree.length;
    }
    written += made;
  }
  generated.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (let start = 0; start < generated.length; start += batch) await insertMessages(db, workspace, generated.slice(start, start + batch));
  for (let start = 0; start < reactions.length; start += batch) await insertReactions(db, reactions.slice(start, start + batch));
  const rareTickets = [...ticketCounts].filter(([, count]) => count <= 3).slice(0, 200).map(([ticket]) => `INC-${ticket}`);
  return { channelIds: channels.map((channel) => channel.id), userIds: users.map((user) => user.id), messages: written, deepRoots, rareTickets };
}

function depth(row: MessageRow): number {
  return row.ancestors === '' ? 0 : row.ancestors.split(',').length;
}

async function insertMessages(db: Kysely<Database>, workspace: string, rows: MessageRow[]): Promise<void> {
  await sql`
    insert into messages (id, workspace_id, channel_id, author_id, content, parent_id, thread_root_id, ancestors, created_at, updated_at)
    select t.id, ${workspace}::uuid, t.channel, t.author, t.content, t.parent, t.root,
           string_to_array(t.ancestors, ',')::uuid[], t.created_at, t.created_at
      from unnest(${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => row.channel)}::uuid[],
                  ${rows.map((row) => row.author)}::uuid[], ${rows.map((row) => row.content)}::text[],
                  ${rows.map((row) => row.parent)}::uuid[], ${rows.map((row) => row.root)}::uuid[],
                  ${rows.map((row) => row.ancestors)}::text[], ${rows.map((row) => row.createdAt.toISOString())}::timestamptz[])
           as t(id, channel, author, content, parent, root, ancestors, created_at)`.execute(db);
}

async function insertReactions(db: Kysely<Database>, rows: Array<{ message: string; user: string; emoji: string }>): Promise<void> {
  await sql`
    insert into reactions (message_id, user_id, emoji)
    select * from unnest(${rows.map((row) => row.message)}::uuid[], ${rows.map((row) => row.user)}::uuid[], ${rows.map((row) => row.emoji)}::text[])
    on conflict do nothing`.execute(db);
}
