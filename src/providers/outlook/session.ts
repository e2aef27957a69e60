import type { Principal } from '../kit/graph/tokens.js';
import type { OutlookConnection } from './connection.js';
import { headerOf } from './map.js';
import { parentsOf, referencesOf } from './tree.js';
import type { GraphList, GraphMailFolder, GraphMessage } from './wire.js';

/** A message's place in its conversation's reply tree. */
export interface TreeNode {
  parentId: string | null;
  rootId: string;
  childIds: string[];
}

/**
 * One conversation (Graph's `conversationId`, every folder) as a reply tree (tree.ts). Mail in Deleted Items
 * is deleted for Switchboard: it stays in the tree as a tombstone while something below it is not deleted,
 * and is gone otherwise (`tombstones: WITH_REPLIES`). Drafts are not part of it.
 */
export class Conversation {
  private readonly nodes = new Map<string, TreeNode>();
  private readonly byId = new Map<string, GraphMessage>();

  constructor(
    messages: GraphMessage[],
    private readonly deletedFolderId: string | null,
  ) {
    const ordered = messages.filter((message) => !message.isDraft).sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime) || a.id.localeCompare(b.id));
    const parents = parentsOf(
      ordered.map((message) => ({
        id: message.id,
        messageId: message.internetMessageId ?? headerOf(message, 'Message-ID'),
        inReplyTo: referencesOf(headerOf(message, 'In-Reply-To'))[0] ?? null,
        references: referencesOf(headerOf(message, 'References')),
      })),
    );
    for (const message of ordered) {
      this.byId.set(message.id, message);
      this.nodes.set(message.id, { parentId: parents.get(message.id) ?? null, rootId: message.id, childIds: [] });
    }
    for (const message of ordered) {
      const node = this.nodes.get(message.id)!;
      if (node.parentId) {
        this.nodes.get(node.parentId)!.childIds.push(message.id);
        node.rootId = this.nodes.get(node.parentId)!.rootId;
      }
    }
    // Deleted mail with nothing live below it leaves the tree (children of kept tombstones stay).
    for (const message of [...ordered].reverse()) {
      if (this.isDeleted(message) && this.descendants(message.id).every((reply) => this.isDeleted(reply))) this.drop(message.id);
    }
  }

  isDeleted(message: GraphMessage): boolean {
    return this.deletedFolderId !== null && message.parentFolderId === this.deletedFolderId;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): TreeNode | null {
    return this.nodes.get(id) ?? null;
  }

  message(id: string): GraphMessage | null {
    return this.nodes.has(id) ? (this.byId.get(id) ?? null) : null;
  }

  /** Immediate replies, oldest first. */
  children(id: string): GraphMessage[] {
    return (this.nodes.get(id)?.childIds ?? []).map((child) => this.byId.get(child)!);
  }

  /** The whole subtree below a message, oldest first. */
  descendants(id: string): GraphMessage[] {
    const out: GraphMessage[] = [];
    const walk = (current: string) => {
      for (const child of this.nodes.get(current)?.childIds ?? []) {
        out.push(this.byId.get(child)!);
        walk(child);
      }
    };
    walk(id);
    return out.sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime) || a.id.localeCompare(b.id));
  }

  private drop(id: string): void {
    const node = this.nodes.get(id);
    if (!node || node.childIds.length > 0) return;
    if (node.parentId) {
      const parent = this.nodes.get(node.parentId)!;
      parent.childIds = parent.childIds.filter((child) => child !== id);
    }
    this.nodes.delete(id);
  }
}

/**
 * The read cache of one request: messages seen (pages, lookups), conversations read (one Graph call each,
 * batched 20 to a `$batch`), so that a page's threads, parents, children and descendants cost nothing more.
 */
export class ReadSession {
  private readonly messages = new Map<string, GraphMessage>();
  private readonly conversations = new Map<string, Promise<Conversation>>();
  private readonly folders = new Map<string, Promise<GraphMailFolder | null>>();

  constructor(private readonly connection: OutlookConnection) {}

  remember(messages: GraphMessage[]): void {
    for (const message of messages) this.messages.set(message.id, message);
  }

  forget(messageId: string): void {
    const known = this.messages.get(messageId);
    this.messages.delete(messageId);
    if (known) this.conversations.delete(known.conversationId);
  }

  /** Drops a conversation read before a write changed it. */
  forgetConversation(conversationId: string): void {
    this.conversations.delete(conversationId);
  }

  /** Messages by id: what the request saw, the rest in one `$batch` (null: not there). */
  async loadMessages(principal: Principal, ids: readonly string[]): Promise<Map<string, GraphMessage | null>> {
    const missing = [...new Set(ids.filter((id) => !this.messages.has(id)))];
    const found = new Map<string, GraphMessage | null>();
    if (missing.length > 0) {
      const answers = await this.connection.batch(principal, missing.map((id) => this.connection.calls.message(id)));
      answers.forEach((answer, index) => {
        if (answer instanceof Error) {
          if (!isAbsentError(answer)) throw answer;
          found.set(missing[index], null);
        } else this.messages.set(missing[index], answer as GraphMessage);
      });
    }
    return new Map(ids.map((id) => [id, this.messages.get(id) ?? found.get(id) ?? null]));
  }

  /** Conversations by id, each one Graph call, the cold ones in one `$batch`. */
  async loadConversations(principal: Principal, conversationIds: readonly string[]): Promise<Map<string, Conversation>> {
    const wanted = [...new Set(conversationIds)];
    const cold = wanted.filter((id) => !this.conversations.has(id));
    if (cold.length > 0) {
      const deletedFolderId = await this.connection.deletedItemsId(principal);
      const pending = this.connection.batch(principal, cold.map((id) => this.connection.calls.conversation(id)));
      cold.forEach((id, index) => {
        this.conversations.set(
          id,
          pending.then((answers) => {
            const answer = answers[index];
            if (answer instanceof Error) throw answer;
            const messages = (answer as GraphList<GraphMessage>).value ?? [];
            this.remember(messages);
            return new Conversation(messages, deletedFolderId);
          }),
        );
      });
      // A failed conversation must not stay cached for the rest of the request.
      pending.catch(() => cold.forEach((id) => this.conversations.delete(id)));
    }
    const out = new Map<string, Conversation>();
    for (const id of wanted) out.set(id, await this.conversations.get(id)!);
    return out;
  }

  /** Folders by id (one `$batch` for the cold ones; null: not there). */
  async loadFolders(principal: Principal, ids: readonly string[]): Promise<Array<GraphMailFolder | null>> {
    const cold = [...new Set(ids.filter((id) => !this.folders.has(id)))];
    if (cold.length > 0) {
      const pending = this.connection.batch(principal, cold.map((id) => this.connection.calls.folder(id)));
      cold.forEach((id, index) =>
        this.folders.set(
          id,
          pending.then((answers) => {
            const answer = answers[index];
            if (answer instanceof Error) {
              if (isAbsentError(answer)) return null;
              throw answer;
            }
            return answer as GraphMailFolder;
          }),
        ),
      );
    }
    return Promise.all(ids.map((id) => this.folders.get(id)!));
  }

  rememberFolders(folders: GraphMailFolder[]): void {
    for (const folder of folders) this.folders.set(folder.id, Promise.resolve(folder));
  }
}

function isAbsentError(error: Error): boolean {
  const code = (error as { code?: string }).code;
  return code === 'NOT_FOUND' || code === 'PERMISSION_DENIED';
}
