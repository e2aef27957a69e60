import DataLoader from 'dataloader';
import type { ProviderRegistry, WorkspaceHandle } from '../providers/registry.js';
import type { AudienceMember, ChannelAccess } from '../providers/model.js';
import type { LoggedEvent } from '../providers/events.js';
import type { MessagingProvider } from '../providers/provider.js';

/**
 * Who may receive one event, decided once per event for every subscriber together.
 *
 * A subscriber receives an event when its account is a member of the event's workspace and can read the
 * event's channel (and is the event's audience, for private events such as THREAD_READ). Before, each
 * subscriber asked that on its own: with 5,000 subscribers one event cost 15,000 statements. Now the
 * subscribers' questions about one event are gathered (DataLoader, per tick) and answered with one provider
 * call. Nothing is cached beyond the event: the next event asks again, so leaving a channel or being
 * removed from a workspace takes effect with the very next event.
 *
 * The rule itself is written once, in `decideAudience`: live delivery and replay (through EventAudience)
 * and `node(id)` of an event (src/schema/event.ts, through the request's loaders) all apply it.
 */

/** One account's answer for one event. */
export interface AudienceDecision {
  canSee: boolean;
  /**
   * The account's access to the event's channel, exactly as the provider answered; null for an event
   * without a channel. Viewers with the same decision see the same event the same way.
   */
  access: ChannelAccess | null;
  /** A string equal for two accounts exactly when their decisions are equal (the "visibility class"). */
  classKey: string;
}

/** What deciding an audience needs of the server: its providers (a request context's `services` has them). */
export interface AudienceServices {
  registry: Pick<ProviderRegistry, 'open' | 'workspacesForAccount'>;
}

/** Accounts asked about in one provider call, at most. */
const MAX_BATCH = 2_000;

export class EventAudience {
  private readonly decisions: DataLoader<string, AudienceDecision>;

  constructor(
    private readonly services: AudienceServices,
    readonly event: LoggedEvent,
  ) {
    this.decisions = new DataLoader((accountIds) => this.decide(accountIds), { maxBatchSize: MAX_BATCH });
  }

  /** Whether the account receives the event, and with which access (cached for this event only). */
  decision(accountId: string): Promise<AudienceDecision> {
    return this.decisions.load(accountId);
  }

  private async decide(accountIds: readonly string[]): Promise<AudienceDecision[]> {
    const { event } = this;
    const handle: WorkspaceHandle = { provider: event.provider, workspaceId: event.workspaceId };
    const provider = this.services.registry.open(handle);
    const channelIds = event.channelId ? [event.channelId] : [];
    const members = provider.loadAudience
      ? await provider.loadAudience(accountIds, channelIds)
      : await Promise.all(accountIds.map((accountId) => this.oneByOne(provider, handle, accountId, channelIds)));
    return members.map((member, index) => {
      if (member instanceof Error) throw member;
      return decideAudience(event, { ...member, accountId: accountIds[index] });
    });
  }

  /** A provider without `loadAudience`: the registry's membership, then the viewer's own access, per account. */
  private async oneByOne(provider: MessagingProvider, handle: WorkspaceHandle, accountId: string, channelIds: string[]): Promise<AudienceMember> {
    const workspaces = await this.services.registry.workspacesForAccount(accountId);
    const member = workspaces.some((workspace) => workspace.provider === handle.provider && workspace.workspaceId === handle.workspaceId);
    const user = member ? await provider.userForAccount(accountId) : null;
    if (!user) return { accountId, userId: null, access: [] };
    const access = channelIds.length > 0 ? await provider.loadChannelAccess({ accountId, userId: user.id }, channelIds) : [];
    for (const entry of access) if (entry instanceof Error) throw entry;
    return { accountId, userId: user.id, access: access as ChannelAccess[] };
  }
}

/**
 * Whether an account receives an event, given what the provider answered for it (`member`: its user in the
 * event's workspace, null for none, and its access to the event's channel, first in `access`). The one
 * access rule for events: the account is the event's audience (a private event, such as THREAD_READ,
 * names the one account that receives it, however many others can read its channel), it has a user in the
 * workspace, and it can read the event's channel when the event has one.
 */
export function decideAudience(event: LoggedEvent, member: AudienceMember): AudienceDecision {
  const access = event.channelId ? (member.access[0] ?? null) : null;
  const canSee =
    inAudience(event, member.accountId) && member.userId !== null && (event.channelId === null || access?.canRead === true);
  return { canSee, access, classKey: canSee ? classKeyOf(access) : 'none' };
}

/** The first part of the rule, which needs no read: a private event is for its one account only. */
export function inAudience(event: LoggedEvent, accountId: string): boolean {
  return !event.audienceAccountId || event.audienceAccountId === accountId;
}

function classKeyOf(access: ChannelAccess | null): string {
  if (!access) return 'member';
  return `${access.canRead ? 'r' : '-'}${access.canPost ? 'p' : '-'}${access.isMember ? 'm' : '-'}${access.isChannelAdmin ? 'a' : '-'}`;
}

/**
 * The audience of an event object. Every subscriber of this process receives the same object from the bus
 * (in-process and Redis alike), so they share one EventAudience; it is dropped with the event.
 */
const audiences = new WeakMap<AudienceServices, WeakMap<LoggedEvent, EventAudience>>();

export function audienceOf(services: AudienceServices, event: LoggedEvent): EventAudience {
  let ofServices = audiences.get(services);
  if (!ofServices) {
    ofServices = new WeakMap();
    audiences.set(services, ofServices);
  }
  let audience = ofServices.get(event);
  if (!audience) {
    audience = new EventAudience(services, event);
    ofServices.set(event, audience);
  }
  return audience;
}
