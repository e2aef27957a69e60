import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Graph change notifications (providers.md B.3) as functions the webhook route calls, for Teams and Outlook
 * alike. They return results instead of throwing (webhook handlers must answer fast and never leak why):
 * - `validationAnswer`: the handshake — a `validationToken` in the query is echoed URL-decoded as text/plain
 *   with 200 (Graph waits 10 s for it, before the subscription exists);
 * - `parseNotifications` / `parseLifecycleEvents`: the JSON bodies, with anything malformed dropped;
 * - `checkClientState`: per subscription, in constant time; an unknown subscription or a wrong state trusts
 *   nothing of the item;
 * - `lifecycleAction`: what a lifecycle event asks Switchboard to do;
 * - `parseResourcePath`: `teams('…')/channels('…')/messages('…')` into segments, for the provider to name
 *   the changed thing (resource data is not requested: notifications carry ids only and the provider
 *   resolves them through its batch loader; encrypted resource data is not supported yet).
 */

export interface ValidationAnswer {
  status: 200;
  contentType: 'text/plain; charset=utf-8';
  /** Headers to send: the token is echoed, so browsers must not sniff it into anything but text. */
  headers: Record<string, string>;
  body: string;
}

/**
 * The answer to a validation request, or null when the request is not one. Graph sends the token
 * percent-encoded; `+` stays `+` (this is not form encoding).
 */
export function validationAnswer(url: URL): ValidationAnswer | null {
  const match = /[?&]validationToken=([^&]*)/.exec(url.search);
  if (!match) return null;
  let token: string;
  try {
    token = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return { status: 200, contentType: 'text/plain; charset=utf-8', headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }, body: token };
}

/** One item of a `changeNotificationCollection`, the parts Switchboard reads. */
export interface ChangeNotification {
  subscriptionId: string;
  changeType: 'created' | 'updated' | 'deleted';
  clientState: string | null;
  tenantId: string | null;
  resource: string;
  /** `resourceData.id`, the changed item's own id, when present. */
  resourceId: string | null;
  /** Graph's id of the notification itself, when present (used to drop duplicates). */
  id: string | null;
}

export type LifecycleEventName = 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed';

export interface LifecycleEvent {
  subscriptionId: string;
  lifecycleEvent: LifecycleEventName;
  clientState: string | null;
  tenantId: string | null;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function items(body: unknown): Array<Record<string, unknown>> {
  const value = (body as { value?: unknown } | null)?.value;
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : [];
}

/** The change notifications of a POST body; malformed items are left out. */
export function parseNotifications(body: unknown): ChangeNotification[] {
  const parsed: ChangeNotification[] = [];
  for (const item of items(body)) {
    const subscriptionId = str(item.subscriptionId);
    const changeType = str(item.changeType);
    const resource = str(item.resource);
    if (!subscriptionId || !resource || (changeType !== 'created' && changeType !== 'updated' && changeType !== 'deleted')) continue;
    const data = item.resourceData as Record<string, unknown> | undefined;
    parsed.push({
      subscriptionId,
      changeType,
      clientState: str(item.clientState),
      tenantId: str(item.tenantId),
      resource,
      resourceId: str(data?.id),
      id: str(item.id),
    });
  }
  return parsed;
}

/** The lifecycle notifications of a POST body; malformed items are left out. */
export function parseLifecycleEvents(body: unknown): LifecycleEvent[] {
  const parsed: LifecycleEvent[] = [];
  for (const item of items(body)) {
    const subscriptionId = str(item.subscriptionId);
    const lifecycleEvent = str(item.lifecycleEvent);
    if (!subscriptionId || (lifecycleEvent !== 'reauthorizationRequired' && lifecycleEvent !== 'subscriptionRemoved' && lifecycleEvent !== 'missed')) continue;
    parsed.push({ subscriptionId, lifecycleEvent, clientState: str(item.clientState), tenantId: str(item.tenantId) });
  }
  return parsed;
}

/**
 * Whether `received` is the clientState Switchboard gave the subscription. Both are hashed first so that
 * the comparison takes the same time whatever their lengths; a subscription Switchboard does not know
 * (`expected` null) never matches.
 */
export function checkClientState(expected: string | null, received: string | null): boolean {
  if (expected === null || received === null) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(received));
}

/** What a lifecycle event asks for (B.3): reauthorize, recreate the subscription, or catch up with delta. */
export function lifecycleAction(event: LifecycleEvent): { kind: 'reauthorize' | 'recreate' | 'resynchronize'; subscriptionId: string } {
  const kind = event.lifecycleEvent === 'reauthorizationRequired' ? 'reauthorize' : event.lifecycleEvent === 'subscriptionRemoved' ? 'recreate' : 'resynchronize';
  return { kind, subscriptionId: event.subscriptionId };
}

/** One segment of a Graph resource path: `messages('123')` → `{ name: 'messages', key: '123' }`. */
export interface ResourceSegment {
  name: string;
  key: string | null;
}

/**
 * `teams('t')/channels('19:…')/messages('1')/replies('2')` (also the `Users/{id}/Messages/{id}` form Outlook
 * uses, where a bare key follows its collection) as segments; null when it does not parse. Keys may contain
 * `/` inside quotes and `''` for a quote.
 */
export function parseResourcePath(resource: string): ResourceSegment[] | null {
  const tokens: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of resource.replace(/^\//, '')) {
    if (char === "'") quoted = !quoted;
    if (char === '/' && !quoted) {
      tokens.push(current);
      current = '';
    } else current += char;
  }
  tokens.push(current);
  if (quoted || tokens.some((token) => token === '')) return null;
  const segments: ResourceSegment[] = [];
  for (const token of tokens) {
    const keyed = /^([A-Za-z][\w.]*)\('((?:[^']|'')*)'\)$/.exec(token);
    const last = segments.at(-1);
    if (keyed) segments.push({ name: keyed[1].toLowerCase(), key: keyed[2].replace(/''/g, "'") });
    else if (last && last.key === null) last.key = token;
    else if (/^[A-Za-z][\w.]*$/.test(token)) segments.push({ name: token.toLowerCase(), key: null });
    else return null;
  }
  return segments;
}
