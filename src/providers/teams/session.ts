import type { GraphCall } from '../kit/graph/client.js';
import { isAbsent } from '../kit/graph/errors.js';
import { principalKey, type Principal } from '../kit/graph/tokens.js';
import { teamsCalls } from './client.js';
import type { TeamsConnection } from './connection.js';
import { containerId, messageNativeId, type MessageAddress, type MessageContainer } from './ids.js';
import type { GraphChatMessage, GraphList, GraphMember } from './wire.js';

/**
 * The reads of one request (or one provider call outside requests), cached for its lifetime, keyed by the
 * principal that read them (what Graph answers depends on whose token asks). A channel page read with
 * `$expand=replies` holds its roots' whole threads, so replies, children and summaries of those roots cost
 * nothing more; other messages are read many at once through `$batch` (a root: the message and its replies,
 * two items; a reply or chat message: one). Writes through the session forget what they changed.
 */

export interface Thread {
  root: GraphChatMessage;
  /** Every reply, tombstones included, in Graph's order. */
  replies: GraphChatMessage[];
}

/** A message as read, with its thread when it is a channel root. */
export interface ReadMessage {
  address: MessageAddress;
  message: GraphChatMessage;
  thread: Thread | null;
}

export class ReadSession {
  private readonly threads = new Map<string, Thread | null>();
  private readonly singles = new Map<string, GraphChatMessage | null>();
  private readonly members = new Map<string, Promise<GraphMember[]>>();

  constructor(private readonly connection: TeamsConnection) {}

  /** Keeps the roots of a channel page (with their expanded replies) as whole threads. */
  rememberRoots(principal: Principal, container: MessageContainer, roots: GraphChatMessage[]): void {
    for (const root of roots) {
      if (container.kind === 'chat') this.singles.set(this.key(principal, messageNativeId(container, root.id)), root);
      else if (root.replies && !root['replies@odata.nextLink']) this.threads.set(this.key(principal, messageNativeId(container, root.id)), { root, replies: root.replies });
    }
  }

  /** Messages by address: one batch for everything this session has not seen; null for what is not there. */
  async read(principal: Principal, addresses: readonly MessageAddress[]): Promise<Map<string, ReadMessage | null | Error>> {
    const calls: GraphCall[] = [];
    const plans: Array<{ address: MessageAddress; first: number; kind: 'thread' | 'single' }> = [];
    const planned = new Set<string>();
    for (const address of addresses) {
      const key = this.key(principal, this.cacheId(address));
      if (planned.has(key) || this.known(principal, address) !== undefined) continue;
      planned.add(key);
      if (address.container.kind === 'channel' && address.rootId === null) {
        plans.push({ address, first: calls.length, kind: 'thread' });
        calls.push(teamsCalls.message(address), teamsCalls.replies(address.container, address.messageId));
      } else {
        plans.push({ address, first: calls.length, kind: 'single' });
        calls.push(teamsCalls.message(address));
      }
    }
    const answers = calls.length ? await this.connection.batch(principal, calls) : [];
    const failures = new Map<string, Error>();
    await Promise.all(
      plans.map(async (plan) => {
        const key = this.key(principal, this.cacheId(plan.address));
        const first = answers[plan.first];
        if (first instanceof Error) {
          if (isAbsent(first)) this.store(plan, key, null);
          else failures.set(key, first);
          return;
        }
        if (plan.kind === 'single') return this.store(plan, key, first as GraphChatMessage);
        const replies = answers[plan.first + 1];
        if (replies instanceof Error) return failures.set(key, replies);
        const page = replies as GraphList<GraphChatMessage>;
        const more = page['@odata.nextLink']
          ? await this.connection.callAll<GraphChatMessage>(principal, teamsCalls.messagesLink(plan.address.container, page['@odata.nextLink']))
          : [];
        this.threads.set(key, { root: first as GraphChatMessage, replies: [...(page.value ?? []), ...more] });
      }),
    );
    const result = new Map<string, ReadMessage | null | Error>();
    for (const address of addresses) {
      const id = messageNativeId(address.container, address.messageId, address.rootId);
      result.set(id, failures.get(this.key(principal, this.cacheId(address))) ?? this.known(principal, address) ?? null);
    }
    return result;
  }

  /** Threads of channel roots (root ids of one channel): null for roots that are not there. */
  async threadsOf(principal: Principal, container: MessageContainer & { kind: 'channel' }, rootIds: readonly string[]): Promise<Map<string, Thread | null | Error>> {
    const read = await this.read(principal, rootIds.map((messageId) => ({ container, messageId, rootId: null })));
    return new Map(rootIds.map((rootId) => {
      const entry = read.get(messageNativeId(container, rootId));
      return [rootId, entry instanceof Error ? entry : (entry?.thread ?? null)];
    }));
  }

  /** Members of a conversation (a channel or chat; a team's members for `team`), read once per session. */
  membersOf(principal: Principal, call: GraphCall, cacheId: string): Promise<GraphMember[]> {
    const key = this.key(principal, cacheId);
    let pending = this.members.get(key);
    if (!pending) {
      pending = this.connection.callAll<GraphMember>(principal, call).then((members) => {
        for (const member of members) this.connection.users.rememberMember(member);
        // Who each membership id is, so a later `deleted` membership notification names who left.
        this.connection.roster.rememberMembers(cacheId, members);
        return members;
      });
      pending.catch(() => this.members.delete(key));
      this.members.set(key, pending);
    }
    return pending;
  }

  /** Drops what this session knows of a container's messages, after a write changed them. */
  forget(container: MessageContainer): void {
    const prefix = containerId(container);
    for (const cache of [this.threads, this.singles]) {
      for (const key of cache.keys()) if (key.split('|')[1].startsWith(`${prefix}/`)) cache.delete(key);
    }
  }

  private key(principal: Principal, id: string): string {
    return `${principalKey(principal)}|${id}`;
  }

  /** Roots are cached as threads, everything else as single messages. */
  private cacheId(address: MessageAddress): string {
    return messageNativeId(address.container, address.messageId, address.rootId);
  }

  private store(plan: { address: MessageAddress; kind: 'thread' | 'single' }, key: string, message: GraphChatMessage | null): void {
    if (plan.kind === 'thread') this.threads.set(key, message ? { root: message, replies: [] } : null);
    else this.singles.set(key, message);
  }

  /** What the session knows of a message: the read, null when known to be absent, undefined when unknown. */
  private known(principal: Principal, address: MessageAddress): ReadMessage | null | undefined {
    const { container } = address;
    if (container.kind === 'channel' && address.rootId === null) {
      const thread = this.threads.get(this.key(principal, messageNativeId(container, address.messageId)));
      return thread === undefined ? undefined : thread && { address, message: thread.root, thread };
    }
    if (address.rootId !== null) {
      const thread = this.threads.get(this.key(principal, messageNativeId(container, address.rootId)));
      const reply = thread?.replies.find((candidate) => candidate.id === address.messageId);
      if (reply) return { address, message: reply, thread: null };
      if (thread === null) return null;
    }
    const single = this.singles.get(this.key(principal, this.cacheId(address)));
    return single === undefined ? undefined : single && { address, message: single, thread: null };
  }
}
