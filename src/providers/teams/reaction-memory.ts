import { emojiOfReaction } from './emoji.js';
import { authorOf } from './map.js';
import type { GraphChatMessage } from './wire.js';

/**
 * The reactions last seen on messages, so that an `updated` message can be told apart: Graph reports a
 * reaction as an update of the whole message and never says what changed. Per connection, in memory,
 * bounded (the least recently seen message is forgotten first). Holds ids of users and emoji only, never
 * content, and nothing survives a restart: a message not seen since then is "unknown", and its update is
 * reported as MESSAGE_UPDATED, as Graph gave it.
 */

/** Messages remembered per connection, at most. */
export const REMEMBERED_MESSAGES = 5_000;

export interface Reaction {
  emoji: string;
  /** The reacting user (Entra object id, or `app:<id>`). */
  actorId: string;
}

export interface ReactionDifference {
  added: Reaction[];
  removed: Reaction[];
  /** Whether the message was edited or deleted since it was last seen (its body changed, not only reactions). */
  edited: boolean;
}

/** What is remembered of a message: its reactions, and when it was last edited or deleted (instants, no content). */
export interface RememberedState {
  stamp: string;
  reactions: Reaction[];
}

const keyOf = (reaction: Reaction) => `${reaction.actorId}\u0000${reaction.emoji}`;

/** What is remembered of a message as Graph gave it: reactions named as Switchboard reports them (a tombstone has none). */
export function stateOfMessage(message: GraphChatMessage): RememberedState {
  const reactions: Reaction[] = [];
  for (const reaction of message.deletedDateTime ? [] : (message.reactions ?? [])) {
    const actorId = authorOf(reaction.user);
    if (actorId) reactions.push({ emoji: emojiOfReaction(reaction.reactionType), actorId });
  }
  return { stamp: `${message.lastEditedDateTime ?? ''}|${message.deletedDateTime ?? ''}`, reactions };
}

interface Entry {
  stamp: string;
  reactions: Map<string, Reaction>;
}

export class ReactionMemory {
  private readonly seen = new Map<string, Entry>();

  constructor(private readonly limit = REMEMBERED_MESSAGES) {}

  /**
   * Records `state` as the current state of message `id` (its native id) and answers what changed since the
   * last one seen, or null when none was known (first sight, or forgotten).
   */
  observe(id: string, state: RememberedState): ReactionDifference | null {
    const previous = this.seen.get(id);
    const current: Entry = { stamp: state.stamp, reactions: new Map(state.reactions.map((reaction) => [keyOf(reaction), reaction])) };
    this.seen.delete(id); // re-inserted last: Map order is the eviction order
    this.seen.set(id, current);
    while (this.seen.size > this.limit) this.seen.delete(this.seen.keys().next().value!);
    if (!previous) return null;
    return {
      added: [...current.reactions].filter(([key]) => !previous.reactions.has(key)).map(([, reaction]) => reaction),
      removed: [...previous.reactions].filter(([key]) => !current.reactions.has(key)).map(([, reaction]) => reaction),
      edited: previous.stamp !== current.stamp,
    };
  }

  /** A message just created: it has no reactions and no edit yet (unless a later state was already seen). */
  created(id: string): void {
    if (!this.seen.has(id)) this.observe(id, { stamp: '|', reactions: [] });
  }

  forget(id: string): void {
    this.seen.delete(id);
  }

  /** How many messages are remembered (tests check the bound). */
  get size(): number {
    return this.seen.size;
  }
}
