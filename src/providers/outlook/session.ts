import type { Principal } from '../kit/graph/tokens.js';
import type { OutlookConnection } from './connection.js';
import { headerOf } from './map.js';
import { buildReplyTree, type ReplyTree, type ThreadedMail, type ThreadFields } from '../kit/email/reply-tree.js';
import { userIdOf } from './ids.js';
import type { GraphList, GraphMailFolder, GraphMessage } from './wire.js';

/**
 * One conversation (Graph's `conversationId`, every folder) as a reply tree, drawn by the email kit's
 * provider-neutral rule (../kit/email/reply-tree.ts, shared with Gmail) from Message-ID, In-Reply-To and
 * References. Mail in Deleted Items is deleted for Switchboard: it stays in the tree as a tombstone while
 * something below it is not deleted, and is gone otherwise (`tombstones: WITH_REPLIES`). Drafts are not part of it.
 */
export class Conversation {
  private readonly tree: ReplyTree;
  private readonly byId = new Map<string, GraphMessage>();

  constructor(
    messages: GraphMessage[],
    private readonly deletedFolderId: string | null,
  ) {
    const mail = messages.filter((message) => !message.isDraft);
    for (const message of mail) this.byId.set(message.id, message);
    const threaded = (list: GraphMessage[]) => buildReplyTree(list.map((message) => this.threaded(message)));
    const full = threaded(mail);
    // Deleted mail with nothing live below it leaves the tree; the tree is drawn again without it.
    const gone = new Set(mail.filter((message) => this.isDeleted(message) && full.descendantsOf(message.id).every((id) => this.isDeleted(this.byId.get(id)!))).map((message) => message.id));
    this.tree = gone.size > 0 ? threaded(mail.filter((message) => !gone.has(message.id))) : full;
    for (const id of gone) this.byId.delete(id);
  }

  private threaded(message: GraphMessage): ThreadedMail {
    return {
      id: message.id,
      messageId: message.internetMessageId ?? headerOf(message, 'Message-ID'),
      inReplyTo: headerOf(message, 'In-Reply-To'),
      references: headerOf(message, 'References'),
      date: new Date(message.receivedDateTime),
      deleted: this.isDeleted(message),
      authorId: userIdOf(message.from?.emailAddress.address),
    };
  }

  isDeleted(message: GraphMessage): boolean {
    return this.deletedFolderId !== null && message.parentFolderId === this.deletedFolderId;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The MessageRecord thread fields of a message of the conversation. */
  fields(id: string): ThreadFields {
    return this.tree.fields(id);
  }

  message(id: string): GraphMessage | null {
    return this.byId.get(id) ?? null;
  }

  /** Immediate replies, oldest first. */
  children(id: string): GraphMessage[] {
    return this.tree.childrenOf(id).map((child) => this.byId.get(child)!);
  }

  /** The whole subtree below a message, oldest first. */
  descendants(id: string): GraphMessage[] {
    return this.tree.descendantsOf(id).map((child) => this.byId.get(child)!);
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
    for (const message of messages) {
      this.messages.set(message.id, message);
      this.connection.rememberPeople(message);
    }
  }

  forget(messageId: string): void {
    const known = this.messages.get(messageId);
    this.messages.delete(messageId);
    if (known) this.conversations.delete(known.conversationId);
  }

  /** Drops a folder read before a write changed its counts (marking its mail read or unread). */
  forgetFolder(folderId: string): void {
    this.folders.delete(folderId);
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
      const answers = await this.connection.batchWithWellKnown(principal, missing.map((id) => this.connection.calls.message(id)));
      answers.forEach((answer, index) => {
        if (answer instanceof Error) {
          if (!isAbsentError(answer)) throw answer;
          found.set(missing[index], null);
        } else this.messages.set(missing[index], answer as GraphMessage);
      });
    }
    return new Map(ids.map((id) => [id, this.messages.get(id) ?? found.get(id) ?? null]));
  }

  /**
   * Conversations by id, each one Graph call, the cold ones in one `$batch`. `alsoFolders`: folders the
   * caller knows the request will name (an inbox page's), read in the same `$batch` so that their names
   * cost no request of their own.
   */
  async loadConversations(principal: Principal, conversationIds: readonly string[], alsoFolders: readonly string[] = []): Promise<Map<string, Conversation>> {
    const wanted = [...new Set(conversationIds)];
    const cold = wanted.filter((id) => !this.conversations.has(id));
    const coldFolders = [...new Set(alsoFolders.filter((id) => !this.folders.has(id)))];
    if (cold.length + coldFolders.length > 0) {
      const pending = this.connection.batchWithWellKnown(principal, [...cold.map((id) => this.connection.calls.conversation(id)), ...coldFolders.map((id) => this.connection.calls.folder(id))]);
      if (cold.length > 0) {
        const deletedFolderId = this.connection.deletedItemsId(principal);
        cold.forEach((id, index) => {
          this.conversations.set(
            id,
            Promise.all([pending, deletedFolderId]).then(([answers, deleted]) => {
              const answer = answers[index];
              if (answer instanceof Error) throw answer;
              const messages = (answer as GraphList<GraphMessage>).value ?? [];
              this.remember(messages);
              return new Conversation(messages, deleted);
            }),
          );
        });
      }
      this.settleFolders(coldFolders, pending.then((answers) => answers.slice(cold.length)));
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
    if (cold.length > 0) this.settleFolders(cold, this.connection.batchWithWellKnown(principal, cold.map((id) => this.connection.calls.folder(id))));
    return Promise.all(ids.map((id) => this.folders.get(id)!));
  }

  /** Caches the folders `ids` as the answers (in their order) of a `$batch` in flight. */
  private settleFolders(ids: readonly string[], pending: Promise<Array<unknown | Error>>): void {
    ids.forEach((id, index) => {
      const folder = pending.then((answers) => {
        const answer = answers[index];
        if (answer instanceof Error) {
          if (isAbsentError(answer)) return null;
          throw answer;
        }
        return answer as GraphMailFolder;
      });
      // Prefetched folders nobody asks for must not fail the request as unhandled rejections.
      folder.catch(() => this.folders.delete(id));
      this.folders.set(id, folder);
    });
  }

  rememberFolders(folders: GraphMailFolder[]): void {
    for (const folder of folders) this.folders.set(folder.id, Promise.resolve(folder));
  }
}

function isAbsentError(error: Error): boolean {
  const code = (error as { code?: string }).code;
  return code === 'NOT_FOUND' || code === 'PERMISSION_DENIED';
}
