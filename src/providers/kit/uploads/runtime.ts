import { logInfo, logUnexpected } from '../../../log.js';
import type { Capabilities } from '../../capabilities.js';
import type { ProviderDefinition, ProviderRuntime } from '../../definition.js';
import type { Actor, MessageRecord } from '../../model.js';
import type { MessagingProvider, ProviderFile, SendMessageRequest } from '../../provider.js';
import { delegating } from '../delegating.js';
import { StagedUploads } from './part.js';
import { StagedFileSeal } from './sealing.js';
import { StagedUploadStore } from './store.js';

export interface StagedUploadOptions {
  /** The largest file the platform takes, when less than the server's upload limit (MAX_ATTACHMENT_BYTES). */
  maxFileBytes?: number;
  /** How long an unsent file is kept; default a day. */
  ttlMs?: number;
  /** How often the runtime sweeps expired and orphaned files (from `begin`); default hourly, 0: never. */
  sweepIntervalMs?: number;
}

const DEFAULT_SWEEP_INTERVAL_MS = 3_600_000;

/**
 * A provider definition whose workspaces take uploads that Switchboard stages until the message carrying
 * them is sent: the one line a provider that sends file bytes itself (mail) adds
 * (`export const acmeProvider = withStagedUploads({ … })`).
 *
 * - Every provider its runtime opens (lazy stand-ins and per-request views included) carries the `uploads`
 *   part (part.ts) and says `attachmentUpload: true`, so part and capability agree by construction.
 * - Its `sendMessage` reads the files named by `attachmentIds` (each must be the actor's own), hands them to
 *   the provider as `request.files`, and lets them go once the provider sent the message. A send that failed
 *   keeps them for the retry; a retry that finds the first send made (`findSentMessage`, by the send's
 *   idempotency token recorded on the files) lets them go then.
 * - A staged file's signed download link (its uploader's only) streams through `attachmentContent`.
 * - The runtime sweeps files unsent for a day, and bytes no row names, every `sweepIntervalMs`.
 * - Without a file store or SWITCHBOARD_ENCRYPTION_KEY nothing changes: the workspaces say
 *   `attachmentUpload: false` as their provider does, and `attachmentIds` answer UNSUPPORTED there.
 */
export function withStagedUploads<Settings>(definition: ProviderDefinition<Settings>, options: StagedUploadOptions = {}): ProviderDefinition<Settings> {
  return {
    ...definition,
    capabilities: uploadCapabilities(definition.capabilities),
    start(host, settings) {
      const runtime = definition.start(host, settings);
      const seal = new StagedFileSeal(host.connections.store.cipher);
      if (!seal.enabled || !host.fileStore) return runtime;
      const store = new StagedUploadStore({ db: host.db, fileStore: host.fileStore, seal, provider: host.provider, ttlMs: options.ttlMs });
      return uploadingRuntime(runtime, store, options);
    },
  };
}

/** The capabilities of a workspace whose uploads Switchboard stages. */
export function uploadCapabilities(capabilities: Capabilities): Capabilities {
  return { ...capabilities, attachmentUpload: true };
}

/** The runtime of a provider with staged uploads: its store (tests sweep it), and the providers it opens. */
export interface StagedUploadRuntime extends ProviderRuntime {
  stagedUploads: StagedUploadStore;
}

function uploadingRuntime(runtime: ProviderRuntime, store: StagedUploadStore, options: StagedUploadOptions): StagedUploadRuntime {
  // One wrapper per provider object: a request opens the same provider again and again.
  const wrapped = new WeakMap<MessagingProvider, MessagingProvider>();
  const attach = (provider: MessagingProvider): MessagingProvider => {
    let uploading = wrapped.get(provider);
    if (!uploading) {
      uploading = withUploadPart(provider, store, options.maxFileBytes ?? null, async () => null);
      wrapped.set(provider, uploading);
    }
    return uploading;
  };
  let timer: NodeJS.Timeout | null = null;
  let sweeping: Promise<unknown> | null = null;
  const sweep = () => {
    if (sweeping) return;
    sweeping = store
      .sweep()
      .then((swept) => {
        if (swept.expired + swept.orphans > 0) logInfo('staged_uploads_swept', { provider: store.provider, ...swept });
      })
      .catch(logUnexpected)
      .finally(() => (sweeping = null));
  };
  const overrides: Partial<StagedUploadRuntime> = {
    stagedUploads: store,
    open: (workspaceId) => attach(runtime.open(workspaceId)),
    openFresh: async (workspaceId) => {
      const provider = await runtime.openFresh(workspaceId);
      return provider && attach(provider);
    },
    begin: async () => {
      const interval = options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS;
      if (interval > 0 && !timer) {
        timer = setInterval(sweep, interval);
        timer.unref();
      }
      await runtime.begin?.();
    },
    close: async () => {
      if (timer) clearInterval(timer);
      timer = null;
      await sweeping;
      await runtime.close?.();
    },
  };
  return delegating(runtime as StagedUploadRuntime, overrides);
}

/**
 * `provider` with the `uploads` part and `attachmentUpload: true`, its sends taking staged files; its
 * per-request views (`forRequest`) get a part of their own that answers for the request's viewer.
 */
function withUploadPart(provider: MessagingProvider, store: StagedUploadStore, maxFileBytes: number | null, viewer: () => Promise<Actor | null>): MessagingProvider {
  const { workspaceId } = provider;
  const forRequest = provider.forRequest?.bind(provider);
  const findSent = provider.findSentMessage?.bind(provider);
  const content = provider.attachmentContent?.bind(provider);
  const overrides: Partial<MessagingProvider> = {
    uploads: new StagedUploads(store, workspaceId, viewer, maxFileBytes),
    capabilities: () => uploadCapabilities(provider.capabilities()),
    sendMessage: async (actor: Actor, request: SendMessageRequest): Promise<MessageRecord> => {
      if (request.attachmentIds.length === 0) return provider.sendMessage(actor, request);
      const files = await store.take(workspaceId, actor, request.attachmentIds, request.idempotencyToken ?? null);
      const sent = await provider.sendMessage(actor, { ...request, files });
      // Sent: the platform holds the files now. Failing to let them go must not fail the send; the sweep will.
      await store.discard(workspaceId, request.attachmentIds).catch(logUnexpected);
      return sent;
    },
    findSentMessage:
      findSent &&
      (async (actor, lookup) => {
        const found = await findSent(actor, lookup);
        if (found) await store.discardSent(workspaceId, lookup.token).catch(logUnexpected);
        return found;
      }),
    attachmentContent: async (attachmentId: string): Promise<ProviderFile | null> => (await store.content(workspaceId, attachmentId)) ?? (content ? content(attachmentId) : null),
    forRequest: forRequest && ((actor: () => Promise<Actor | null>) => withUploadPart(forRequest(actor), store, maxFileBytes, actor)),
  };
  return delegating(provider, overrides);
}
