import type { UserRecord } from '../model.js';
import type { SlackApi, SlackResponse } from './client.js';
import { isAbsent } from './errors.js';
import { isUserId } from './ids.js';
import { handleOf, toBotUser, toUser } from './map.js';
import type { SlackBot, SlackUser } from './wire.js';

/**
 * The connection's users, cached for the connection's life (entries expire after `ttlMs`). Slack has no
 * multi-get: a cold id costs one `users.info` (Tier 4), a legacy bot id one `bots.info`; concurrent asks for
 * the same id share one call. Mentions need the reverse, handle → id, which only `users.list` answers: the
 * whole directory is read (Tier 2, 200 a page) when first needed and fills the id cache too.
 */
/** More cold ids than this in one batch are cheaper through one users.list page (200) than users.info each. */
const LIST_INSTEAD_OF_INFO = 20;

export class UserDirectory {
  private readonly byId = new Map<string, { user: UserRecord | null; handle: string | null; at: number }>();
  private readonly inflight = new Map<string, Promise<UserRecord | null>>();
  private directory: { at: number; users: Promise<Array<{ record: UserRecord; handle: string }>> } | null = null;

  constructor(
    private readonly api: SlackApi,
    private readonly token: string,
    private readonly workspaceId: string,
    private readonly clock: () => number,
    private readonly ttlMs: number,
  ) {}

  /**
   * Users by id (null for unknown or malformed ids). Each cold id costs one call, shared by concurrent asks;
   * when more than LIST_INSTEAD_OF_INFO ids are cold, one users.list read warms them all instead.
   */
  async load(ids: readonly string[]): Promise<Map<string, UserRecord | null>> {
    const now = this.clock();
    const cold = ids.filter((id) => isUserId(id) && !id.startsWith('B') && !this.isFresh(id, now));
    if (new Set(cold).size > LIST_INSTEAD_OF_INFO) await this.all();
    const found = new Map<string, UserRecord | null>();
    await Promise.all(
      [...new Set(ids)].map(async (id) => {
        found.set(id, isUserId(id) ? await this.one(id) : null);
      }),
    );
    return found;
  }

  /**
   * The `@handle` (Slack username) of a user already cached, for rendering mentions; null when not cached.
   * Mentions read back as the handle that was typed, so an edited text keeps its mentions.
   */
  cachedHandle(id: string): string | null {
    return this.byId.get(id)?.handle ?? null;
  }

  /** Every user of the team (users.list, cached), for listing and for resolving `@handle` mentions. */
  async all(): Promise<Array<{ record: UserRecord; handle: string }>> {
    const now = this.clock();
    if (!this.directory || now - this.directory.at > this.ttlMs) {
      const users = this.api
        .callAll<SlackUser>('users.list', { limit: 200 }, this.token, 'members')
        .then((members) =>
          members.map((member) => {
            const record = toUser(member, this.workspaceId);
            this.byId.set(record.id, { user: record, handle: handleOf(member), at: now });
            return { record, handle: handleOf(member) };
          }),
        );
      this.directory = { at: now, users };
      users.catch(() => {
        if (this.directory?.users === users) this.directory = null;
      });
    }
    return this.directory.users;
  }

  /** `@handle` → user id, for the handles given (users.list only when there is a handle to resolve). */
  async resolveHandles(handles: string[]): Promise<Map<string, string>> {
    if (handles.length === 0) return new Map();
    const wanted = new Set(handles);
    const resolved = new Map<string, string>();
    for (const { record, handle } of await this.all()) {
      if (wanted.has(handle) && !resolved.has(handle)) resolved.set(handle, record.id);
    }
    return resolved;
  }

  private isFresh(id: string, now: number): boolean {
    const cached = this.byId.get(id);
    return cached !== undefined && now - cached.at <= this.ttlMs;
  }

  private one(id: string): Promise<UserRecord | null> {
    const cached = this.byId.get(id);
    if (cached && this.isFresh(id, this.clock())) return Promise.resolve(cached.user);
    let pending = this.inflight.get(id);
    if (!pending) {
      pending = this.fetch(id).finally(() => this.inflight.delete(id));
      this.inflight.set(id, pending);
    }
    return pending;
  }

  private async fetch(id: string): Promise<UserRecord | null> {
    let user: UserRecord | null = null;
    let handle: string | null = null;
    try {
      if (id.startsWith('B')) {
        const result = await this.api.call<SlackResponse & { bot: SlackBot }>('bots.info', { bot: id }, this.token);
        user = toBotUser(result.bot, this.workspaceId);
        handle = result.bot.name.toLowerCase();
      } else {
        const result = await this.api.call<SlackResponse & { user: SlackUser }>('users.info', { user: id }, this.token);
        user = toUser(result.user, this.workspaceId);
        handle = handleOf(result.user);
      }
    } catch (error) {
      if (!isAbsent(error)) throw error;
    }
    this.byId.set(id, { user, handle, at: this.clock() });
    return user;
  }
}
