import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseAddressList } from '../../../src/providers/kit/email/addresses.js';
import { FakeMailbox } from './mailbox.js';
import { FakePubSub, type PubSubOptions } from './pubsub.js';
import { compileQuery } from './search.js';
import { badRequest, errorBody, GmailFakeError, labelJson, messageJson, notFound, QUOTA_UNITS, type MessageFormat } from './wire.js';
import { headerOf } from '../../../src/providers/kit/email/mime-parse.js';

/**
 * A loopback Gmail API (v1), Google OAuth 2.0 endpoints and a Pub/Sub pusher for tests (plain HTTP on
 * 127.0.0.1:0; googleapis accepts an `http://` rootUrl). It speaks Gmail's wire format (JSON resources with
 * base64url MIME, `pageToken` paging, the batch endpoint's multipart/mixed, history with 404 for old ids,
 * watch/stop, Google's error body, 429 rate-limit reasons), records every call with its quota units and
 * injects faults. See README.md.
 */

export interface RecordedGmailCall {
  /** Gmail's method name (`messages.get`, `threads.list`…), `batch`, `token`, `authorize`, or `unknown`. */
  route: string;
  method: string;
  path: string;
  query: string;
  /** The mailbox the bearer token belongs to; null for OAuth calls and refused tokens. */
  email: string | null;
  status: number;
  /** Quota units the call costs (limits.md 5d); 0 for OAuth and the batch envelope. */
  units: number;
  /** True for a call that was a part of a batch request. */
  inBatch: boolean;
}

export type GmailFault = { status: number; reason?: string; message?: string };

export interface FakeGmailOptions extends PubSubOptions {
  clientId?: string;
  clientSecret?: string;
  /** Per-user quota units per minute (of the fake clock) before 429 userRateLimitExceeded; default none. */
  userQuotaPerMinute?: number | null;
  accessTokenSeconds?: number;
}

interface IssuedToken {
  email: string;
  expiresAt: number;
}

const MAX_BATCH_PARTS = 100;

export class FakeGmail {
  url = '';
  readonly mailboxes = new Map<string, FakeMailbox>();
  readonly calls: RecordedGmailCall[] = [];
  readonly pubsub: FakePubSub;
  readonly clientId: string;
  readonly clientSecret: string;
  userQuotaPerMinute: number | null;
  readonly accessTokens = new Map<string, IssuedToken>();
  readonly refreshTokens = new Map<string, { email: string; revoked: boolean }>();
  private readonly codes = new Map<string, { email: string; redirectUri: string; challenge: string | null; offline: boolean }>();
  private readonly faults = new Map<string, Array<{ fault: GmailFault; left: number }>>();
  private readonly accessTokenSeconds: number;
  /** Who signs in at the authorize page when the request names no login_hint. */
  signedIn: string | null = null;
  /** Added to Date.now(): lets tests move past expiries and quota minutes. */
  clockOffsetMs = 0;
  private server: Server | null = null;
  private nextId = BigInt(Date.now()) * 1000n;

  constructor(options: FakeGmailOptions = {}) {
    this.pubsub = new FakePubSub(options);
    this.pubsub.clock = () => this.now();
    this.clientId = options.clientId ?? 'test-client.apps.googleusercontent.com';
    this.clientSecret = options.clientSecret ?? 'test-client-secret';
    this.userQuotaPerMinute = options.userQuotaPerMinute ?? null;
    this.accessTokenSeconds = options.accessTokenSeconds ?? 3599;
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** The root googleapis is given (`rootUrl`, GMAIL_API_URL): origin only, with a trailing slash. */
  get apiUrl(): string {
    return `${this.url}/`;
  }

  /** Google's OAuth base (GOOGLE_OAUTH_URL): `/o/oauth2/v2/auth`, `/token`, `/revoke`, `/oauth2/v1/certs`. */
  get oauthUrl(): string {
    return `${this.url}/`;
  }

  get certsUrl(): string {
    return `${this.url}/oauth2/v1/certs`;
  }

  addMailbox(email: string, displayName = ''): FakeMailbox {
    const mailbox = new FakeMailbox(email.toLowerCase(), () => this.now(), () => (this.nextId++).toString(16), (change) => {
      const box = this.mailboxes.get(change.email);
      if (box?.watch && box.watch.expiration > this.now()) this.pubsub.notify(change.email, change.historyId);
    });
    mailbox.displayName = displayName;
    this.mailboxes.set(mailbox.email, mailbox);
    return mailbox;
  }

  mailbox(email: string): FakeMailbox {
    const box = this.mailboxes.get(email.toLowerCase());
    if (!box) throw new Error(`no fake mailbox ${email}`);
    return box;
  }

  /** Tokens as after a consent with offline access. */
  issueTokens(email: string): { accessToken: string; refreshToken: string; expiresAt: number } {
    const refreshToken = `1//${randomBytes(24).toString('base64url')}`;
    this.refreshTokens.set(refreshToken, { email: email.toLowerCase(), revoked: false });
    return { ...this.issueAccess(email), refreshToken };
  }

  revokeGrants(email: string): void {
    for (const grant of this.refreshTokens.values()) if (grant.email === email.toLowerCase()) grant.revoked = true;
    for (const [token, issued] of this.accessTokens) if (issued.email === email.toLowerCase()) this.accessTokens.delete(token);
  }

  expireAccessTokens(): void {
    for (const issued of this.accessTokens.values()) issued.expiresAt = 0;
  }

  /**
   * Mail arriving from outside (SMTP): into the mailbox's INBOX, UNREAD. Returns the message.
   */
  deliver(email: string, raw: string | Buffer, labelIds: readonly string[] = ['INBOX', 'UNREAD'], internalDate?: number) {
    return this.mailbox(email).insert(raw, labelIds, { internalDate });
  }

  inject(route: string, fault: GmailFault, times = 1): void {
    const list = this.faults.get(route) ?? [];
    list.push({ fault, left: times });
    this.faults.set(route, list);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  count(route?: string): number {
    return route ? this.calls.filter((call) => call.route === route).length : this.calls.length;
  }

  /** HTTP requests that reached the server (a batch counts once, its parts not at all). */
  httpRequests(): number {
    return this.calls.filter((call) => !call.inBatch).length;
  }

  /** Quota units spent (all mailboxes, or one). */
  units(email?: string): number {
    return this.calls.filter((call) => (email ? call.email === email : true) && call.status < 400).reduce((sum, call) => sum + call.units, 0);
  }

  countByRoute(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const call of this.calls) counts[call.route] = (counts[call.route] ?? 0) + 1;
    return counts;
  }

  resetCalls(): void {
    this.calls.length = 0;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    await this.pubsub.settled();
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  // ── HTTP ────────────────────────────────────────────────────────────────────────────────────────────

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', 'http://fake');
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
    const answer = await this.dispatch(request.method ?? 'GET', url, headers, body, false);
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  }

  private async dispatch(method: string, url: URL, headers: Headers, body: Buffer, inBatch: boolean): Promise<{ status: number; headers: Record<string, string>; body: string | Buffer }> {
    const path = url.pathname;
    if (!inBatch) {
      if (path === '/o/oauth2/v2/auth' && method === 'GET') return this.authorize(url);
      if (path === '/token' && method === 'POST') return this.token(new URLSearchParams(body.toString()), headers);
      if (path === '/revoke' && method === 'POST') return this.revoke(url, new URLSearchParams(body.toString()));
      if (path === '/oauth2/v1/certs' && method === 'GET') return json(200, this.pubsub.certs(), { 'cache-control': 'public, max-age=3600' });
      if (path === '/batch/gmail/v1' && method === 'POST') return this.batch(headers, body);
    }
    // Media uploads (`/upload/gmail/v1/…`, providers.md C.1): messages.send only, the message as the media.
    const upload = !inBatch && path.startsWith('/upload/');
    const match = /^(?:\/upload)?\/gmail\/v1\/users\/([^/]+)\/(.*)$/.exec(path);
    const route = match && (!upload || routeName(method, match[2]) === 'messages.send') ? routeName(method, match[2]) : 'unknown';
    const call: RecordedGmailCall = { route, method, path, query: url.search.slice(1), email: null, status: 0, units: QUOTA_UNITS[route] ?? 0, inBatch };
    this.calls.push(call);
    const finish = (status: number, payload: unknown, extra: Record<string, string> = {}) => {
      call.status = status;
      return json(status, payload, extra);
    };
    try {
      if (!match || route === 'unknown') throw notFound(`No route ${method} ${path}`);
      const token = /^Bearer (.+)$/i.exec(headers.get('authorization') ?? '')?.[1];
      const issued = token ? this.accessTokens.get(token) : undefined;
      if (!issued || issued.expiresAt <= this.now()) {
        call.status = 401;
        return json(401, errorBody(401, 'authError', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.'), { 'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' });
      }
      call.email = issued.email;
      const userId = decodeURIComponent(match[1]).toLowerCase();
      if (userId !== 'me' && userId !== issued.email) throw new GmailFakeError(403, 'forbidden', 'Delegation denied for ' + issued.email);
      const fault = this.takeFault(route);
      if (fault) {
        const reason = fault.reason ?? (fault.status === 429 ? 'rateLimitExceeded' : 'backendError');
        return finish(fault.status, errorBody(fault.status, reason, fault.message ?? 'Injected fault'), fault.status === 429 ? { 'retry-after': '1' } : {});
      }
      if (this.userQuotaPerMinute !== null && call.units > 0) {
        const minute = Math.floor(this.now() / 60_000);
        const spent = this.calls.filter((c) => c !== call && c.email === issued.email && c.status < 400 && c.status > 0 && Math.floor((c as RecordedGmailCall & { at?: number }).at! / 60_000) === minute).reduce((sum, c) => sum + c.units, 0);
        (call as RecordedGmailCall & { at?: number }).at = this.now();
        if (spent + call.units > this.userQuotaPerMinute) {
          return finish(429, errorBody(429, 'userRateLimitExceeded', 'User-rate limit exceeded.  Retry after ' + new Date((minute + 1) * 60_000).toISOString()));
        }
      }
      const mailbox = this.mailbox(issued.email);
      const requestBody = upload ? uploadedMessage(url.searchParams, headers, body) : method === 'POST' && body.length ? (JSON.parse(body.toString()) as Record<string, unknown>) : {};
      const result = this.run(route, mailbox, match[2], url.searchParams, requestBody);
      return finish(result === null ? 204 : 200, result ?? '');
    } catch (error) {
      if (error instanceof GmailFakeError) return finish(error.status, errorBody(error.status, error.reason, error.message));
      if (error instanceof SyntaxError) return finish(400, errorBody(400, 'parseError', 'Parse Error'));
      return finish(500, errorBody(500, 'backendError', String(error)));
    }
  }

  private takeFault(route: string): GmailFault | null {
    const list = this.faults.get(route) ?? this.faults.get('*');
    const next = list?.[0];
    if (!next) return null;
    if (--next.left <= 0) list.shift();
    return next.fault;
  }

  // ── Gmail methods ───────────────────────────────────────────────────────────────────────────────────

  private run(route: string, mailbox: FakeMailbox, rest: string, query: URLSearchParams, body: Record<string, unknown>): unknown {
    const segments = rest.split('/').map(decodeURIComponent);
    const message = (id: string) => {
      const found = mailbox.messages.get(id);
      if (!found) throw notFound();
      return found;
    };
    switch (route) {
      case 'getProfile':
        return { emailAddress: mailbox.email, messagesTotal: mailbox.messages.size, threadsTotal: new Set([...mailbox.messages.values()].map((m) => m.threadId)).size, historyId: String(mailbox.historyId) };
      case 'settings.sendAs.get': {
        // Only the primary address here: the fake has no aliases.
        if (segments[2].toLowerCase() !== mailbox.email) throw notFound();
        return { sendAsEmail: mailbox.email, displayName: mailbox.displayName, replyToAddress: '', isPrimary: true, isDefault: true, treatAsAlias: false, verificationStatus: 'accepted' };
      }
      case 'labels.list':
        return { labels: [...mailbox.labels.values()].map((label) => labelJson(mailbox, label, false)) };
      case 'labels.get': {
        const label = mailbox.labels.get(segments[1]);
        if (!label) throw notFound();
        return labelJson(mailbox, label, true);
      }
      case 'messages.list':
      case 'threads.list':
        return this.list(route, mailbox, query);
      case 'messages.get':
        return messageJson(message(segments[1]), format(query), query.getAll('metadataHeaders'));
      case 'threads.get': {
        const messages = mailbox.threadMessages(segments[1]);
        if (!messages.length) throw notFound();
        const fmt = format(query);
        if (fmt === 'raw') throw badRequest('Invalid format: raw is not supported for threads');
        return { id: segments[1], historyId: String(Math.max(...messages.map((m) => m.historyId))), messages: messages.map((m) => messageJson(m, fmt, query.getAll('metadataHeaders'))) };
      }
      case 'messages.attachments.get': {
        const data = message(segments[1]).attachments.get(segments[3]);
        if (!data) throw notFound();
        return { size: data.byteLength, data: Buffer.from(data).toString('base64url') };
      }
      case 'messages.send':
        return this.send(mailbox, body);
      case 'messages.modify': {
        message(segments[1]);
        const add = stringList(body.addLabelIds);
        const remove = stringList(body.removeLabelIds);
        this.checkLabels(mailbox, [...add, ...remove]);
        return mailbox.ref(mailbox.modify(segments[1], add, remove));
      }
      case 'messages.batchModify': {
        const ids = stringList(body.ids);
        if (ids.length > 1000) throw badRequest('Too many ids: at most 1000');
        const add = stringList(body.addLabelIds);
        const remove = stringList(body.removeLabelIds);
        this.checkLabels(mailbox, [...add, ...remove]);
        for (const id of ids) if (mailbox.messages.has(id)) mailbox.modify(id, add, remove);
        return null;
      }
      case 'messages.trash':
        message(segments[1]);
        return mailbox.ref(mailbox.trash(segments[1]));
      case 'messages.untrash':
        message(segments[1]);
        return mailbox.ref(mailbox.modify(segments[1], ['INBOX'], ['TRASH']));
      case 'history.list':
        return this.historyList(mailbox, query);
      case 'watch': {
        const topicName = typeof body.topicName === 'string' ? body.topicName : '';
        if (!/^projects\/[^/]+\/topics\/[^/]+$/.test(topicName)) throw badRequest('Invalid topicName does not match projects/{project}/topics/{topic}');
        mailbox.watch = { topicName, labelIds: stringList(body.labelIds), expiration: this.now() + 7 * 24 * 3600_000 };
        return { historyId: String(mailbox.historyId), expiration: String(mailbox.watch.expiration) };
      }
      case 'stop':
        mailbox.watch = null;
        return null;
      default:
        throw notFound();
    }
  }

  private checkLabels(mailbox: FakeMailbox, ids: readonly string[]): void {
    for (const id of ids) if (!mailbox.labels.has(id)) throw badRequest(`Invalid label: ${id}`);
  }

  private list(route: string, mailbox: FakeMailbox, query: URLSearchParams): unknown {
    const max = Math.min(Number(query.get('maxResults') ?? 100), 500);
    if (!Number.isInteger(max) || max < 1) throw badRequest('Invalid maxResults');
    const labelIds = query.getAll('labelIds');
    const { test, mentionsTrashOrSpam } = compileQuery(mailbox, query.get('q'));
    const includeSpamTrash = query.get('includeSpamTrash') === 'true' || mentionsTrashOrSpam || labelIds.includes('TRASH') || labelIds.includes('SPAM');
    const matching = [...mailbox.messages.values()]
      .filter((m) => includeSpamTrash || (!m.labelIds.has('TRASH') && !m.labelIds.has('SPAM')))
      .filter((m) => labelIds.every((label) => m.labelIds.has(label)))
      .filter(test)
      .sort((a, b) => b.internalDate - a.internalDate || (BigInt('0x' + b.id) > BigInt('0x' + a.id) ? 1 : -1));
    const offset = Number(query.get('pageToken') ? Buffer.from(query.get('pageToken')!, 'base64url').toString() : 0);
    if (route === 'messages.list') {
      const page = matching.slice(offset, offset + max);
      const result: Record<string, unknown> = { resultSizeEstimate: matching.length };
      if (page.length) result.messages = page.map((m) => ({ id: m.id, threadId: m.threadId }));
      if (offset + max < matching.length) result.nextPageToken = Buffer.from(String(offset + max)).toString('base64url');
      return result;
    }
    const threadIds = [...new Set(matching.map((m) => m.threadId))];
    const page = threadIds.slice(offset, offset + max);
    const result: Record<string, unknown> = { resultSizeEstimate: threadIds.length };
    if (page.length) {
      result.threads = page.map((id) => {
        const messages = mailbox.threadMessages(id);
        const last = messages[messages.length - 1];
        return { id, snippet: last.snippet, historyId: String(Math.max(...messages.map((m) => m.historyId))) };
      });
    }
    if (offset + max < threadIds.length) result.nextPageToken = Buffer.from(String(offset + max)).toString('base64url');
    return result;
  }

  private historyList(mailbox: FakeMailbox, query: URLSearchParams): unknown {
    const start = query.get('startHistoryId');
    if (!start || !/^\d+$/.test(start)) throw badRequest('Invalid startHistoryId');
    if (Number(start) < mailbox.oldestHistoryId) throw notFound();
    const types = query.getAll('historyTypes');
    const labelId = query.get('labelId');
    const max = Math.min(Number(query.get('maxResults') ?? 100), 500);
    const keyOf: Record<string, string> = { messageAdded: 'messagesAdded', messageDeleted: 'messagesDeleted', labelAdded: 'labelsAdded', labelRemoved: 'labelsRemoved' };
    const wanted = types.map((type) => keyOf[type]).filter(Boolean);
    const records = mailbox.history
      .filter((record) => record.id > Number(start))
      .map((record) => {
        const out: Record<string, unknown> = { id: String(record.id) };
        let kept = false;
        for (const key of ['messagesAdded', 'messagesDeleted', 'labelsAdded', 'labelsRemoved'] as const) {
          const entries = record[key];
          if (!entries || (wanted.length && !wanted.includes(key))) continue;
          const filtered = labelId ? entries.filter((entry) => entry.message.labelIds.includes(labelId) || ('labelIds' in entry && (entry.labelIds as string[]).includes(labelId))) : entries;
          if (filtered.length) {
            out[key] = filtered;
            out.messages = filtered.map((entry) => ({ id: entry.message.id, threadId: entry.message.threadId }));
            kept = true;
          }
        }
        return kept ? out : null;
      })
      .filter((record): record is Record<string, unknown> => record !== null);
    const offset = Number(query.get('pageToken') ? Buffer.from(query.get('pageToken')!, 'base64url').toString() : 0);
    const page = records.slice(offset, offset + max);
    const result: Record<string, unknown> = { historyId: String(mailbox.historyId) };
    if (page.length) result.history = page;
    if (offset + max < records.length) result.nextPageToken = Buffer.from(String(offset + max)).toString('base64url');
    return result;
  }

  /** messages.send: the sender's copy (SENT, in the thread asked for) and delivery to the fake's other mailboxes. */
  private send(mailbox: FakeMailbox, body: Record<string, unknown>): unknown {
    if (typeof body.raw !== 'string' || !body.raw) throw badRequest("Invalid request: 'raw' RFC822 payload message string or uploading message via /upload/* URL required");
    const raw = Buffer.from(body.raw, 'base64url');
    const threadId = typeof body.threadId === 'string' ? body.threadId : null;
    if (threadId && !mailbox.threadMessages(threadId).length) throw notFound();
    // Gmail keeps Bcc on the sender's copy only; recipients get the mail without it.
    const sent = mailbox.insert(raw, ['SENT'], { threadId });
    const head = raw.toString('latin1').split(/\r?\n\r?\n/)[0];
    const withoutBcc = Buffer.concat([Buffer.from(head.replace(/^Bcc:.*(\r?\n[ \t].*)*\r?\n/im, ''), 'latin1'), raw.subarray(Buffer.byteLength(head, 'latin1'))]);
    const recipients = ['to', 'cc', 'bcc'].flatMap((name) => parseAddressList(headerOf(sent.tree.headers, name)));
    for (const address of new Set(recipients.map((entry) => entry.address.toLowerCase()))) {
      const box = this.mailboxes.get(address);
      if (box && box !== mailbox) box.insert(withoutBcc, ['INBOX', 'UNREAD'], { internalDate: sent.internalDate });
      else if (box === mailbox) mailbox.modify(sent.id, ['INBOX', 'UNREAD'], []);
    }
    return mailbox.ref(sent);
  }

  // ── Batch ───────────────────────────────────────────────────────────────────────────────────────────

  private async batch(headers: Headers, body: Buffer): Promise<{ status: number; headers: Record<string, string>; body: string }> {
    const call: RecordedGmailCall = { route: 'batch', method: 'POST', path: '/batch/gmail/v1', query: '', email: null, status: 200, units: 0, inBatch: false };
    this.calls.push(call);
    const boundary = /boundary="?([^";]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
    if (!boundary || !/^multipart\/mixed/i.test(headers.get('content-type') ?? '')) {
      call.status = 400;
      return json(400, errorBody(400, 'badRequest', 'Batch requests must be multipart/mixed with a boundary'));
    }
    const parts = body
      .toString('utf8')
      .split(new RegExp(`\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?\\s*`))
      .filter((part) => part.trim().length > 0);
    if (parts.length > MAX_BATCH_PARTS) {
      call.status = 400;
      return json(400, errorBody(400, 'badRequest', `Exceeded maximum number of calls in a batch: ${MAX_BATCH_PARTS}`));
    }
    const answers: string[] = [];
    for (const part of parts) {
      const [outerHead, ...restParts] = part.split(/\r?\n\r?\n/);
      const contentId = /content-id:\s*<?([^>\r\n]+)>?/i.exec(outerHead)?.[1]?.trim() ?? '';
      const inner = restParts.join('\r\n\r\n');
      const [innerHead, ...innerBodyParts] = inner.split(/\r?\n\r?\n/);
      const [requestLine, ...headerLines] = innerHead.split(/\r?\n/);
      const [method, target] = requestLine.split(' ');
      const innerHeaders = new Headers(headers.get('authorization') ? { authorization: headers.get('authorization')! } : {});
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon > 0) innerHeaders.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      const answer = await this.dispatch(method, new URL(target, 'http://fake'), innerHeaders, Buffer.from(innerBodyParts.join('\r\n\r\n').trim()), true);
      const reason = answer.status === 200 ? 'OK' : answer.status === 204 ? 'No Content' : 'Error';
      const extra = Object.entries(answer.headers).map(([name, value]) => `${name}: ${value}`).join('\r\n');
      answers.push(`Content-Type: application/http\r\nContent-ID: <response-${contentId}>\r\n\r\nHTTP/1.1 ${answer.status} ${reason}\r\n${extra}\r\n\r\n${answer.body.toString()}\r\n`);
    }
    if (!call.email) call.email = this.calls.at(-1)?.email ?? null;
    const mark = `batch_${randomBytes(8).toString('hex')}`;
    // Gmail does not promise the parts' order; the fake answers in reverse so clients match by Content-ID.
    const text = answers.reverse().map((answer) => `--${mark}\r\n${answer}`).join('') + `--${mark}--\r\n`;
    return { status: 200, headers: { 'content-type': `multipart/mixed; boundary=${mark}` }, body: text };
  }

  // ── OAuth 2.0 ───────────────────────────────────────────────────────────────────────────────────────

  private authorize(url: URL): { status: number; headers: Record<string, string>; body: string } {
    this.calls.push({ route: 'authorize', method: 'GET', path: url.pathname, query: url.search.slice(1), email: null, status: 302, units: 0, inBatch: false });
    const redirectUri = url.searchParams.get('redirect_uri') ?? '';
    const state = url.searchParams.get('state') ?? '';
    const email = (url.searchParams.get('login_hint') ?? this.signedIn ?? '').toLowerCase();
    if (url.searchParams.get('client_id') !== this.clientId || !redirectUri) return { status: 400, headers: { 'content-type': 'text/plain' }, body: 'Error 400: invalid_request' };
    const target = new URL(redirectUri);
    if (!this.mailboxes.has(email)) {
      target.searchParams.set('error', 'access_denied');
    } else {
      const code = `4/${randomBytes(24).toString('base64url')}`;
      const challenge = url.searchParams.get('code_challenge');
      if (challenge && url.searchParams.get('code_challenge_method') !== 'S256') return { status: 400, headers: { 'content-type': 'text/plain' }, body: 'Error 400: invalid_request (code_challenge_method)' };
      this.codes.set(code, { email, redirectUri, challenge, offline: url.searchParams.get('access_type') === 'offline' });
      target.searchParams.set('code', code);
      target.searchParams.set('scope', url.searchParams.get('scope') ?? '');
    }
    target.searchParams.set('state', state);
    return { status: 302, headers: { location: target.toString() }, body: '' };
  }

  private issueAccess(email: string): { accessToken: string; expiresAt: number } {
    const accessToken = `ya29.${randomBytes(24).toString('base64url')}`;
    const expiresAt = this.now() + this.accessTokenSeconds * 1000;
    this.accessTokens.set(accessToken, { email: email.toLowerCase(), expiresAt });
    return { accessToken, expiresAt };
  }

  private token(form: URLSearchParams, headers: Headers): { status: number; headers: Record<string, string>; body: string } {
    const call: RecordedGmailCall = { route: 'token', method: 'POST', path: '/token', query: '', email: null, status: 200, units: 0, inBatch: false };
    this.calls.push(call);
    const fail = (status: number, error: string, description: string) => {
      call.status = status;
      return json(status, { error, error_description: description });
    };
    let clientId = form.get('client_id');
    let clientSecret = form.get('client_secret');
    const basic = /^Basic (.+)$/i.exec(headers.get('authorization') ?? '')?.[1];
    if (basic) [clientId, clientSecret] = Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent);
    if (clientId !== this.clientId || clientSecret !== this.clientSecret) return fail(401, 'invalid_client', 'The OAuth client was not found.');
    const fault = this.takeFault('token');
    if (fault) return fail(fault.status, fault.reason ?? 'server_error', fault.message ?? 'Injected fault');
    const grant = form.get('grant_type');
    if (grant === 'authorization_code') {
      const code = this.codes.get(form.get('code') ?? '');
      this.codes.delete(form.get('code') ?? '');
      if (!code) return fail(400, 'invalid_grant', 'Malformed auth code.');
      if (code.redirectUri !== form.get('redirect_uri')) return fail(400, 'redirect_uri_mismatch', 'Bad Request');
      if (code.challenge) {
        const verifier = form.get('code_verifier') ?? '';
        if (createHash('sha256').update(verifier).digest('base64url') !== code.challenge) return fail(400, 'invalid_grant', 'Invalid code verifier.');
      }
      call.email = code.email;
      const scope = 'https://www.googleapis.com/auth/gmail.modify';
      if (!code.offline) {
        const access = this.issueAccess(code.email);
        return json(200, { access_token: access.accessToken, expires_in: this.accessTokenSeconds, scope, token_type: 'Bearer' });
      }
      const tokens = this.issueTokens(code.email);
      return json(200, { access_token: tokens.accessToken, expires_in: this.accessTokenSeconds, refresh_token: tokens.refreshToken, scope, token_type: 'Bearer' });
    }
    if (grant === 'refresh_token') {
      const refresh = this.refreshTokens.get(form.get('refresh_token') ?? '');
      if (!refresh || refresh.revoked) return fail(400, 'invalid_grant', 'Token has been expired or revoked.');
      call.email = refresh.email;
      const access = this.issueAccess(refresh.email);
      return json(200, { access_token: access.accessToken, expires_in: this.accessTokenSeconds, scope: 'https://www.googleapis.com/auth/gmail.modify', token_type: 'Bearer' });
    }
    return fail(400, 'unsupported_grant_type', 'Invalid grant_type: ' + String(grant));
  }

  private revoke(url: URL, form: URLSearchParams): { status: number; headers: Record<string, string>; body: string } {
    const token = url.searchParams.get('token') ?? form.get('token') ?? '';
    this.calls.push({ route: 'revoke', method: 'POST', path: '/revoke', query: '', email: null, status: 200, units: 0, inBatch: false });
    const refresh = this.refreshTokens.get(token);
    if (refresh) this.revokeGrants(refresh.email);
    else this.accessTokens.delete(token);
    return json(200, {});
  }
}

/** Gmail's largest message through the media upload endpoint: 35 MB (the method's `maxSize`). */
export const MAX_UPLOADED_MESSAGE_BYTES = 35 * 1024 * 1024;

/**
 * The Message of a media upload as messages.send reads it: `uploadType=media` (the body is the message) or
 * `multipart` (multipart/related: the JSON metadata, then the message/rfc822 part), as googleapis sends them.
 */
function uploadedMessage(query: URLSearchParams, headers: Headers, body: Buffer): Record<string, unknown> {
  const type = query.get('uploadType');
  const message = (raw: Buffer, metadata: Record<string, unknown>) => {
    if (raw.length > MAX_UPLOADED_MESSAGE_BYTES) throw new GmailFakeError(413, 'uploadTooLarge', 'Media larger than 36700160 bytes is not allowed.');
    return { ...metadata, raw: raw.toString('base64url') };
  };
  if (type === 'media') return message(body, {});
  if (type !== 'multipart') throw badRequest(`Invalid uploadType: ${type ?? '(none)'}`);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  if (!boundary) throw badRequest('multipart/related without a boundary');
  const parts = body.toString('latin1').split(`--${boundary}`).slice(1, -1).map((part) => {
    const text = part.replace(/^\r\n/, '').replace(/\r\n$/, '');
    const split = text.indexOf('\r\n\r\n');
    return { head: text.slice(0, split).toLowerCase(), content: Buffer.from(text.slice(split + 4), 'latin1') };
  });
  if (parts.length !== 2 || !parts[0].head.includes('application/json')) throw badRequest('A multipart upload is the JSON metadata, then the media.');
  return message(parts[1].content, JSON.parse(parts[0].content.toString('utf8')) as Record<string, unknown>);
}

function json(status: number, payload: unknown, extra: Record<string, string> = {}): { status: number; headers: Record<string, string>; body: string } {
  if (status === 204) return { status, headers: extra, body: '' };
  return { status, headers: { 'content-type': 'application/json; charset=UTF-8', ...extra }, body: typeof payload === 'string' && payload === '' ? '' : JSON.stringify(payload) };
}

function format(query: URLSearchParams): MessageFormat {
  const value = (query.get('format') ?? 'full').toLowerCase();
  if (value !== 'full' && value !== 'metadata' && value !== 'minimal' && value !== 'raw') throw badRequest(`Invalid value for format: ${value}`);
  return value;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Gmail's method name of a path under /gmail/v1/users/{userId}/. */
function routeName(method: string, rest: string): string {
  const table: Array<[string, RegExp, string]> = [
    ['GET', /^profile$/, 'getProfile'],
    ['GET', /^settings\/sendAs\/[^/]+$/, 'settings.sendAs.get'],
    ['GET', /^labels$/, 'labels.list'],
    ['GET', /^labels\/[^/]+$/, 'labels.get'],
    ['GET', /^messages$/, 'messages.list'],
    ['POST', /^messages\/send$/, 'messages.send'],
    ['POST', /^messages\/batchModify$/, 'messages.batchModify'],
    ['GET', /^messages\/[^/]+$/, 'messages.get'],
    ['POST', /^messages\/[^/]+\/modify$/, 'messages.modify'],
    ['POST', /^messages\/[^/]+\/trash$/, 'messages.trash'],
    ['POST', /^messages\/[^/]+\/untrash$/, 'messages.untrash'],
    ['GET', /^messages\/[^/]+\/attachments\/[^/]+$/, 'messages.attachments.get'],
    ['GET', /^threads$/, 'threads.list'],
    ['GET', /^threads\/[^/]+$/, 'threads.get'],
    ['GET', /^history$/, 'history.list'],
    ['POST', /^watch$/, 'watch'],
    ['POST', /^stop$/, 'stop'],
  ];
  return table.find(([verb, pattern]) => verb === method && pattern.test(rest))?.[2] ?? 'unknown';
}

export async function startFakeGmail(options: FakeGmailOptions = {}): Promise<FakeGmail> {
  return new FakeGmail(options).start();
}
