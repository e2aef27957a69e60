import type { UserRole } from '../../src/providers/model.js';

/**
 * The world every provider fixture of the GraphQL tables builds, shaped like the demo seed's Acme and
 * Globex (src/seed/demo.ts) so that one suite reads the same on every provider: the same four people with
 * the same roles, the same channels with the same members, a second workspace that carol is not in.
 * The built-in fixtures use the demo seed itself; the others build this description on their platform.
 */

export type Handle = 'alice' | 'bob' | 'carol' | 'dave';

export interface WorldPerson {
  handle: Handle;
  name: string;
  role: Extract<UserRole, 'OWNER' | 'ADMIN' | 'MEMBER'>;
}

export const PEOPLE: readonly WorldPerson[] = [
  { handle: 'alice', name: 'Alice Chen', role: 'OWNER' },
  { handle: 'bob', name: 'Bob Martinez', role: 'ADMIN' },
  { handle: 'carol', name: 'Carol Nguyen', role: 'MEMBER' },
  { handle: 'dave', name: 'Dave Okafor', role: 'MEMBER' },
];

export interface WorldChannel {
  name: string;
  /** The first member created the channel. */
  members: Handle[];
  private?: boolean;
  /** Archived after its messages were written: read-only. */
  archived?: boolean;
}

/** Acme's channels. carol is in neither #engineering (public) nor #leadership (private). */
export const ACME_CHANNELS: readonly WorldChannel[] = [
  { name: 'general', members: ['alice', 'bob', 'carol', 'dave'] },
  { name: 'random', members: ['alice', 'bob', 'carol', 'dave'] },
  { name: 'engineering', members: ['alice', 'bob', 'dave'] },
  { name: 'leadership', members: ['alice', 'bob'], private: true },
  { name: 'old-projects', members: ['alice', 'bob', 'carol', 'dave'], archived: true },
];

/** Globex: alice and dave (and erin, who has no account) are in it; carol is not. */
export const GLOBEX = { name: 'Globex', channel: 'general', people: ['alice', 'dave'] as Handle[], stranger: { handle: 'erin', name: 'Erin Walsh' } };

export interface WorldMessage {
  channel: string;
  author: Handle | 'erin';
  /** Mentions are written `@handle`; a platform with its own mention syntax converts them. */
  text: string;
  /** Index (in the list) of the root this replies to; replies are one level deep, so FLAT platforms hold them too. */
  parent?: number;
  /** When it was written, in minutes before the fixture starts; later messages are newer. */
  minutesAgo: number;
}

/**
 * The messages of Acme, oldest first: 66 roots in #general (every sixth with two replies, mentions of dave
 * and bob), a few in the other channels, so that timelines page, the inbox has more than 60 messages to
 * slice, and every channel has a newest message.
 */
export function acmeMessages(): WorldMessage[] {
  const messages: WorldMessage[] = [];
  const everyone: Handle[] = ['alice', 'bob', 'carol', 'dave'];
  const start = 3 * 24 * 60;
  let minutesAgo = start;
  const root = (channel: string, author: Handle, text: string) => {
    minutesAgo -= 30;
    messages.push({ channel, author, text, minutesAgo });
    return messages.length - 1;
  };
  const reply = (parent: number, author: Handle, text: string) => {
    minutesAgo -= 5;
    messages.push({ channel: messages[parent].channel, author, text, parent, minutesAgo });
  };
  for (const channel of ACME_CHANNELS.filter((c) => c.name !== 'general')) {
    for (let n = 0; n < 3; n += 1) {
      const author = channel.members[n % channel.members.length];
      const index = root(channel.name, author, `${channel.name} note ${n + 1}`);
      if (n === 1) reply(index, channel.members[(n + 1) % channel.members.length], `re: ${channel.name} note ${n + 1}`);
    }
  }
  for (let n = 0; n < 66; n += 1) {
    const author = everyone[n % everyone.length];
    const mention = n % 7 === 3 ? ' @dave' : n % 9 === 4 ? ' @bob' : '';
    const index = root('general', author, `general update ${n + 1}${mention}`);
    if (n % 6 === 0) {
      reply(index, everyone[(n + 1) % 4], `reply to update ${n + 1}`);
      reply(index, everyone[(n + 2) % 4], `another reply to update ${n + 1}`);
    }
  }
  return messages;
}

/** Globex's messages, oldest first, in its one channel. */
export function globexMessages(): WorldMessage[] {
  const authors = ['alice', 'dave', 'erin'] as const;
  return Array.from({ length: 6 }, (_, n) => ({
    channel: GLOBEX.channel,
    author: authors[n % authors.length],
    text: `globex news ${n + 1}`,
    minutesAgo: 2 * 24 * 60 - n * 45,
  }));
}
