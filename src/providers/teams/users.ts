import type { UserRecord } from '../model.js';
import { isAbsent } from '../kit/graph/errors.js';
import { teamsCalls } from './client.js';
import type { TeamsConnection } from './connection.js';
import { isGuid } from './ids.js';
import { handleOf, toAppUser, toUser } from './map.js';
import type { GraphUser } from './wire.js';

/**
 * The tenant's people as seen by one connection, cached for `ttlMs`: users by id (`GET /users/{id}`, many
 * at once through `$batch`), their `@handle`s (the local part of their sign-in name) for mentions, and the
 * apps (bots) that posted, named from the messages themselves (Graph has no cheap lookup for those).
 * Member lists warm the cache, so a channel's members cost no user lookups afterwards.
 */
export class UserDirectory {
  private readonly users = new Map<string, { at: number; user: UserRecord | null; handle: string | null }>();
  private readonly apps = new Map<string, string | null>();
  /** Reads of users in flight, by user id. */
  private readonly loading = new Map<string, Promise<void>>();
  private directory: { at: number; value: Promise<UserRecord[]> } | null = null;

  constructor(
    private readonly connection: TeamsConnection,
    private readonly ttlMs: number,
  ) {}

  /**
   * Users by id; unknown and malformed ids are absent from the map. Users already being read (another
   * request's load in flight) are waited for, not read again.
   */
  async load(ids: readonly string[]): Promise<Map<string, UserRecord>> {
    const now = this.connection.now();
    const cold = [...new Set(ids)].filter((id) => isGuid(id) && !this.fresh(id, now));
    const waits = [...new Set(cold.map((id) => this.loading.get(id)).filter((pending) => pending !== undefined))];
    const missing = cold.filter((id) => !this.loading.has(id));
    if (missing.length) {
      const pending = this.read(missing, now);
      for (const id of missing) this.loading.set(id, pending);
      const done = () => {
        for (const id of missing) if (this.loading.get(id) === pending) this.loading.delete(id);
      };
      pending.then(done, done);
      waits.push(pending);
    }
    await Promise.all(waits);
    const found = new Map<string, UserRecord>();
    for (const id of ids) {
      const app = id.startsWith('app:') ? id.slice(4) : null;
      if (app !== null && this.apps.has(app)) found.set(id, toAppUser(app, this.apps.get(app) ?? null, this.connection.workspaceId));
      const user = this.users.get(id)?.user;
      if (user) found.set(id, user);
    }
    return found;
  }

  /** One `$batch` of `GET /users/{id}`: found users remembered, absent ones remembered as absent. */
  private async read(ids: readonly string[], now: number): Promise<void> {
    const answers = await this.connection.batch(this.connection.readPrincipal, ids.map((id) => teamsCalls.user(id)));
    answers.forEach((answer, index) => {
      if (answer instanceof Error) {
        if (isAbsent(answer)) this.users.set(ids[index], { at: now, user: null, handle: null });
        else throw answer;
        return;
      }
      this.remember(answer as GraphUser);
    });
  }

  remember(user: GraphUser): void {
    this.users.set(user.id, { at: this.connection.now(), user: toUser(user, this.connection.workspaceId), handle: handleOf(user) });
  }

  /** A member entry (name, email) is as good as a user lookup for names and handles. */
  rememberMember(member: { userId?: string | null; displayName?: string | null; email?: string | null }): void {
    if (!member.userId || this.fresh(member.userId, this.connection.now())) return;
    this.remember({ id: member.userId, displayName: member.displayName ?? null, mail: member.email ?? null, userPrincipalName: member.email ?? null });
  }

  /** An app (bot) seen as an author, with the name the message gave it. */
  rememberApp(applicationId: string, displayName: string | null | undefined): void {
    if (!this.apps.get(applicationId)) this.apps.set(applicationId, displayName ?? null);
  }

  handleOf(userId: string): string | null {
    return this.users.get(userId)?.handle ?? null;
  }

  /** Every user of the tenant (for listUsers), read at most once per cache lifetime. */
  all(): Promise<UserRecord[]> {
    const now = this.connection.now();
    if (!this.directory || now - this.directory.at > this.ttlMs) {
      const value = this.connection.callAll<GraphUser>(this.connection.readPrincipal, teamsCalls.users(999), 10_000).then((users) => {
        for (const user of users) this.remember(user);
        return users.map((user) => toUser(user, this.connection.workspaceId));
      });
      value.catch(() => {
        if (this.directory?.value === value) this.directory = null;
      });
      this.directory = { at: now, value };
    }
    return this.directory.value;
  }

  private fresh(id: string, now: number): boolean {
    const entry = this.users.get(id);
    return entry !== undefined && now - entry.at < this.ttlMs;
  }
}
