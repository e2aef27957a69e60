import { createHash } from 'node:crypto';
import type { GraphMember } from './wire.js';

/**
 * What channel and membership notifications need of the past, which Graph does not send: a notification
 * names a changed channel or a `conversationMember` by id, no more (Switchboard does not ask for resource
 * data). So, per tenant, in memory and bounded (least recently seen forgotten first):
 * - a digest of each channel's name and of its description, so an `updated` channel is told apart: a new
 *   name is CHANNEL_RENAMED, anything else CHANNEL_UPDATED (a channel never seen: CHANNEL_UPDATED);
 * - the user behind each membership id, so a `deleted` membership (which can no longer be read) names who
 *   left. Filled from every member list the provider reads (event delivery reads them for every event) and
 *   from each `created` membership read.
 * - the standard channels deleted lately, whose CHANNEL_DELETED the team's members may still receive (the
 *   channel can no longer be read, so the access check asks here; a private channel's former members are
 *   not known, so its deletion reaches nobody).
 * Digests and ids only, never a name itself; nothing survives a restart.
 */

/** Channels and memberships remembered per tenant, at most (each). */
export const REMEMBERED_ROSTER = 20_000;

/** A short digest of a text (a channel's name or description): tells a change without keeping the text. */
export function digestOf(text: string | null | undefined): string {
  return createHash('sha256')
    .update(text ?? '', 'utf8')
    .digest('base64url')
    .slice(0, 16);
}

export interface ChannelDigest {
  name: string;
  description: string;
  /** A standard channel (every team member's); false for private and shared ones. */
  open: boolean;
}

function bounded<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  map.delete(key); // re-inserted last: Map order is the eviction order
  map.set(key, value);
  while (map.size > limit) map.delete(map.keys().next().value!);
}

export class RosterMemory {
  private readonly channels = new Map<string, ChannelDigest>();
  private readonly memberships = new Map<string, string>();
  private readonly deleted = new Map<string, true>();

  constructor(private readonly limit = REMEMBERED_ROSTER) {}

  /** Records a channel's current digest (by native id); answers the previous one, or null when unknown. */
  observeChannel(id: string, digest: ChannelDigest): ChannelDigest | null {
    const previous = this.channels.get(id) ?? null;
    bounded(this.channels, id, digest, this.limit);
    return previous;
  }

  /** A channel was deleted: its digest goes; a standard one is remembered as deleted (see `deletedOpen`). */
  channelDeleted(id: string, open = this.channels.get(id)?.open ?? false): void {
    this.channels.delete(id);
    if (open) bounded(this.deleted, id, true, this.limit);
  }

  /** Whether `id` is a standard channel deleted lately: its team's members may see that it is gone. */
  deletedOpen(id: string): boolean {
    return this.deleted.has(id);
  }

  /** Remembers who each membership of a container (native id: `team:…`, `channel:…`, `chat:…`) is. */
  rememberMembers(containerId: string, members: readonly GraphMember[]): void {
    for (const member of members) if (member.id && member.userId) bounded(this.memberships, `${containerId}|${member.id}`, member.userId, this.limit);
  }

  /** The user of a membership id, if it was seen; forgotten with `forget`. */
  userOf(containerId: string, membershipId: string, forget = false): string | null {
    const key = `${containerId}|${membershipId}`;
    const userId = this.memberships.get(key) ?? null;
    if (forget) this.memberships.delete(key);
    return userId;
  }
}
