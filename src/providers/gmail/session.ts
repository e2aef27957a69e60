import { SwitchboardError } from '../../errors.js';
import type { GmailConnection } from './connection.js';
import { threadRecords, type GmailMessageRecord } from './map.js';

/**
 * The threads of one request: each Gmail thread is read once (threads.get format=full, 10 units) and mapped
 * once, serving every message of it, its replies, children and parents for the rest of the request. Threads
 * asked for in the same tick go out in one batch request (client.ts), unless the mailbox's read cache
 * answers them (cached-reads.ts: shared across requests, dropped by events and writes). Writes forget what
 * they changed.
 */
export class ReadSession {
  private readonly threads = new Map<string, Promise<GmailMessageRecord[] | null>>();

  constructor(private readonly connection: GmailConnection) {}

  /** A thread's messages, oldest first, or null when Gmail does not know it. */
  thread(threadId: string): Promise<GmailMessageRecord[] | null> {
    let pending = this.threads.get(threadId);
    if (!pending) {
      pending = this.connection.api.thread(threadId).then(
        (thread) => threadRecords({ workspaceId: this.connection.mailbox, mailbox: this.connection.mailbox, people: this.connection.people}, thread),
        (error: unknown) => {
          if (error instanceof SwitchboardError && error.code === 'NOT_FOUND') return null;
          throw error;
        },
      );
      this.threads.set(threadId, pending);
      pending.catch(() => this.threads.delete(threadId));
    }
    return pending;
  }

  forget(threadId: string): void {
    this.threads.delete(threadId);
  }
}
